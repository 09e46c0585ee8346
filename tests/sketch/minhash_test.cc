#include "precis/sketch/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace precis::sketch {
namespace {

// Two sets over random 64-bit elements with exactly `shared` common elements
// and `only` elements in each alone: Jaccard = shared / (shared + 2 * only).
void MakePair(std::uint64_t seed, int shared, int only, std::vector<std::uint64_t>& a,
              std::vector<std::uint64_t>& b) {
  std::mt19937_64 random(seed);
  a.clear();
  b.clear();
  for (int i = 0; i < shared; ++i) {
    const std::uint64_t x = random();
    a.push_back(x);
    b.push_back(x);
  }
  for (int i = 0; i < only; ++i) a.push_back(random());
  for (int i = 0; i < only; ++i) b.push_back(random());
}

class MinHashMethodTest : public ::testing::TestWithParam<MinHashMethod> {};

TEST_P(MinHashMethodTest, IdenticalSetsAgreeEverywhere) {
  const MinHashOptions options{.permutations = 64, .method = GetParam()};
  std::vector<std::uint64_t> a, b;
  MakePair(1, 200, 0, a, b);
  EXPECT_DOUBLE_EQ(EstimateJaccard(ComputeSignature(a, options), ComputeSignature(b, options)),
                   1.0);
}

TEST_P(MinHashMethodTest, OrderAndRepeatsDoNotMatter) {
  const MinHashOptions options{.permutations = 32, .method = GetParam()};
  std::vector<std::uint64_t> a = {5, 9, 1, 77, 1234567};
  std::vector<std::uint64_t> b = {1234567, 77, 9, 9, 5, 1, 1};
  EXPECT_EQ(ComputeSignature(a, options), ComputeSignature(b, options));
}

TEST_P(MinHashMethodTest, EmptySetGivesEmptySignature) {
  const MinHashOptions options{.permutations = 16, .method = GetParam()};
  const Signature empty = ComputeSignature({}, options);
  ASSERT_EQ(empty.size(), 16u);
  EXPECT_TRUE(IsEmptySignature(empty));
  EXPECT_DOUBLE_EQ(EstimateJaccard(empty, empty), 0.0);
  const std::vector<std::uint64_t> one = {42};
  const Signature single = ComputeSignature(one, options);
  EXPECT_FALSE(IsEmptySignature(single));
  for (std::uint32_t slot : single) EXPECT_NE(slot, kEmptySlot);
}

TEST_P(MinHashMethodTest, EstimateIsWithinFourStandardErrors) {
  const MinHashOptions options{.permutations = 256, .method = GetParam()};
  std::vector<std::uint64_t> a, b;
  for (double target : {0.2, 0.5, 0.8, 0.95}) {
    // shared / (shared + 2 only) = target with 400 elements per set.
    const int shared = static_cast<int>(std::lround(800 * target / (1 + target)));
    const int only = 400 - shared;
    MakePair(7, shared, only, a, b);
    const double truth = static_cast<double>(shared) / (shared + 2 * only);
    const double estimate =
        EstimateJaccard(ComputeSignature(a, options), ComputeSignature(b, options));
    EXPECT_NEAR(estimate, truth, 4 * StandardError(truth, 256) + 1e-9) << target;
  }
}

TEST_P(MinHashMethodTest, MeanEstimateIsUnbiasedForSmallSets) {
  // Small sets leave most one-permutation bins empty: densification must not
  // bias the estimate.
  const MinHashOptions base{.permutations = 128, .method = GetParam()};
  std::vector<std::uint64_t> a, b;
  double sum = 0;
  const int trials = 200;
  for (int t = 0; t < trials; ++t) {
    MakePair(100 + t, 12, 4, a, b);  // J = 12 / 20 = 0.6, 16 elements each
    MinHashOptions options = base;
    options.seed = 1000 + t;
    sum += EstimateJaccard(ComputeSignature(a, options), ComputeSignature(b, options));
  }
  EXPECT_NEAR(sum / trials, 0.6, 0.03);
}

TEST_P(MinHashMethodTest, SeedChangesSignature) {
  std::vector<std::uint64_t> a, b;
  MakePair(3, 100, 0, a, b);
  MinHashOptions one{.permutations = 32, .seed = 1, .method = GetParam()};
  MinHashOptions two = one;
  two.seed = 2;
  EXPECT_NE(ComputeSignature(a, one), ComputeSignature(a, two));
}

INSTANTIATE_TEST_SUITE_P(Methods, MinHashMethodTest,
                         ::testing::Values(MinHashMethod::kKHash, MinHashMethod::kOnePermutation));

// Known-answer vectors: signatures are stored in files, so they must never
// change for the same options.
TEST(MinHashTest, KnownAnswerOnePermutation) {
  const std::vector<std::uint64_t> set = {1, 2, 3, 0xdeadbeefcafef00dULL};
  const Signature s = ComputeSignature(
      set, {.permutations = 8, .seed = 42, .method = MinHashMethod::kOnePermutation});
  EXPECT_EQ(s, (Signature{0x557f2280u, 0xf0b39325u, 0xc798d8cau, 0x557f2280u, 0x557f2280u,
                          0xf0b39325u, 0xc798d8cau, 0xc798d8cau}));
}

TEST(MinHashTest, KnownAnswerKHash) {
  const std::vector<std::uint64_t> set = {1, 2, 3, 0xdeadbeefcafef00dULL};
  const Signature s =
      ComputeSignature(set, {.permutations = 8, .seed = 42, .method = MinHashMethod::kKHash});
  EXPECT_EQ(s, (Signature{0x0ce193ffu, 0x12a2ba03u, 0x1512f767u, 0x1456cd07u, 0x05d64ff5u,
                          0x36b65f46u, 0x23e57e6bu, 0x1666570cu}));
}

TEST(MinHashTest, MethodNamesRoundTrip) {
  MinHashMethod method = MinHashMethod::kKHash;
  ASSERT_TRUE(ParseMethod(MethodName(MinHashMethod::kOnePermutation), method));
  EXPECT_EQ(method, MinHashMethod::kOnePermutation);
  ASSERT_TRUE(ParseMethod("kh", method));
  EXPECT_EQ(method, MinHashMethod::kKHash);
  EXPECT_FALSE(ParseMethod("simhash", method));
}

TEST(MinHashTest, ContainmentFromJaccard) {
  // A (100) inside B (200): J = 100 / 200 = 0.5, containment of A = 1.
  EXPECT_NEAR(EstimateContainment(0.5, 100, 200), 1.0, 1e-12);
  EXPECT_NEAR(EstimateContainment(0.5, 200, 100), 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(EstimateContainment(0.5, 0, 100), 0.0);
}

TEST(MinHashTest, StandardErrorFormula) {
  EXPECT_NEAR(StandardError(0.8, 128), std::sqrt(0.8 * 0.2 / 128), 1e-12);
  EXPECT_DOUBLE_EQ(StandardError(1.0, 128), 0.0);
}

TEST(MinHashTest, MismatchedLengthsEstimateZero) {
  const Signature a(8, 1), b(16, 1);
  EXPECT_DOUBLE_EQ(EstimateJaccard(a, b), 0.0);
}

}  // namespace
}  // namespace precis::sketch
