#include "precis/sketch/union_find.h"

#include <numeric>
#include <utility>

namespace precis::sketch {

UnionFind::UnionFind(std::uint32_t n) : parent_(n) {
  std::iota(parent_.begin(), parent_.end(), 0u);
}

void UnionFind::Grow(std::uint32_t n) {
  const std::uint32_t old = size();
  if (n <= old) return;
  parent_.resize(n);
  std::iota(parent_.begin() + old, parent_.end(), old);
}

std::uint32_t UnionFind::Find(std::uint32_t x) {
  std::uint32_t root = x;
  while (parent_[root] != root) root = parent_[root];
  // Path compression keeps later finds near O(1) without union by rank,
  // which the smallest-index-root rule rules out.
  while (parent_[x] != root) x = std::exchange(parent_[x], root);
  return root;
}

bool UnionFind::Union(std::uint32_t a, std::uint32_t b) {
  a = Find(a);
  b = Find(b);
  if (a == b) return false;
  if (b < a) std::swap(a, b);
  parent_[b] = a;
  return true;
}

}  // namespace precis::sketch
