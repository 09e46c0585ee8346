// FormatScore: how every precis app prints a score in tsv and jsonl.
#include <gtest/gtest.h>

#include <cmath>

#include "precis/io/jsonl.h"

namespace precis::io {
namespace {

TEST(FormatScoreTest, SixSignificantDigits) {
  EXPECT_EQ(FormatScore(0), "0");
  EXPECT_EQ(FormatScore(1), "1");
  EXPECT_EQ(FormatScore(0.5), "0.5");
  EXPECT_EQ(FormatScore(2.0 / 3.0), "0.666667");
  EXPECT_EQ(FormatScore(0.999), "0.999");
}

TEST(FormatScoreTest, AShareBelowOneNeverPrintsAsOne) {
  // 2502864 of 2502865 shingles shared: not all of them.
  EXPECT_EQ(FormatScore(2502864.0 / 2502865.0), "0.9999996");
  EXPECT_EQ(FormatScore(0.99999951), "0.9999995");
  EXPECT_EQ(FormatScore(1.0 - 1e-15), "0.999999999999999");
  EXPECT_EQ(FormatScore(std::nextafter(1.0, 0.0)), "0.9999999999999999");
}

TEST(FormatScoreTest, AShareAboveZeroNeverPrintsAsZero) {
  EXPECT_EQ(FormatScore(1.0 / 2502865.0), "3.99542e-07");
  EXPECT_EQ(FormatScore(5e-324), "4.94066e-324");
}

}  // namespace
}  // namespace precis::io
