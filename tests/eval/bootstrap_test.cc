#include "precis/eval/bootstrap.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace precis::eval {
namespace {

std::string Fixed5(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%7.5f", value);
  return text;
}

// Known answers from perl 5.36: perl -e 'srand(0); printf "%.17g", rand()'.
TEST(PerlRandTest, MatchesPerlSrandAndRand) {
  PerlRand zero(0);
  EXPECT_EQ(zero.state(), 0x330Eu);
  EXPECT_EQ(zero.Next(), 0.17082803610628972);
  EXPECT_EQ(zero.state(), 0x2BBB62DC5101u);
  EXPECT_EQ(zero.Next(), 0.74990198048496381);
  EXPECT_EQ(zero.state(), 0xBFF993816378u);
  EXPECT_EQ(PerlRand(1).Next(), 0.041630344771878214);
}

// perl -e 'srand(42); print join(",", map { int(rand(154)) } 1..10)'
TEST(PerlRandTest, IndexDrawsMatchPerlIntRand) {
  PerlRand rand42(42);
  const std::vector<std::size_t> want42 = {114, 52, 17, 65, 12, 131, 76, 73, 106, 128};
  for (const std::size_t want : want42) EXPECT_EQ(rand42.Below(154), want);
  PerlRand rand999(999);
  const std::vector<std::size_t> want999 = {0, 5, 7, 8, 6, 4, 5, 3, 5, 2};
  for (const std::size_t want : want999) EXPECT_EQ(rand999.Below(9), want);
}

TEST(Rouge155EvalOrderTest, SortsEvalIdsAsStrings) {
  EXPECT_EQ(Rouge155EvalOrder(12),
            (std::vector<std::size_t>{0, 9, 10, 11, 1, 2, 3, 4, 5, 6, 7, 8}));
  const std::vector<std::size_t> order = Rouge155EvalOrder(101);
  // "1", "10", "100", "101", "11", ...
  EXPECT_EQ(order[0], 0u);
  EXPECT_EQ(order[1], 9u);
  EXPECT_EQ(order[2], 99u);
  EXPECT_EQ(order[3], 100u);
  EXPECT_EQ(order[4], 10u);
  EXPECT_EQ(order.back(), 98u);  // "99"
  EXPECT_TRUE(Rouge155EvalOrder(0).empty());
}

const std::vector<double> kValues = {0.1, 0.4, 0.35, 0.8, 0.5, 0.45, 0.2, 0.6, 0.9, 0.05, 0.3, 0.7};

// The answers come from the algorithm of bootstrap.h written in Perl 5.36
// (srand, int(rand(N)), string-sorted eval ids, sort { $a <=> $b }).
TEST(BootstrapTest, AverageAndIntervalMatchPerl) {
  const MeanInterval ci = BootstrapMean(kValues, {});
  EXPECT_EQ(Fixed5(ci.average), "0.44577");
  EXPECT_EQ(Fixed5(ci.low), "0.30417");
  EXPECT_EQ(Fixed5(ci.high), "0.58333");
  EXPECT_DOUBLE_EQ(ci.mean, 0.4458333333333333);
  const MeanInterval ninety = BootstrapMean(kValues, {.confidence = 0.90});
  EXPECT_EQ(Fixed5(ninety.low), "0.32083");
  EXPECT_EQ(Fixed5(ninety.high), "0.56250");
}

TEST(BootstrapTest, InterpolatesWhenDeltaIsFractional) {
  // 999 resamples: delta = 24.975, r = 0.025.
  const MeanInterval ci = BootstrapMean(kValues, {.samples = 999});
  EXPECT_DOUBLE_EQ(ci.average, 0.44577077077076982);
  EXPECT_DOUBLE_EQ(ci.low, 0.30010416666666662);
  EXPECT_DOUBLE_EQ(ci.high, 0.58343749999999994);
}

TEST(BootstrapTest, ConstantValuesGiveAPointInterval) {
  const std::vector<double> values(10, 0.3);
  const MeanInterval ci = BootstrapMean(values, {.samples = 200});
  // Sums in Perl's order carry rounding error, far below the 5 printed decimals.
  EXPECT_NEAR(ci.average, 0.3, 1e-12);
  EXPECT_NEAR(ci.low, 0.3, 1e-12);
  EXPECT_NEAR(ci.high, 0.3, 1e-12);
}

TEST(BootstrapTest, BatchGivesTheSameIntervalsAsOneSeriesAtATime) {
  const std::vector<std::vector<double>> series = {{0.1, 0.4, 0.35, 0.8, 0.5},
                                                   {0.9, 0.2, 0.3, 0.3, 0.7}};
  const std::vector<MeanInterval> batch = BootstrapMeans(series, {.samples = 300});
  ASSERT_EQ(batch.size(), 2u);
  for (std::size_t s = 0; s < series.size(); ++s) {
    const MeanInterval alone = BootstrapMean(series[s], {.samples = 300});
    EXPECT_EQ(batch[s].average, alone.average);
    EXPECT_EQ(batch[s].low, alone.low);
    EXPECT_EQ(batch[s].high, alone.high);
    EXPECT_EQ(batch[s].mean, alone.mean);
  }
}

TEST(BootstrapTest, EmptyNoSamplesAndOneSample) {
  EXPECT_EQ(BootstrapMean({}, {}).average, 0);
  const std::vector<double> values = {0.2, 0.4};
  const MeanInterval none = BootstrapMean(values, {.samples = 0});
  EXPECT_DOUBLE_EQ(none.average, 0.3);
  EXPECT_DOUBLE_EQ(none.low, 0.3);
  EXPECT_DOUBLE_EQ(none.high, 0.3);
  // One resample: ROUGE-1.5.5's formula reads one past the end (Perl's undef,
  // 0) with r = -delta = -0.025, so both ends are 1.025 times the one value.
  const MeanInterval one = BootstrapMean(values, {.samples = 1});
  EXPECT_DOUBLE_EQ(one.low, one.average * 1.025);
  EXPECT_DOUBLE_EQ(one.high, one.average * 1.025);
}

}  // namespace
}  // namespace precis::eval
