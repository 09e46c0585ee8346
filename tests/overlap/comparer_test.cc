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

// One site's furniture around an article, as a scraper copies the page.
std::string Scraped(const std::string& article) {
  return "Skip to content\nHome | News | Sport | Business | Weather\nUK\n\nAdvertisement\n\n" +
         article +
         "\n\nShare this article\nFacebook Twitter Email\n\nRelated stories\nMore from News\n\n"
         "We use cookies to improve your experience.\n"
         "\u00A9 2024 Northshore Wire. All rights reserved.\n";
}

constexpr char kOtherStory[] =
    "Heavy snow closed mountain passes across northern Italy on Sunday. Drivers were told to "
    "carry chains, and ski resorts reported their best weekend of the winter.";

TEST_F(ComparerTest, TwoArticlesOfOneSiteDoNotOverlapByItsFurniture) {
  const Comparison c = Compare(Scraped(kStory), Scraped(kOtherStory));
  EXPECT_EQ(c.scores.shared, 0u);
  EXPECT_TRUE(c.passages.empty());
  for (const SentenceCoverage& sentence : c.coverage) EXPECT_EQ(sentence.fraction, 0);

  // Kept, the furniture is two passages.
  CompareOptions options;
  options.shingles.skip_furniture = false;
  Comparer keeping = Comparer::Create(options).value();
  const std::string a = Scraped(kStory);
  const std::string b = Scraped(kOtherStory);
  const PreparedText kept_a = keeping.Prepare(a);
  const Comparison kept = keeping.Compare(kept_a, keeping.Prepare(b));
  EXPECT_GT(kept.scores.shared, 20u);
  EXPECT_EQ(kept.passages.size(), 2u);
  EXPECT_EQ(kept_a.shingles.size(), comparer_.Prepare(a).shingles.size() + 26);
}

TEST_F(ComparerTest, AScrapedCopyStillContainsItsArticle) {
  const std::string scraped = Scraped(kStory);
  const PreparedText clean = comparer_.Prepare(kStory);
  const PreparedText page = comparer_.Prepare(scraped);
  const Comparison c = comparer_.Compare(clean, page);
  EXPECT_DOUBLE_EQ(c.scores.containment_a, 1.0);
  ASSERT_EQ(c.passages.size(), 1u);
  EXPECT_EQ(c.passages[0].b.In(scraped).substr(0, 8), "The city");
  // The shingles wholly inside the furniture are gone (6 in the 10 words of
  // the head, 20 in the 24 of the foot: the test above); the 8 that reach
  // into the article stay.
  EXPECT_EQ(page.shingles.size(), clean.shingles.size() + 8);
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
