#include "precis/overlap/scores.h"

#include <algorithm>

namespace precis::overlap {

OverlapScores ScoreSets(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
  OverlapScores scores;
  scores.shingles_a = a.size();
  scores.shingles_b = b.size();
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++scores.shared;
      ++i;
      ++j;
    }
  }
  const std::uint64_t union_size = scores.shingles_a + scores.shingles_b - scores.shared;
  const double shared = static_cast<double>(scores.shared);
  if (union_size > 0) scores.jaccard = shared / static_cast<double>(union_size);
  if (scores.shingles_a > 0) scores.containment_a = shared / static_cast<double>(scores.shingles_a);
  if (scores.shingles_b > 0) scores.containment_b = shared / static_cast<double>(scores.shingles_b);
  return scores;
}

bool Contains(std::span<const std::uint64_t> set, std::uint64_t hash) {
  return std::binary_search(set.begin(), set.end(), hash);
}

}  // namespace precis::overlap
