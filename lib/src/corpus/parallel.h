// Splitting work over threads inside the corpus module.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace precis::corpus {

// Runs fn(begin, end) over [0, n) split into `threads` contiguous parts.
template <typename Fn>
void ParallelFor(std::size_t n, unsigned threads, Fn fn) {
  threads = std::max(
      1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(n / 1024, 1))));
  if (threads == 1) {
    fn(std::size_t{0}, n);
    return;
  }
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back(fn, n * t / threads, n * (t + 1) / threads);
  }
  for (std::thread& worker : workers) worker.join();
}

}  // namespace precis::corpus
