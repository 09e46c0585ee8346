#include "precis/sketch/lsh.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace precis::sketch {
namespace {

TEST(LshTest, ChoosesMostSelectiveBandingThatCatchesThreshold) {
  const LshParams params = ChooseLshParams(0.8, 128);
  EXPECT_EQ(params.rows, 6u);
  EXPECT_EQ(params.bands, 21u);
  EXPECT_GE(CatchProbability(0.8, params), kDefaultMinCatchProbability);
  // One more row per band would miss too many pairs at the threshold.
  EXPECT_LT(CatchProbability(0.8, {128 / 7, 7}), kDefaultMinCatchProbability);
}

TEST(LshTest, LowerThresholdUsesFewerRows) {
  EXPECT_LT(ChooseLshParams(0.5, 128).rows, ChooseLshParams(0.9, 128).rows);
}

TEST(LshTest, FallsBackToOneRowPerBand) {
  const LshParams params = ChooseLshParams(0.001, 16);
  EXPECT_EQ(params.rows, 1u);
  EXPECT_EQ(params.bands, 16u);
}

TEST(LshTest, CatchProbabilityIsTheSCurve) {
  const LshParams params{20, 5};
  EXPECT_DOUBLE_EQ(CatchProbability(1.0, params), 1.0);
  EXPECT_DOUBLE_EQ(CatchProbability(0.0, params), 0.0);
  EXPECT_NEAR(CatchProbability(0.5, params), 1 - std::pow(1 - std::pow(0.5, 5), 20), 1e-12);
}

TEST(LshTest, EqualBandsGiveEqualKeysOnlyInTheSameBand) {
  const LshParams params{4, 2};
  const std::vector<std::uint32_t> a = {1, 2, 1, 2, 3, 4, 5, 6};
  const std::vector<std::uint32_t> b = {1, 2, 9, 9, 3, 4, 7, 7};
  std::vector<std::uint64_t> ka(4), kb(4);
  BandKeys(a, params, ka);
  BandKeys(b, params, kb);
  EXPECT_EQ(ka[0], kb[0]);
  EXPECT_NE(ka[1], kb[1]);
  EXPECT_EQ(ka[2], kb[2]);
  EXPECT_NE(ka[3], kb[3]);
  // Same slot values in bands 0 and 1 of `a`, but different band seeds.
  EXPECT_NE(ka[0], ka[1]);
}

// Band keys are written by --emit-bands and compared across machines and
// releases: they must never change.
TEST(LshTest, KnownAnswerBandKeys) {
  const std::vector<std::uint32_t> signature = {1, 2, 3, 4};
  std::vector<std::uint64_t> keys(2);
  BandKeys(signature, {2, 2}, keys);
  EXPECT_EQ(keys[0], 0x0389e2c8892d5450ULL);
  EXPECT_EQ(keys[1], 0x4ed8f7a119795f16ULL);
}

}  // namespace
}  // namespace precis::sketch
