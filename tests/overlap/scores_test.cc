#include "precis/overlap/scores.h"

#include <gtest/gtest.h>

#include <vector>

namespace precis::overlap {
namespace {

TEST(ScoreSetsTest, KnownAnswer) {
  const std::vector<std::uint64_t> a = {1, 2, 3, 4};
  const std::vector<std::uint64_t> b = {3, 4, 5, 6, 7, 8};
  const OverlapScores scores = ScoreSets(a, b);
  EXPECT_EQ(scores.shingles_a, 4u);
  EXPECT_EQ(scores.shingles_b, 6u);
  EXPECT_EQ(scores.shared, 2u);
  EXPECT_DOUBLE_EQ(scores.jaccard, 2.0 / 8.0);
  EXPECT_DOUBLE_EQ(scores.containment_a, 0.5);
  EXPECT_DOUBLE_EQ(scores.containment_b, 2.0 / 6.0);
}

TEST(ScoreSetsTest, EmptySetsNeverDivideByZero) {
  const std::vector<std::uint64_t> none;
  const std::vector<std::uint64_t> some = {1, 2};
  const OverlapScores both = ScoreSets(none, none);
  EXPECT_EQ(both.jaccard, 0);
  EXPECT_EQ(both.containment_a, 0);
  EXPECT_EQ(both.containment_b, 0);
  const OverlapScores one = ScoreSets(none, some);
  EXPECT_EQ(one.jaccard, 0);
  EXPECT_EQ(one.containment_a, 0);
  EXPECT_EQ(one.containment_b, 0);
}

TEST(ScoreSetsTest, IdenticalAndDisjoint) {
  const std::vector<std::uint64_t> a = {1, 5, 9};
  const std::vector<std::uint64_t> b = {2, 6};
  EXPECT_DOUBLE_EQ(ScoreSets(a, a).jaccard, 1.0);
  EXPECT_DOUBLE_EQ(ScoreSets(a, a).containment_a, 1.0);
  EXPECT_EQ(ScoreSets(a, b).shared, 0u);
  EXPECT_EQ(ScoreSets(a, b).jaccard, 0);
}

TEST(ContainsTest, BinarySearch) {
  const std::vector<std::uint64_t> set = {2, 4, 8};
  EXPECT_TRUE(Contains(set, 4));
  EXPECT_FALSE(Contains(set, 5));
  EXPECT_FALSE(Contains({}, 5));
}

}  // namespace
}  // namespace precis::overlap
