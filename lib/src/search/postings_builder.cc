#include "search/postings_builder.h"

#include <algorithm>
#include <bit>

#include "corpus/parallel.h"

namespace precis::search {
namespace postings_internal {
namespace {

struct Posting {
  std::uint64_t key;
  std::uint32_t position;
  bool operator<(const Posting& other) const {
    return key != other.key ? key < other.key : position < other.position;
  }
};

}  // namespace

// A dozen or so pairs a bucket. Only speed depends on it: each bucket is
// sorted whole.
Buckets::Buckets(std::uint64_t pair_bound) {
  const int bits = std::clamp(static_cast<int>(std::bit_width(pair_bound)) - 4, 1, 20);
  shift = 64 - bits;
  count = std::size_t{1} << bits;
}

Status OnThreads(std::size_t workers, const std::function<Status(std::size_t)>& share) {
  std::vector<Status> done(workers, Status::Ok());
  corpus::RunOnThreads(workers, [&](std::size_t w) { done[w] = share(w); });
  for (Status& status : done) {
    if (!status.ok()) return std::move(status);
  }
  return Status::Ok();
}

void SortAndGroup(PostingLists& lists, const std::vector<std::uint32_t>& starts,
                  std::size_t workers) {
  std::vector<std::uint64_t>& keys = lists.keys;
  std::vector<std::uint32_t>& postings = lists.postings;
  const std::size_t total = keys.size();
  const std::size_t buckets = starts.size() - 1;
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
  corpus::RunOnThreads(workers, sort_buckets);

  // Counted first so the offsets are allocated once, at their size; the keys
  // shrink in place and keep their capacity (they are written and freed
  // soon), since a shrunk copy would briefly hold both.
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < total; ++i) distinct += i == 0 || keys[i] != keys[i - 1];
  lists.offsets.reserve(distinct + 1);
  distinct = 0;
  for (std::size_t i = 0; i < total; ++i) {
    if (i == 0 || keys[i] != keys[distinct - 1]) {
      keys[distinct++] = keys[i];
      lists.offsets.push_back(static_cast<std::uint32_t>(i));
    }
  }
  lists.offsets.push_back(static_cast<std::uint32_t>(total));
  keys.resize(distinct);
}

}  // namespace postings_internal

namespace {

// Articles in memory, split into contiguous position ranges.
struct InMemory {
  std::span<const ArticlePrints> prints;

  std::uint64_t PairBound() const {
    std::uint64_t total = 0;
    for (const ArticlePrints& article : prints) total += article.fingerprints.size();
    return total;
  }
  template <class Emit>
  Status Visit(std::size_t share, std::size_t shares, Emit&& emit) const {
    const std::size_t begin = prints.size() * share / shares;
    const std::size_t end = prints.size() * (share + 1) / shares;
    for (std::size_t i = begin; i < end; ++i) {
      for (const std::uint64_t key : prints[i].fingerprints) {
        emit(key, static_cast<std::uint32_t>(i));
      }
    }
    return Status::Ok();
  }
};

}  // namespace

PostingLists BuildPostings(std::span<const ArticlePrints> prints, std::uint32_t threads) {
  return std::move(*BuildPostingsFrom(InMemory{prints}, threads));
}

}  // namespace precis::search
