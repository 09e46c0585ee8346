// SortHashes must equal std::sort on any input: uniform hashes (its fast
// case), and inputs that defeat the radix prefix (small values, one shared
// prefix, repeats, descending runs), at sizes around every cutoff.
#include "sketch/hash_sort.h"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(SortHashesTest, MatchesStdSortOnAllShapesAndSizes) {
  std::mt19937_64 random(42);
  for (const std::size_t n : {0, 1, 2, 63, 64, 65, 100, 1000, 2047, 2048, 5000, 100000, 1 << 21}) {
    std::vector<std::uint64_t> uniform(n), small(n), prefix(n), repeats(n), descending(n);
    for (std::size_t i = 0; i < n; ++i) {
      uniform[i] = random();
      small[i] = random() % 1000;
      prefix[i] = (std::uint64_t{0xABCDE} << 44) | (random() >> 20);
      repeats[i] = uniform[i % 7];
      descending[i] = ~std::uint64_t{0} - i * 977;
    }
    const std::string size = " n=" + std::to_string(n);
    ExpectSorted(uniform, "uniform" + size);
    ExpectSorted(small, "small" + size);
    ExpectSorted(prefix, "shared prefix" + size);
    ExpectSorted(repeats, "repeats" + size);
    ExpectSorted(descending, "descending" + size);
  }
}

// The 32-bit low halves a search index keeps, same shapes.
TEST(SortHashesTest, SortsThirtyTwoBitHashesOnAllShapesAndSizes) {
  std::mt19937 random(7);
  for (const std::size_t n : {0, 1, 2, 63, 64, 65, 100, 600, 1000, 2048, 100000, 1 << 20}) {
    std::vector<std::uint32_t> uniform(n), small(n), prefix(n), repeats(n), descending(n);
    for (std::size_t i = 0; i < n; ++i) {
      uniform[i] = random();
      small[i] = random() % 1000;
      prefix[i] = (std::uint32_t{0xABC} << 20) | (random() >> 12);
      repeats[i] = uniform[i % 7];
      descending[i] = ~std::uint32_t{0} - static_cast<std::uint32_t>(i * 977);
    }
    const std::string size = " n=" + std::to_string(n);
    ExpectSorted(uniform, "uniform" + size);
    ExpectSorted(small, "small" + size);
    ExpectSorted(prefix, "shared prefix" + size);
    ExpectSorted(repeats, "repeats" + size);
    ExpectSorted(descending, "descending" + size);
  }
}

}  // namespace
}  // namespace precis::sketch
