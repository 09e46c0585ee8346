#include "precis/corpus/candidates.h"

#include <algorithm>
#include <thread>

#include "corpus/parallel.h"
#include "precis/sketch/minhash.h"

namespace precis::corpus {
namespace {

struct BandEntry {
  std::uint64_t key;
  std::uint32_t doc;
  bool operator<(const BandEntry& other) const {
    return key != other.key ? key < other.key : doc < other.doc;
  }
};

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

std::vector<std::pair<std::uint32_t, std::uint32_t>> FindCandidates(const DocumentStore& store,
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

}  // namespace precis::corpus
