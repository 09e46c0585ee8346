#include "precis/corpus/band_keys.h"

#include <gtest/gtest.h>

#include <string>

#include "precis/sketch/minhash.h"

namespace precis::corpus {
namespace {

TEST(BandKeysTest, KnownKeyText) {
  EXPECT_EQ(BandKeyText("0123456789abcdef", 7, 0xabc), "0123456789abcdef:0007:0000000000000abc");
  EXPECT_EQ(BandKeyText("f", 1234, ~std::uint64_t{0}), "f:1234:ffffffffffffffff");
}

TEST(BandKeysTest, OneLinePerBandWithTheEscapedId) {
  const sketch::Signature signature = {1, 2, 3, 4, 5, 6, 7, 8};
  const sketch::LshParams lsh{4, 2};
  std::string lines;
  AppendBandKeyLines(lines, "fp", signature, lsh, "a\tb");
  std::vector<std::uint64_t> keys(4);
  sketch::BandKeys(signature, lsh, keys);
  std::string expected;
  for (std::uint32_t band = 0; band < 4; ++band) {
    expected += BandKeyText("fp", band, keys[band]) + "\ta\\tb\n";
  }
  EXPECT_EQ(lines, expected);
}

TEST(BandKeysTest, ArticleWithoutShinglesHasNoKeys) {
  std::string lines;
  AppendBandKeyLines(lines, "fp", sketch::Signature(8, sketch::kEmptySlot), {4, 2}, "empty");
  EXPECT_EQ(lines, "");
}

}  // namespace
}  // namespace precis::corpus
