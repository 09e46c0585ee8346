#include "text/term_cache.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(TermCacheTest, FindsWhatWasInsertedAcrossGrowth) {
  TermCache cache;
  for (std::uint64_t i = 1; i <= 100000; ++i) cache.Insert(i * 0x9E3779B97F4A7C15ull, {i, i % 2 == 0});
  for (std::uint64_t i = 1; i <= 100000; ++i) {
    const std::optional<TermInfo> found = cache.Find(i * 0x9E3779B97F4A7C15ull);
    ASSERT_TRUE(found.has_value()) << i;
    EXPECT_EQ(found->term, i);
    EXPECT_EQ(found->stopword, i % 2 == 0);
  }
  EXPECT_FALSE(cache.Find(12345).has_value());
}

TEST(TermCacheTest, StartsAfreshAtItsMaximumSize) {
  TermCache cache;
  // More distinct entries than the maximum holds: the oldest are forgotten,
  // the newest are kept, and nothing breaks.
  for (std::uint64_t i = 1; i <= 400000; ++i) cache.Insert(i, {i, false});
  EXPECT_TRUE(cache.Find(400000).has_value());
  EXPECT_FALSE(cache.Find(1).has_value());
}

TEST(TermCacheTest, HashZeroIsAnOrdinaryKey) {
  TermCache cache;
  cache.Insert(0, {7, true});
  ASSERT_TRUE(cache.Find(0).has_value());
  EXPECT_EQ(cache.Find(0)->term, 7u);
}

}  // namespace
}  // namespace precis::text
