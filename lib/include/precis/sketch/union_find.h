// Union-find (disjoint sets) over dense indices 0..n-1, for turning pairs
// into clusters. The root of every set is its smallest index, so when indices
// are input positions the representative is the earliest article, whatever
// order the unions come in.
//
//   precis::sketch::UnionFind sets(4);
//   sets.Union(3, 1);
//   sets.Union(1, 2);
//   sets.Find(3);  // 1
//   sets.Find(0);  // 0
#pragma once

#include <cstdint>
#include <vector>

#include "precis/export.h"

namespace precis::sketch {

class PRECIS_EXPORT UnionFind {
 public:
  // n singleton sets {0}, {1}, ..., {n - 1}.
  explicit UnionFind(std::uint32_t n = 0);

  // Adds singletons until there are n elements (never shrinks).
  void Grow(std::uint32_t n);
  std::uint32_t size() const { return static_cast<std::uint32_t>(parent_.size()); }

  // The smallest index in x's set. Requires x < size(). Compresses paths.
  std::uint32_t Find(std::uint32_t x);
  // Merges the sets of a and b; returns false when they were already one.
  bool Union(std::uint32_t a, std::uint32_t b);

 private:
  std::vector<std::uint32_t> parent_;
};

}  // namespace precis::sketch
