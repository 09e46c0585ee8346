#include "precis/overlap/scores.h"

#include <algorithm>
#include <iterator>

namespace precis::overlap {

OverlapScores ScoresFromCounts(std::uint64_t size_a, std::uint64_t size_b, std::uint64_t shared) {
  OverlapScores scores;
  scores.shingles_a = size_a;
  scores.shingles_b = size_b;
  scores.shared = shared;
  const std::uint64_t union_size = size_a + size_b - shared;
  const double count = static_cast<double>(shared);
  if (union_size > 0) scores.jaccard = count / static_cast<double>(union_size);
  if (size_a > 0) scores.containment_a = count / static_cast<double>(size_a);
  if (size_b > 0) scores.containment_b = count / static_cast<double>(size_b);
  return scores;
}

OverlapScores ScoreSets(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
  std::uint64_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return ScoresFromCounts(a.size(), b.size(), shared);
}

std::vector<std::uint64_t> Intersect(std::span<const std::uint64_t> a,
                                     std::span<const std::uint64_t> b) {
  std::vector<std::uint64_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return shared;
}

bool Contains(std::span<const std::uint64_t> set, std::uint64_t hash) {
  return std::binary_search(set.begin(), set.end(), hash);
}

}  // namespace precis::overlap
