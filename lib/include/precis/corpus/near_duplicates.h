// Near-duplicates of a corpus held in a DocumentStore: LSH candidates
// (candidates.h) chosen for the threshold, verified (pair_scores.h), accepted
// pairs and their clusters (union-find; a cluster's representative is its
// earliest article).
//
//   precis::corpus::NearDuplicateOptions options{.threshold = 0.8, .threads = 4};
//   precis::Result<precis::corpus::NearDuplicates> found =
//       precis::corpus::FindNearDuplicates(store, spill, options);
//   for (const precis::corpus::PairScore& pair : found->pairs) ...
//   std::uint32_t representative = found->clusters.Find(position);
//
// With `containment` the threshold applies to the containment of either
// article in the other: a short text quoted in a long one has a small Jaccard,
// so the banding is chosen for the smallest Jaccard such a pair can have
// (LshThreshold) and the size ratio it is tuned for bounds what it catches.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/document_store.h"
#include "precis/corpus/pair_scores.h"
#include "precis/corpus/spill_file.h"
#include "precis/export.h"
#include "precis/sketch/lsh.h"
#include "precis/sketch/union_find.h"

namespace precis::corpus {

// How candidate pairs are verified.
enum class Verification {
  kExact,     // from the shingle sets where both were spilled, else estimated
  kEstimate,  // from the signatures (sets are not needed)
  kNone,      // every candidate is a pair: a star per LSH bucket, as the
              // distributed reduce emits, with the same clusters
};

// Largest NearDuplicateOptions::max_size_ratio: beyond it the banding's
// candidate Jaccard, T/(1+R-T), is so low that every pair is a candidate.
inline constexpr double kMaxSizeRatio = 100;

struct NearDuplicateOptions {
  // Smallest similarity of a near-duplicate pair, in (0, 1]: Jaccard, or with
  // `containment` the larger containment of one article in the other.
  double threshold = 0.8;
  bool containment = false;
  // With `containment`: the largest size ratio |B|/|A| of a pair the banding
  // is tuned to catch, in [1, kMaxSizeRatio].
  double max_size_ratio = 2.0;
  Verification verify = Verification::kExact;
  // The LSH banding; unset: sketch::ChooseLshParams for LshThreshold.
  std::optional<sketch::LshParams> lsh = std::nullopt;
  // Worker threads (0 counts as 1); results do not depend on it.
  unsigned threads = 1;
};

// The Jaccard similarity the banding must catch: the threshold itself, or
// with containment T the least Jaccard of a pair with containment T and size
// ratio R, T / (1 + R - T).
PRECIS_EXPORT double LshThreshold(const NearDuplicateOptions& options);

// Whether a verified pair is a near-duplicate under `options`.
PRECIS_EXPORT bool IsNearDuplicate(const NearDuplicateOptions& options, const PairScore& score);

struct PRECIS_EXPORT NearDuplicates {
  sketch::LshParams lsh;     // the banding used
  double lsh_threshold = 0;  // the Jaccard it was chosen for
  std::uint64_t candidates = 0;
  std::vector<PairScore> pairs;  // accepted, sorted by (a, b)
  sketch::UnionFind clusters;    // over store positions; Find gives the representative
  // Bytes in memory at the peak: store, band entries, candidates.
  std::uint64_t index_bytes = 0;
};

// Candidates, verification and clusters over every article of `store`
// (pairs of two articles not in this run left out). An IoError when the spill
// file cannot be read.
PRECIS_EXPORT Result<NearDuplicates> FindNearDuplicates(const DocumentStore& store,
                                                        const SpillFile& spill,
                                                        const NearDuplicateOptions& options);

// The (representative, member) pairs of every cluster, sorted: the pairs a
// cluster listing scores its members by.
PRECIS_EXPORT std::vector<std::pair<std::uint32_t, std::uint32_t>> RepresentativePairs(
    const DocumentStore& store, sketch::UnionFind& clusters);

// The number of clusters of two or more articles.
PRECIS_EXPORT std::uint64_t CountClusters(const DocumentStore& store, sketch::UnionFind& clusters);

}  // namespace precis::corpus
