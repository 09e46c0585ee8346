// Splitting work over threads inside the corpus and search modules.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace precis::corpus {

// Runs work(0) .. work(count - 1), each on its own thread, work(0) on the
// caller's; returns when all are done.
template <typename Work>
void RunOnThreads(std::size_t count, const Work& work) {
  std::vector<std::thread> pool;
  for (std::size_t w = 1; w < count; ++w) pool.emplace_back(work, w);
  if (count > 0) work(std::size_t{0});
  for (std::thread& thread : pool) thread.join();
}

// Runs fn(begin, end) over [0, n) split into `threads` contiguous parts.
template <typename Fn>
void ParallelFor(std::size_t n, unsigned threads, Fn fn) {
  threads = std::max(
      1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(n / 1024, 1))));
  RunOnThreads(threads, [&](std::size_t t) { fn(n * t / threads, n * (t + 1) / threads); });
}

}  // namespace precis::corpus
