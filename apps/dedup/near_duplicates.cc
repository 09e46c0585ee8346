#include "dedup/near_duplicates.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "precis/overlap/scores.h"
#include "precis/sketch/minhash.h"

namespace precis::cli {
namespace {

struct BandEntry {
  std::uint64_t key;
  std::uint32_t doc;
  bool operator<(const BandEntry& other) const {
    return key != other.key ? key < other.key : doc < other.doc;
  }
};

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

// Sorts parts in parallel, then merges them: the result is the one total
// order of (key, doc), whatever the thread count.
void ParallelSort(std::vector<BandEntry>& entries, unsigned threads) {
  const std::size_t n = entries.size();
  if (threads <= 1 || n < 65536) {
    std::sort(entries.begin(), entries.end());
    return;
  }
  std::vector<std::size_t> bounds;
  for (unsigned t = 0; t <= threads; ++t) bounds.push_back(n * t / threads);
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back(
        [&, t] { std::sort(entries.begin() + bounds[t], entries.begin() + bounds[t + 1]); });
  }
  for (std::thread& worker : workers) worker.join();
  for (std::size_t width = 1; width < threads; width *= 2) {
    for (std::size_t t = 0; t + width < threads; t += 2 * width) {
      const std::size_t end = bounds[std::min<std::size_t>(t + 2 * width, threads)];
      std::inplace_merge(entries.begin() + bounds[t], entries.begin() + bounds[t + width],
                         entries.begin() + end);
    }
  }
}

}  // namespace

std::uint64_t DocStore::MemoryBytes() const {
  std::uint64_t bytes = slots.capacity() * sizeof(std::uint32_t) +
                        (shingles.capacity() + set_offsets.capacity() + text_offsets.capacity() +
                         text_sizes.capacity()) *
                            sizeof(std::uint64_t) +
                        in_run.capacity() + ids.capacity() * sizeof(std::string);
  for (const std::string& id : ids) bytes += id.capacity() > 15 ? id.capacity() : 0;
  return bytes;
}

Placement DocStore::Add(std::string_view id, std::span<const std::uint32_t> signature,
                        std::uint64_t shingles_count, bool article_in_run) {
  const Placement placed = known.Place(id, ids, [&](std::uint32_t held) {
    return shingles[held] == shingles_count && std::ranges::equal(Signature(held), signature);
  });
  const std::uint32_t at = placed.position;
  switch (placed.arrival) {
    case Arrival::kNew:
      ids.emplace_back(id);
      slots.insert(slots.end(), signature.begin(), signature.end());
      shingles.push_back(shingles_count);
      set_offsets.push_back(kNoOffset);
      text_offsets.push_back(kNoOffset);
      text_sizes.push_back(0);
      in_run.push_back(0);
      break;
    case Arrival::kChanged:
      std::ranges::copy(signature, slots.begin() + std::ptrdiff_t{at} * permutations);
      shingles[at] = shingles_count;
      set_offsets[at] = kNoOffset;
      text_offsets[at] = kNoOffset;
      text_sizes[at] = 0;
      break;
    case Arrival::kSame:
      break;
  }
  if (article_in_run) in_run[at] = 1;
  return placed;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> FindCandidates(const DocStore& store,
                                                                    const CandidateOptions& options,
                                                                    std::uint64_t* band_entries) {
  const std::uint32_t bands = options.lsh.bands;
  const std::uint32_t n = store.size();
  std::vector<BandEntry> entries(std::size_t{n} * bands);
  ParallelFor(n, options.threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::uint64_t> keys(bands);
    for (std::size_t i = begin; i < end; ++i) {
      const auto signature = store.Signature(static_cast<std::uint32_t>(i));
      BandEntry* out = entries.data() + i * bands;
      if (sketch::IsEmptySignature(signature)) {
        // No shingles, no candidates: marked with the largest doc index so
        // they are dropped below without a second pass.
        for (std::uint32_t b = 0; b < bands; ++b) out[b] = {0, ~std::uint32_t{0}};
        continue;
      }
      sketch::BandKeys(signature, options.lsh, keys);
      for (std::uint32_t b = 0; b < bands; ++b) out[b] = {keys[b], static_cast<std::uint32_t>(i)};
    }
  });
  std::erase_if(entries, [](const BandEntry& e) { return e.doc == ~std::uint32_t{0}; });
  if (band_entries != nullptr) *band_entries = entries.size();
  ParallelSort(entries, options.threads);

  std::vector<std::uint64_t> packed;
  auto add = [&](std::uint32_t a, std::uint32_t b) {
    if (a == b || (store.in_run[a] == 0 && store.in_run[b] == 0)) return;
    packed.push_back((std::uint64_t{a} << 32) | b);
  };
  for (std::size_t start = 0; start < entries.size();) {
    std::size_t end = start + 1;
    while (end < entries.size() && entries[end].key == entries[start].key) ++end;
    const std::size_t size = end - start;
    if (size > 1) {
      if (options.all_pairs && size <= kMaxBucketPairs) {
        for (std::size_t i = start; i < end; ++i) {
          for (std::size_t j = i + 1; j < end; ++j) add(entries[i].doc, entries[j].doc);
        }
      } else {
        for (std::size_t j = start + 1; j < end; ++j) add(entries[start].doc, entries[j].doc);
      }
    }
    start = end;
  }
  entries.clear();
  entries.shrink_to_fit();
  std::sort(packed.begin(), packed.end());
  packed.erase(std::unique(packed.begin(), packed.end()), packed.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs(packed.size());
  for (std::size_t i = 0; i < packed.size(); ++i) {
    pairs[i] = {static_cast<std::uint32_t>(packed[i] >> 32), static_cast<std::uint32_t>(packed[i])};
  }
  return pairs;
}

Result<std::vector<PairScore>> ScorePairs(
    const DocStore& store, const SpillFile& spill,
    std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, unsigned threads) {
  std::vector<PairScore> scores(pairs.size());
  std::atomic<bool> failed{false};
  std::mutex failure_mutex;
  Status failure;
  ParallelFor(pairs.size(), threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::uint64_t> set_a, set_b;
    std::uint32_t loaded_a = ~std::uint32_t{0};
    auto load = [&](std::uint32_t doc, std::vector<std::uint64_t>& set) {
      set.resize(store.shingles[doc]);
      return spill.Read(
          store.set_offsets[doc],
          std::span<char>(reinterpret_cast<char*>(set.data()), set.size() * sizeof(std::uint64_t)));
    };
    for (std::size_t i = begin; i < end && !failed; ++i) {
      const auto [a, b] = pairs[i];
      PairScore& score = scores[i];
      score.a = a;
      score.b = b;
      if (store.set_offsets[a] != kNoOffset && store.set_offsets[b] != kNoOffset) {
        // Pairs come sorted by a, so one set read serves a whole run.
        Status status = loaded_a == a ? Status::Ok() : load(a, set_a);
        if (status.ok()) status = load(b, set_b);
        if (!status.ok()) {
          const std::lock_guard<std::mutex> lock(failure_mutex);
          failed = true;
          failure = status;
          return;
        }
        loaded_a = a;
        const overlap::OverlapScores exact = overlap::ScoreSets(set_a, set_b);
        score.exact = true;
        score.jaccard = exact.jaccard;
        score.containment_a = exact.containment_a;
        score.containment_b = exact.containment_b;
      } else {
        score.jaccard = sketch::EstimateJaccard(store.Signature(a), store.Signature(b));
        score.containment_a =
            sketch::EstimateContainment(score.jaccard, store.shingles[a], store.shingles[b]);
        score.containment_b =
            sketch::EstimateContainment(score.jaccard, store.shingles[b], store.shingles[a]);
      }
    }
  });
  if (failed) return failure;
  return scores;
}

}  // namespace precis::cli
