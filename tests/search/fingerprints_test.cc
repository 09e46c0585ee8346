#include "search/fingerprints.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace precis::search {
namespace {

TEST(WinnowTest, KeepsTheSmallestOfEveryWindow) {
  const std::vector<std::uint64_t> hashes = {77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77};
  // Schleimer et al.'s example, window 4: minima 17, 17 (rightmost), 8, 39.
  EXPECT_EQ(Winnow(hashes, 4), (std::vector<std::uint64_t>{8, 17, 39}));
}

TEST(WinnowTest, ShortSequenceIsOneWindow) {
  EXPECT_EQ(Winnow(std::vector<std::uint64_t>{5, 3, 9}, 16), (std::vector<std::uint64_t>{3}));
  EXPECT_TRUE(Winnow({}, 4).empty());
}

// The guarantee the index rests on: any w consecutive hashes of a sequence
// include one of its fingerprints.
TEST(WinnowTest, EveryWindowHoldsAFingerprint) {
  std::mt19937_64 rng(7);
  std::vector<std::uint64_t> hashes(500);
  for (auto& h : hashes) h = rng() % 1000;  // repeats on purpose
  for (const std::uint32_t w : {1u, 3u, 8u, 16u}) {
    const std::vector<std::uint64_t> prints = Winnow(hashes, w);
    for (std::size_t i = 0; i + w <= hashes.size(); ++i) {
      bool held = false;
      for (std::size_t j = i; j < i + w; ++j) {
        held = held || std::binary_search(prints.begin(), prints.end(), hashes[j]);
      }
      EXPECT_TRUE(held) << "window " << w << " at " << i;
    }
  }
}

}  // namespace
}  // namespace precis::search
