#include "precis/overlap/comparer.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::overlap {
namespace {

class ComparerTest : public ::testing::Test {
 protected:
  Comparison Compare(const std::string& a, const std::string& b) {
    const PreparedText prepared_a = comparer_.Prepare(a);
    const PreparedText prepared_b = comparer_.Prepare(b);
    return comparer_.Compare(prepared_a, prepared_b);
  }

  Comparer comparer_ = Comparer::Create({}).value();
};

constexpr char kStory[] =
    "The city council voted on Tuesday to close the old library. Campaigners had fought the "
    "plan for two years. A new library will open in the shopping centre next spring.";

TEST_F(ComparerTest, IdenticalTexts) {
  const Comparison c = Compare(kStory, kStory);
  EXPECT_DOUBLE_EQ(c.scores.jaccard, 1.0);
  EXPECT_DOUBLE_EQ(c.scores.containment_a, 1.0);
  EXPECT_DOUBLE_EQ(c.scores.containment_b, 1.0);
  ASSERT_EQ(c.passages.size(), 1u);
  EXPECT_EQ(c.passages[0].a.begin, 0u);
  EXPECT_EQ(c.passages[0].b.end, std::string(kStory).size() - 1);  // up to "spring"
  ASSERT_EQ(c.coverage.size(), 3u);
  for (const SentenceCoverage& sentence : c.coverage) EXPECT_DOUBLE_EQ(sentence.fraction, 1.0);
  EXPECT_FALSE(c.short_text);
}

TEST_F(ComparerTest, DisjointTexts) {
  const Comparison c = Compare(kStory, "Heavy snow closed mountain passes across northern Italy.");
  EXPECT_EQ(c.scores.shared, 0u);
  EXPECT_EQ(c.scores.jaccard, 0);
  EXPECT_TRUE(c.passages.empty());
}

TEST_F(ComparerTest, ShortQuoteInsideLongArticle) {
  const std::string quote = "Campaigners had fought the plan for two years.";
  const Comparison c = Compare(quote, kStory);
  EXPECT_DOUBLE_EQ(c.scores.containment_a, 1.0);
  EXPECT_LT(c.scores.jaccard, 0.3);
  EXPECT_LT(c.scores.containment_b, 0.3);
  ASSERT_EQ(c.passages.size(), 1u);
  EXPECT_EQ(c.passages[0].b.begin, std::string(kStory).find(quote));
}

TEST_F(ComparerTest, ReorderedParagraphsKeepFullContainment) {
  const std::string p1 = "The city council voted on Tuesday to close the old library.";
  const std::string p2 = "A new library will open in the shopping centre next spring.";
  const Comparison c = Compare(p1 + "\n\n" + p2, p2 + "\n\n" + p1);
  EXPECT_EQ(c.passages.size(), 1u);  // one region of A from one region of B
  // 22 words, 18 five-word shingles; only the 4 spanning the paragraph join differ.
  EXPECT_EQ(c.scores.shingles_a, 18u);
  EXPECT_DOUBLE_EQ(c.scores.containment_a, 14.0 / 18.0);
}

TEST_F(ComparerTest, EmptyTexts) {
  const Comparison both = Compare("", "");
  EXPECT_EQ(both.scores.jaccard, 0);
  EXPECT_EQ(both.scores.containment_a, 0);
  EXPECT_TRUE(both.passages.empty());
  EXPECT_TRUE(both.coverage.empty());
  EXPECT_TRUE(both.short_text);
  const Comparison one = Compare("", kStory);
  EXPECT_EQ(one.scores.containment_b, 0);
}

TEST_F(ComparerTest, TextsShorterThanKCompareAsOneShingle) {
  const Comparison same = Compare("Library closes", "library CLOSES!");
  EXPECT_TRUE(same.short_text);
  EXPECT_DOUBLE_EQ(same.scores.jaccard, 1.0);
  const Comparison inside = Compare("Library closes", kStory);
  EXPECT_EQ(inside.scores.containment_a, 0);  // a 2-word text is not a 3-word shingle of B
}

TEST(ComparerCreateTest, RejectsBadShingleSize) {
  CompareOptions options;
  options.shingles.size = 0;
  EXPECT_EQ(Comparer::Create(options).status().code(), ErrorCode::kInvalidArgument);
}

TEST(ComparerCharTest, CharacterShinglesForChinese) {
  CompareOptions options;
  options.analyzer.language = "zh";
  options.shingles = {.size = 4, .unit = sketch::ShingleUnit::kChar};
  Comparer comparer = Comparer::Create(options).value();
  const std::string a = "北京今天下午有大雨，气温明显下降。";
  const std::string b = "气象台说，北京今天下午有大雨。";
  const PreparedText pa = comparer.Prepare(a);
  const PreparedText pb = comparer.Prepare(b);
  const Comparison c = comparer.Compare(pa, pb);
  EXPECT_GT(c.scores.shared, 4u);
  ASSERT_FALSE(c.passages.empty());
  EXPECT_EQ(c.passages[0].a.In(a), "北京今天下午有大雨");
  EXPECT_EQ(c.passages[0].b.In(b), "北京今天下午有大雨");
}

}  // namespace
}  // namespace precis::overlap
