#include "precis/corpus/near_duplicates.h"

#include <algorithm>

#include "precis/corpus/candidates.h"

namespace precis::corpus {

double LshThreshold(const NearDuplicateOptions& options) {
  const double t = options.threshold;
  return options.containment ? t / (1.0 + options.max_size_ratio - t) : t;
}

bool IsNearDuplicate(const NearDuplicateOptions& options, const PairScore& score) {
  if (options.verify == Verification::kNone) return true;
  return options.containment
             ? std::max(score.containment_a, score.containment_b) >= options.threshold
             : score.jaccard >= options.threshold;
}

Result<NearDuplicates> FindNearDuplicates(const DocumentStore& store, const SpillFile& spill,
                                          const NearDuplicateOptions& options) {
  NearDuplicates found;
  found.lsh_threshold = LshThreshold(options);
  found.lsh =
      options.lsh ? *options.lsh : sketch::ChooseLshParams(found.lsh_threshold, store.permutations);
  const CandidateOptions candidate_options{.lsh = found.lsh,
                                           .all_pairs = options.verify != Verification::kNone,
                                           .threads = options.threads};
  std::uint64_t band_entries = 0;
  const auto candidates = FindCandidates(store, candidate_options, &band_entries);
  found.candidates = candidates.size();
  found.index_bytes = store.MemoryBytes() + band_entries * 16 + candidates.size() * 8;
  Result<std::vector<PairScore>> scores = ScorePairs(store, spill, candidates, options.threads);
  if (!scores.ok()) return scores.status();
  for (const PairScore& score : *scores) {
    if (IsNearDuplicate(options, score)) found.pairs.push_back(score);
  }
  found.clusters.Grow(store.size());
  for (const PairScore& pair : found.pairs) found.clusters.Union(pair.a, pair.b);
  return found;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> RepresentativePairs(
    const DocumentStore& store, sketch::UnionFind& clusters) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::uint32_t i = 0; i < store.size(); ++i) {
    const std::uint32_t root = clusters.Find(i);
    if (root != i) pairs.emplace_back(root, i);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::uint64_t CountClusters(const DocumentStore& store, sketch::UnionFind& clusters) {
  std::vector<std::uint32_t> size(store.size(), 0);
  for (std::uint32_t i = 0; i < store.size(); ++i) ++size[clusters.Find(i)];
  std::uint64_t count = 0;
  for (std::uint32_t s : size) count += s >= 2 ? 1 : 0;
  return count;
}

}  // namespace precis::corpus
