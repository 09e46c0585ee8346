#include "precis/sketch/union_find.h"

#include <gtest/gtest.h>

namespace precis::sketch {
namespace {

TEST(UnionFindTest, RootIsSmallestIndexWhateverTheOrder) {
  UnionFind a(6), b(6);
  a.Union(5, 3);
  a.Union(3, 1);
  a.Union(4, 5);
  b.Union(1, 4);
  b.Union(4, 3);
  b.Union(5, 4);
  for (std::uint32_t x : {1u, 3u, 4u, 5u}) {
    EXPECT_EQ(a.Find(x), 1u);
    EXPECT_EQ(b.Find(x), 1u);
  }
  EXPECT_EQ(a.Find(0), 0u);
  EXPECT_EQ(a.Find(2), 2u);
}

TEST(UnionFindTest, UnionReportsWhetherSetsMerged) {
  UnionFind sets(3);
  EXPECT_TRUE(sets.Union(0, 2));
  EXPECT_FALSE(sets.Union(2, 0));
  EXPECT_FALSE(sets.Union(1, 1));
}

TEST(UnionFindTest, GrowAddsSingletons) {
  UnionFind sets(2);
  sets.Union(0, 1);
  sets.Grow(4);
  EXPECT_EQ(sets.size(), 4u);
  EXPECT_EQ(sets.Find(3), 3u);
  EXPECT_EQ(sets.Find(1), 0u);
  sets.Grow(1);
  EXPECT_EQ(sets.size(), 4u);
}

TEST(UnionFindTest, LongChainsCompress) {
  const std::uint32_t n = 100000;
  UnionFind sets(n);
  for (std::uint32_t i = n - 1; i > 0; --i) sets.Union(i, i - 1);
  EXPECT_EQ(sets.Find(n - 1), 0u);
}

}  // namespace
}  // namespace precis::sketch
