// SortHashes must equal std::sort on any input: uniform hashes (its fast
// case), and inputs that defeat the radix prefix (small values, one shared
// prefix, repeats, descending runs), at sizes around every cutoff.
#include "sketch/hash_sort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <string>
#include <vector>

namespace precis::sketch {
namespace {

template <typename Hash>
void ExpectSorted(std::vector<Hash> hashes, const std::string& label) {
  std::vector<Hash> expected = hashes;
  std::sort(expected.begin(), expected.end());
  SortHashes(hashes);
  EXPECT_EQ(hashes, expected) << label;
}

// Every shape at every size: uniform, small values, one shared prefix (the
// top `prefix_bits` set to a constant), repeats, descending.
template <typename Hash, typename Random>
void ExpectAllShapesSorted(Random random, std::initializer_list<std::size_t> sizes,
                           int prefix_bits) {
  constexpr int kBits = 8 * sizeof(Hash);
  const Hash prefix_value = static_cast<Hash>(Hash{0xABCDE} << (kBits - prefix_bits));
  for (const std::size_t n : sizes) {
    std::vector<Hash> uniform(n), small(n), prefix(n), repeats(n), descending(n);
    for (std::size_t i = 0; i < n; ++i) {
      uniform[i] = static_cast<Hash>(random());
      small[i] = static_cast<Hash>(random() % 1000);
      prefix[i] = prefix_value | static_cast<Hash>(static_cast<Hash>(random()) >> prefix_bits);
      repeats[i] = uniform[i % 7];
      descending[i] = static_cast<Hash>(~Hash{0} - static_cast<Hash>(i * 977));
    }
    const std::string size = " n=" + std::to_string(n);
    ExpectSorted(uniform, "uniform" + size);
    ExpectSorted(small, "small" + size);
    ExpectSorted(prefix, "shared prefix" + size);
    ExpectSorted(repeats, "repeats" + size);
    ExpectSorted(descending, "descending" + size);
  }
}

TEST(SortHashesTest, MatchesStdSortOnAllShapesAndSizes) {
  ExpectAllShapesSorted<std::uint64_t>(
      std::mt19937_64(42), {0, 1, 2, 63, 64, 65, 100, 1000, 2047, 2048, 5000, 100000, 1 << 21},
      20);
}

// The 32-bit low halves a search index keeps, same shapes.
TEST(SortHashesTest, SortsThirtyTwoBitHashesOnAllShapesAndSizes) {
  ExpectAllShapesSorted<std::uint32_t>(
      std::mt19937(7), {0, 1, 2, 63, 64, 65, 100, 600, 1000, 2048, 100000, 1 << 20}, 12);
}

}  // namespace
}  // namespace precis::sketch
