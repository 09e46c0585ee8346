#include "search/postings_builder.h"

#include <algorithm>
#include <bit>
#include <utility>

#include "corpus/parallel.h"

namespace precis::search {
namespace {

using corpus::RunOnThreads;

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
// threads, finishes the job (a global sort of the pairs took most of Write).
// The pairs are scattered straight into the postings and a parallel array of
// keys, which then shrinks in place to the distinct keys: 12 bytes a posting
// at the peak rather than 20.
PostingLists BuildPostings(std::span<const ArticlePrints> prints, std::uint32_t threads) {
  std::size_t total = 0;
  for (const ArticlePrints& article : prints) total += article.fingerprints.size();
  const int bits = std::clamp(static_cast<int>(std::bit_width(total)) - 4, 1, 20);
  const int shift = 64 - bits;
  const std::size_t buckets = std::size_t{1} << bits;
  const std::size_t workers = std::clamp<std::size_t>(threads, 1, 16);
  // Counting and scattering are split by article ranges, in position order:
  // worker w's pairs of a bucket go after those of workers before it, so
  // each bucket stays in position order whatever the split.
  auto articles_of = [&](std::size_t w) {
    return prints.subspan(prints.size() * w / workers,
                          prints.size() * (w + 1) / workers - prints.size() * w / workers);
  };
  std::vector<std::vector<std::uint32_t>> next(workers, std::vector<std::uint32_t>(buckets, 0));
  RunOnThreads(workers, [&](std::size_t w) {
    for (const ArticlePrints& article : articles_of(w)) {
      for (const std::uint64_t key : article.fingerprints) ++next[w][key >> shift];
    }
  });
  std::vector<std::uint32_t> starts(buckets + 1, 0);
  std::uint32_t at = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    starts[b] = at;
    for (std::size_t w = 0; w < workers; ++w) at += std::exchange(next[w][b], at);
  }
  starts[buckets] = at;
  PostingLists lists;
  std::vector<std::uint64_t>& keys = lists.keys;
  std::vector<std::uint32_t>& postings = lists.postings;
  keys.resize(total);
  postings.resize(total);
  RunOnThreads(workers, [&](std::size_t w) {
    std::vector<std::uint32_t>& mine = next[w];
    auto position = static_cast<std::uint32_t>(prints.size() * w / workers);
    for (const ArticlePrints& article : articles_of(w)) {
      for (const std::uint64_t key : article.fingerprints) {
        const std::uint32_t to = mine[key >> shift]++;
        keys[to] = key;
        postings[to] = position;
      }
      ++position;
    }
  });
  next = {};
  // Bucket ranges split evenly by pair count, one per thread.
  auto sort_buckets = [&](std::size_t w) {
    const std::size_t from = total * w / workers, to = total * (w + 1) / workers;
    std::size_t b = std::upper_bound(starts.begin(), starts.end() - 1, from) - starts.begin() - 1;
    std::vector<Posting> bucket;
    for (; b < buckets && starts[b] < to; ++b) {
      if (starts[b] < from) continue;  // the worker before took it
      const std::uint32_t begin = starts[b], end = starts[b + 1];
      if (end - begin < 2) continue;
      bucket.clear();
      for (std::uint32_t i = begin; i < end; ++i) bucket.push_back({keys[i], postings[i]});
      std::sort(bucket.begin(), bucket.end());
      for (std::uint32_t i = begin; i < end; ++i) {
        keys[i] = bucket[i - begin].key;
        postings[i] = bucket[i - begin].position;
      }
    }
  };
  RunOnThreads(workers, sort_buckets);

  std::size_t distinct = 0;
  for (std::size_t i = 0; i < total; ++i) {
    if (i == 0 || keys[i] != keys[distinct - 1]) {
      keys[distinct++] = keys[i];
      lists.offsets.push_back(static_cast<std::uint32_t>(i));
    }
  }
  lists.offsets.push_back(static_cast<std::uint32_t>(total));
  keys.resize(distinct);
  keys.shrink_to_fit();
  lists.offsets.shrink_to_fit();
  return lists;
}

}  // namespace precis::search
