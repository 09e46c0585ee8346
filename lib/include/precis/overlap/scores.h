// Exact set-overlap scores of two shingle sets.
//
//   std::vector<std::uint64_t> a = precis::sketch::ShingleSet(shingles_a);
//   std::vector<std::uint64_t> b = precis::sketch::ShingleSet(shingles_b);
//   precis::overlap::OverlapScores scores = precis::overlap::ScoreSets(a, b);
//   // scores.containment_a: the share of A's shingles that B also has.
//
// Jaccard resemblance |A ∩ B| / |A ∪ B| says how alike two texts are as wholes;
// containment |A ∩ B| / |A| says how much of A is in B, and stays high when a
// short A is quoted whole inside a long B (where Jaccard is low).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "precis/export.h"

namespace precis::overlap {

struct OverlapScores {
  std::uint64_t shingles_a = 0;  // |A|: distinct shingles of A
  std::uint64_t shingles_b = 0;  // |B|
  std::uint64_t shared = 0;      // |A ∩ B|
  // |A ∩ B| / |A ∪ B| in [0, 1]; 0 when both sets are empty.
  double jaccard = 0;
  // |A ∩ B| / |A| in [0, 1]: how much of A is in B; 0 when A is empty.
  double containment_a = 0;
  // |A ∩ B| / |B| in [0, 1]: how much of B is in A; 0 when B is empty.
  double containment_b = 0;
};

// Scores of two sets given as sorted, duplicate-free hashes (sketch::ShingleSet).
// Linear in |A| + |B|; never divides by zero.
PRECIS_EXPORT OverlapScores ScoreSets(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b);

// Scores of sets of sizes |A| = `size_a`, |B| = `size_b` sharing `shared`
// (<= both sizes).
PRECIS_EXPORT OverlapScores ScoresFromCounts(std::uint64_t size_a, std::uint64_t size_b, std::uint64_t shared);

// The sorted intersection of two sorted, duplicate-free sets. Linear.
PRECIS_EXPORT std::vector<std::uint64_t> Intersect(std::span<const std::uint64_t> a,
                                     std::span<const std::uint64_t> b);

// Whether `hash` is in the sorted set `set` (binary search).
PRECIS_EXPORT bool Contains(std::span<const std::uint64_t> set, std::uint64_t hash);

}  // namespace precis::overlap
