// ParseInteger, ParseReal and FormatReal: the checks behind every numeric
// option, at and just beyond the edges of their ranges.
#include "common/number_options.h"

#include <gtest/gtest.h>

namespace precis::testing {
namespace {

using cli::IntegerRange;
using cli::RealRange;

TEST(NumberOptionsTest, IntegersAtAndBeyondTheEdges) {
  std::string error;
  EXPECT_EQ(cli::ParseInteger("1", {1, 10}, error), 1);
  EXPECT_EQ(cli::ParseInteger("10", {1, 10}, error), 10);
  EXPECT_EQ(cli::ParseInteger("+7", {1, 10}, error), 7);
  EXPECT_FALSE(cli::ParseInteger("11", {1, 10}, error));
  EXPECT_EQ(error, "must be an integer in 1..10 (got 11)");
  for (const char* bad : {"0", "-1", "", "1.5", "1e3", " 5", "5 ", "0x5", "99999999999999999999"}) {
    EXPECT_FALSE(cli::ParseInteger(bad, {1, 10}, error)) << bad;
  }
}

TEST(NumberOptionsTest, RealsWithOpenAndClosedEnds) {
  std::string error;
  EXPECT_EQ(cli::ParseReal("0", {.min = 0, .max = 1}, error), 0.0);
  EXPECT_EQ(cli::ParseReal("1", {.min = 0, .max = 1}, error), 1.0);
  EXPECT_FALSE(cli::ParseReal("0", {.min = 0, .max = 1, .min_open = true}, error));
  EXPECT_EQ(error, "must be a number in (0, 1] (got 0)");
  EXPECT_FALSE(cli::ParseReal("1", {.min = 0, .max = 1, .max_open = true}, error));
  EXPECT_EQ(error, "must be a number in [0, 1) (got 1)");
  EXPECT_EQ(cli::ParseReal("1e300", {.min = 0}, error), 1e300);
  for (const char* bad : {"nan", "inf", "-0.1", "", "0.5x", "1,5"}) {
    EXPECT_FALSE(cli::ParseReal(bad, {.min = 0}, error)) << bad;
  }
  EXPECT_EQ(error, "must be a number in [0, inf) (got 1,5)");
}

TEST(NumberOptionsTest, LabelsNameTheShortFormToo) {
  EXPECT_EQ(cli::OptionLabel("words"), "--words");
  EXPECT_EQ(cli::OptionLabel("sentences,n"), "--sentences (-n)");
}

TEST(NumberOptionsTest, DefaultsPrintAsTheyWereWritten) {
  EXPECT_EQ(cli::FormatReal(0.3), "0.3");
  EXPECT_EQ(cli::FormatReal(0.1), "0.1");
  EXPECT_EQ(cli::FormatReal(1.0), "1");
  EXPECT_EQ(cli::FormatReal(1e-6), "1e-06");
}

}  // namespace
}  // namespace precis::testing
