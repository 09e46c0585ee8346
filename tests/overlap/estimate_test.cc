// The MinHash estimate precis-compare --estimate prints is checked against
// the exact Jaccard it sits beside: within 3 standard errors across seeds.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "precis/overlap/comparer.h"
#include "precis/sketch/minhash.h"
#include "support/read_file.h"

namespace precis::overlap {
namespace {

std::string ReadCorpus(const std::string& name) {
  return testing::ReadFileBytes(std::filesystem::path(PRECIS_SOURCE_DIR) / "corpus" / name);
}

TEST(MinHashEstimateTest, WithinThreeStandardErrorsOfExactAcrossSeeds) {
  const std::string a = ReadCorpus("en-council-budget-a.txt");
  const std::string b = ReadCorpus("en-council-budget-b.txt");
  for (const std::uint32_t size : {3u, 5u}) {
    CompareOptions options;
    options.shingles.size = size;
    Comparer comparer = Comparer::Create(options).value();
    const PreparedText pa = comparer.Prepare(a);
    const PreparedText pb = comparer.Prepare(b);
    const double exact = comparer.Compare(pa, pb).scores.jaccard;
    ASSERT_GT(exact, 0.1);
    ASSERT_LT(exact, 0.9);
    for (const sketch::MinHashMethod method :
         {sketch::MinHashMethod::kOnePermutation, sketch::MinHashMethod::kKHash}) {
      int outside = 0;
      constexpr int kSeeds = 50;
      for (int seed = 0; seed < kSeeds; ++seed) {
        const sketch::MinHashOptions minhash{
            .permutations = 128, .seed = 1000003ull * seed + 17, .method = method};
        const double estimate = sketch::EstimateJaccard(sketch::ComputeSignature(pa.set, minhash),
                                                        sketch::ComputeSignature(pb.set, minhash));
        if (std::abs(estimate - exact) > 3 * sketch::StandardError(exact, 128)) ++outside;
      }
      // 3 standard errors hold 99.7% of estimates; allow one stray in 50.
      EXPECT_LE(outside, 1) << "k=" << size << " method " << sketch::MethodName(method);
    }
  }
}

}  // namespace
}  // namespace precis::overlap
