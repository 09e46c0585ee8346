#include "precis/overlap/coverage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::overlap {
namespace {

TEST(CoverSentencesTest, CoveredAndUncoveredSentences) {
  text::Analyzer analyzer = text::Analyzer::Create({.language = "en"}).value();
  const std::string a =
      "The dam burst after days of heavy rain. Nobody in the valley was hurt. Repairs will "
      "take months.";
  const std::string b = "Officials said the dam burst after days of heavy rain upstream.";
  const text::Analysis analysis_a = analyzer.Analyze(a);
  const text::Analysis analysis_b = analyzer.Analyze(b);
  const std::vector<sketch::Shingle> shingles_a = sketch::ExtractShingles(a, analysis_a, {});
  const std::vector<std::uint64_t> set_b =
      sketch::ShingleSet(sketch::ExtractShingles(b, analysis_b, {}));
  const std::vector<SentenceCoverage> coverage = CoverSentences(analysis_a, shingles_a, set_b);
  ASSERT_EQ(coverage.size(), 3u);
  // Sentence 1 has 8 words: 6 shingles inside it, plus 2 reaching into sentence 2.
  EXPECT_EQ(coverage[0].shingles, 8u);
  EXPECT_EQ(coverage[0].shared, 6u);
  EXPECT_DOUBLE_EQ(coverage[0].fraction, 0.75);
  EXPECT_EQ(coverage[1].shared, 0u);
  EXPECT_EQ(coverage[2].shared, 0u);
  EXPECT_EQ(coverage[2].sentence.In(a), "Repairs will take months.");
}

TEST(CoverSentencesTest, NoShinglesMeansZeroNotNan) {
  text::Analysis analysis;
  analysis.sentences.push_back({0, 3});
  analysis.sentence_token_begin = {0, 0};
  const std::vector<SentenceCoverage> coverage = CoverSentences(analysis, {}, {});
  ASSERT_EQ(coverage.size(), 1u);
  EXPECT_EQ(coverage[0].fraction, 0);
}

}  // namespace
}  // namespace precis::overlap
