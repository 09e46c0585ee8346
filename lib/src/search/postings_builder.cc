#include "search/postings_builder.h"

#include <algorithm>
#include <bit>
#include <thread>

namespace precis::search {
namespace {

struct Posting {
  std::uint64_t key;
  std::uint32_t position;
  bool operator<(const Posting& other) const {
    return key != other.key ? key < other.key : position < other.position;
  }
};

}  // namespace

// Fingerprints are uniform hashes, so one counting pass on their top bits
// scatters the (key, position) pairs into buckets of a dozen or so, in
// position order; sorting each bucket, independently and on several
// threads, finishes the job. A global sort of the pairs took most of Write.
PostingLists BuildPostings(std::span<const ArticlePrints> prints, std::uint32_t threads) {
  std::size_t total = 0;
  for (const ArticlePrints& article : prints) total += article.fingerprints.size();
  const int bits = std::clamp(static_cast<int>(std::bit_width(total)) - 4, 1, 20);
  const int shift = 64 - bits;
  std::vector<std::uint32_t> starts((std::size_t{1} << bits) + 1, 0);
  for (const ArticlePrints& article : prints) {
    for (const std::uint64_t key : article.fingerprints) ++starts[(key >> shift) + 1];
  }
  for (std::size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::vector<Posting> pairs(total);
  {
    std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
    for (std::size_t i = 0; i < prints.size(); ++i) {
      for (const std::uint64_t key : prints[i].fingerprints) {
        pairs[next[key >> shift]++] = {key, static_cast<std::uint32_t>(i)};
      }
    }
  }
  // Bucket ranges split evenly by pair count, one per thread.
  const std::size_t buckets = starts.size() - 1;
  const std::size_t workers = std::clamp<std::size_t>(threads, 1, 16);
  auto sort_buckets = [&](std::size_t w) {
    const std::size_t from = total * w / workers, to = total * (w + 1) / workers;
    std::size_t b = std::upper_bound(starts.begin(), starts.end() - 1, from) - starts.begin() - 1;
    for (; b < buckets && starts[b] < to; ++b) {
      if (starts[b] < from) continue;  // the worker before took it
      std::sort(pairs.begin() + starts[b], pairs.begin() + starts[b + 1]);
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(sort_buckets, w);
  sort_buckets(0);
  for (std::thread& thread : pool) thread.join();

  PostingLists lists;
  lists.postings.resize(total);
  for (std::size_t i = 0; i < total; ++i) {
    if (i == 0 || pairs[i].key != pairs[i - 1].key) {
      lists.keys.push_back(pairs[i].key);
      lists.offsets.push_back(static_cast<std::uint32_t>(i));
    }
    lists.postings[i] = pairs[i].position;
  }
  lists.offsets.push_back(static_cast<std::uint32_t>(total));
  return lists;
}

}  // namespace precis::search
