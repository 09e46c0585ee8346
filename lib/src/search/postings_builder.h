// The postings of an index: which articles hold each fingerprint.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "search/fingerprints.h"

namespace precis::search {

// Fingerprint keys ascending; the positions holding keys[i] are
// postings[offsets[i] .. offsets[i + 1]), ascending.
struct PostingLists {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> offsets;  // keys.size() + 1 entries
  std::vector<std::uint32_t> postings;
};

// What BuildPostingsFrom reads: every (fingerprint, position) pair, in shares.
//   std::uint64_t PairBound() const;   // at least the pairs' count (sizes the buckets)
//   template <class Emit>
//   Status Visit(std::size_t share, std::size_t shares, Emit&& emit) const;
// Visit calls emit(key, position) for each pair of share `share` of
// `shares`: together the shares hand out every pair once, in any order, and
// a share hands out the same pairs every time (it is visited twice, to count
// and to scatter). Shares are visited on different threads at once.
//
// The postings of `source`, sorted on up to `threads` threads; the result
// does not depend on `threads` or on how the source splits its pairs. The
// first error of a Visit, or kInvalidArgument "too many postings for one
// index file (shard the corpus)" from 2^32 pairs on. Requires positions
// under 2^32.
template <class Source>
Result<PostingLists> BuildPostingsFrom(const Source& source, std::uint32_t threads);

// The postings of `prints` (article i at position i).
PostingLists BuildPostings(std::span<const ArticlePrints> prints, std::uint32_t threads);

namespace postings_internal {

// Bucket of a key: its top bits (fingerprints are uniform hashes).
struct Buckets {
  explicit Buckets(std::uint64_t pair_bound);
  int shift;
  std::size_t count;
};

// Runs share(0) .. share(workers - 1) on threads; the first error. (Not
// RunOnThreads in the template: its thread states, instantiated there, would
// be exported from the library.)
Status OnThreads(std::size_t workers, const std::function<Status(std::size_t)>& share);

// Sorts each bucket of (keys[i], postings[i]), starts[b] .. starts[b + 1],
// on `workers` threads, and shrinks `keys` to the distinct ones, filling
// lists.offsets.
void SortAndGroup(PostingLists& lists, const std::vector<std::uint32_t>& starts,
                  std::size_t workers);

}  // namespace postings_internal

// Each worker visits its share twice: counting its pairs by bucket (a dozen
// or so pairs a bucket), then scattering them into the buckets; sorting each
// bucket on several threads finishes the job (a global sort of the pairs took
// most of Write). Two visits rather than one into growing buckets: a share
// may be read from disk, and exact counts need no slack. The pairs are
// scattered straight into the postings and a parallel array of keys, which
// then shrinks in place to the distinct keys: 12 bytes a posting at the peak
// rather than 20.
template <class Source>
Result<PostingLists> BuildPostingsFrom(const Source& source, std::uint32_t threads) {
  const postings_internal::Buckets buckets(source.PairBound());
  const int shift = buckets.shift;
  const std::size_t workers = std::clamp<std::size_t>(threads, 1, 16);
  // A worker's total decides whether its bucket counts are meaningful: all
  // of them fit 32 bits when the grand total does.
  std::vector<std::uint64_t> totals(workers, 0);
  std::vector<std::vector<std::uint32_t>> next(workers, std::vector<std::uint32_t>(buckets.count, 0));
  Status counted = postings_internal::OnThreads(workers, [&](std::size_t w) {
    std::vector<std::uint32_t>& mine = next[w];
    std::uint64_t total = 0;
    Status visited = source.Visit(w, workers, [&](std::uint64_t key, std::uint32_t) {
      ++mine[key >> shift];
      ++total;
    });
    totals[w] = total;
    return visited;
  });
  if (!counted.ok()) return counted;
  std::uint64_t total = 0;
  for (const std::uint64_t part : totals) total += part;
  if (total > 0xFFFFFFFFull) {
    return InvalidArgument("too many postings for one index file (shard the corpus)");
  }
  std::vector<std::uint32_t> starts(buckets.count + 1, 0);
  std::uint32_t at = 0;
  for (std::size_t b = 0; b < buckets.count; ++b) {
    starts[b] = at;
    for (std::size_t w = 0; w < workers; ++w) at += std::exchange(next[w][b], at);
  }
  starts[buckets.count] = at;
  PostingLists lists;
  lists.keys.resize(total);
  lists.postings.resize(total);
  Status scattered = postings_internal::OnThreads(workers, [&](std::size_t w) {
    std::vector<std::uint32_t>& mine = next[w];
    return source.Visit(w, workers, [&](std::uint64_t key, std::uint32_t position) {
      const std::uint32_t to = mine[key >> shift]++;
      lists.keys[to] = key;
      lists.postings[to] = position;
    });
  });
  if (!scattered.ok()) return scattered;
  next = {};
  postings_internal::SortAndGroup(lists, starts, workers);
  return lists;
}

}  // namespace precis::search
