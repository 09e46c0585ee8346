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

TEST(TermCacheTest, ForgetsWhatOnlyOlderGenerationsHeld) {
  TermCache cache;
  // More distinct entries than two generations hold: the oldest are
  // forgotten, the newest are kept, and nothing breaks.
  for (std::uint64_t i = 1; i <= 1000000; ++i) cache.Insert(i, {i, false});
  EXPECT_TRUE(cache.Find(1000000).has_value());
  EXPECT_FALSE(cache.Find(1).has_value());
}

// A stream whose vocabulary is larger than one table: the words it keeps
// using are found in every generation without being inserted again (a cache
// that started afresh when full lost them all at each restart).
TEST(TermCacheTest, KeepsTheWordsInUseAcrossGenerations) {
  TermCache cache;
  constexpr std::uint64_t kFrequent = 2000;
  for (std::uint64_t w = 1; w <= kFrequent; ++w) cache.Insert(w * 0x9E3779B97F4A7C15ull, {w, w < 100});
  for (std::uint64_t rare = 1; rare <= 2000000; ++rare) {
    cache.Insert(rare * 0xD1B54A32D192ED03ull + 7, {rare, false});
    if (rare % 20000 != 0) continue;
    for (std::uint64_t w = 1; w <= kFrequent; ++w) {
      const std::optional<TermInfo> found = cache.Find(w * 0x9E3779B97F4A7C15ull);
      ASSERT_TRUE(found.has_value()) << "frequent word " << w << " lost after " << rare;
      EXPECT_EQ(found->term, w);
      EXPECT_EQ(found->stopword, w < 100);
    }
  }
}

TEST(TermCacheTest, HashZeroIsAnOrdinaryKey) {
  TermCache cache;
  cache.Insert(0, {7, true});
  ASSERT_TRUE(cache.Find(0).has_value());
  EXPECT_EQ(cache.Find(0)->term, 7u);
}

}  // namespace
}  // namespace precis::text
