#include "precis/eval/bootstrap.h"

#include <gtest/gtest.h>

#include <vector>

namespace precis::eval {
namespace {

TEST(BootstrapTest, MeanAndIntervalAreDeterministic) {
  const std::vector<double> values = {0.1, 0.4, 0.35, 0.8, 0.5, 0.45, 0.2, 0.6};
  const MeanInterval a = BootstrapMean(values, {});
  const MeanInterval b = BootstrapMean(values, {});
  EXPECT_DOUBLE_EQ(a.mean, 0.425);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  EXPECT_LT(a.low, a.mean);
  EXPECT_GT(a.high, a.mean);
  EXPECT_GE(a.low, 0.1);
  EXPECT_LE(a.high, 0.8);
}

TEST(BootstrapTest, ConstantValuesGiveAPointInterval) {
  const std::vector<double> values(10, 0.3);
  const MeanInterval ci = BootstrapMean(values, {.samples = 200});
  EXPECT_DOUBLE_EQ(ci.low, 0.3);
  EXPECT_DOUBLE_EQ(ci.high, 0.3);
}

TEST(BootstrapTest, BatchGivesTheSameIntervalsAsOneSeriesAtATime) {
  const std::vector<std::vector<double>> series = {{0.1, 0.4, 0.35, 0.8, 0.5},
                                                   {0.9, 0.2, 0.3, 0.3, 0.7}};
  const std::vector<MeanInterval> batch = BootstrapMeans(series, {.samples = 300});
  ASSERT_EQ(batch.size(), 2u);
  for (std::size_t s = 0; s < series.size(); ++s) {
    const MeanInterval alone = BootstrapMean(series[s], {.samples = 300});
    EXPECT_EQ(batch[s].mean, alone.mean);
    EXPECT_EQ(batch[s].low, alone.low);
    EXPECT_EQ(batch[s].high, alone.high);
  }
}

TEST(BootstrapTest, EmptyAndNoSamples) {
  EXPECT_EQ(BootstrapMean({}, {}).mean, 0);
  const std::vector<double> values = {0.2, 0.4};
  const MeanInterval ci = BootstrapMean(values, {.samples = 0});
  EXPECT_DOUBLE_EQ(ci.low, 0.3);
  EXPECT_DOUBLE_EQ(ci.high, 0.3);
}

}  // namespace
}  // namespace precis::eval
