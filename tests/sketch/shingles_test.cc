#include "precis/sketch/shingles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::sketch {
namespace {

class ShinglesTest : public ::testing::Test {
 protected:
  std::vector<Shingle> Words(std::string_view text, ShingleOptions options = {}) {
    analysis_ = analyzer_.Analyze(text);
    return ExtractShingles(text, analysis_, options);
  }
  std::vector<Shingle> Chars(std::string_view text, std::uint32_t size) {
    return ExtractShingles(text, text::Analysis{}, {.size = size, .unit = ShingleUnit::kChar});
  }

  text::Analyzer analyzer_ = text::Analyzer::Create({.language = "en"}).value();
  text::Analysis analysis_;
};

TEST_F(ShinglesTest, CountsAndSpansOfWordShingles) {
  const std::string text = "The mayor opened the new bridge.";
  const std::vector<Shingle> shingles = Words(text);
  ASSERT_EQ(shingles.size(), 4u);  // 6 words, k = 3
  EXPECT_EQ(shingles[0].span.In(text), "The mayor opened");
  EXPECT_EQ(shingles[3].span.In(text), "the new bridge");
  EXPECT_EQ(shingles[1].unit_begin, 1u);
  EXPECT_EQ(shingles[1].unit_end, 4u);
}

TEST_F(ShinglesTest, HashIsSeededXxh3OfTermIds) {
  const std::string text = "Bridges opened today";
  const std::vector<Shingle> shingles = Words(text, {.size = 3, .seed = 7});
  ASSERT_EQ(shingles.size(), 1u);
  const std::uint64_t terms[] = {text::HashTerm(analyzer_.Normalize("Bridges")),
                                 text::HashTerm(analyzer_.Normalize("opened")),
                                 text::HashTerm(analyzer_.Normalize("today"))};
  EXPECT_EQ(shingles[0].hash, HashTerms(terms, 7));
  EXPECT_NE(shingles[0].hash, HashTerms(terms, 8));
}

// The hash-only path must give exactly ExtractShingles' hashes, whatever the
// options: stopwords kept or skipped, short texts, empty text, char units.
TEST_F(ShinglesTest, HashesAloneEqualTheShinglesHashes) {
  const std::vector<std::string> texts = {
      "The mayor of Leeds opened the new bridge on Tuesday, and the council paid for it.",
      "Two words", "", "the of and", "A b c d e f g h i j k l m n o p.",
      "Home | News | Sport\nAdvertisement\n\nThe mayor opened the bridge.\nShare this article\n",
      "Advertisement"};
  std::vector<std::uint64_t> reused = {1, 2, 3};  // cleared first
  for (const std::string& text : texts) {
    for (const std::uint32_t size : {1u, 3u, 5u, 12u}) {
      for (const bool keep : {true, false}) {
        for (const bool fallback : {true, false}) {
          for (const bool furniture : {true, false}) {
            for (const ShingleUnit unit : {ShingleUnit::kWord, ShingleUnit::kChar}) {
              const ShingleOptions options = {.size = size, .unit = unit, .seed = 99,
                                              .keep_stopwords = keep,
                                              .short_text_fallback = fallback,
                                              .skip_furniture = furniture};
              std::vector<std::uint64_t> expected;
              for (const Shingle& shingle : Words(text, options)) expected.push_back(shingle.hash);
              ShingleHashes(text, analysis_, options, reused);
              EXPECT_EQ(reused, expected) << text << " size " << size << " keep " << keep;
              EXPECT_EQ(ShingleHashes(text, analysis_, options), expected);
            }
          }
        }
      }
    }
  }
}

TEST_F(ShinglesTest, ShinglesWhollyInsideAPagesFurnitureAreLeftOut) {
  // 3 words of menu, 1 label, 4 words of article, 3 words of footer.
  const std::string page =
      "Home | News | Sport\nAdvertisement\n\nThe mayor opened bridges.\nShare this article\n";
  std::vector<std::string> kept;
  for (const Shingle& shingle : Words(page)) kept.emplace_back(shingle.span.In(page));
  // Of the 9 shingles, "Home | News | Sport", "News | Sport\nAdvertisement" and
  // "Share this article" are all furniture.
  EXPECT_EQ(kept, (std::vector<std::string>{"Sport\nAdvertisement\n\nThe",
                                            "Advertisement\n\nThe mayor", "The mayor opened",
                                            "mayor opened bridges", "opened bridges.\nShare",
                                            "bridges.\nShare this"}));
  EXPECT_EQ(Words(page, {.skip_furniture = false}).size(), 9u);
  // With stopwords skipped the units are the 9 content words: of their 7
  // shingles, the menu's two are all furniture ("Share article" is 2 units).
  EXPECT_EQ(Words(page, {.keep_stopwords = false, .skip_furniture = false}).size(), 7u);
  EXPECT_EQ(Words(page, {.keep_stopwords = false}).size(), 5u);
  // A page of nothing but furniture has no shingles, even the short one.
  EXPECT_TRUE(Words("Advertisement").empty());
  EXPECT_EQ(Words("Advertisement", {.skip_furniture = false}).size(), 1u);
}

TEST(HashTermsTest, KnownAnswerVectors) {
  // Stored signatures depend on these never changing: XXH3-64 of the term ids
  // as little-endian 64-bit words, seeded.
  const std::uint64_t terms[] = {1, 2, 3};
  EXPECT_EQ(HashTerms(terms, 0), 0x7c68b4906e7ea780ull);
  EXPECT_EQ(HashTerms(terms, 42), 0x404bfad924fa0d3bull);
}

TEST_F(ShinglesTest, CharShingleKnownAnswer) {
  // "東京 " as UTF-8, seed 0.
  const std::vector<Shingle> shingles = Chars("東京\n\n", 3);
  ASSERT_EQ(shingles.size(), 1u);  // trailing white space is dropped: fallback of 2
  EXPECT_EQ(Chars("東京 x", 3)[0].hash, 0x9b8c76e58531a4cbull);
}

TEST_F(ShinglesTest, NormalizationMakesCaseAndInflectionAgree) {
  const std::vector<Shingle> a = Words("The Council approved budgets");
  const std::vector<Shingle> b = Words("the council APPROVES the budget");
  EXPECT_EQ(a[0].hash, b[0].hash);  // "the council approv"
}

TEST_F(ShinglesTest, SkippingStopwordsJoinsContentWords) {
  const std::vector<Shingle> a =
      Words("mayor of the city opened bridge", {.size = 3, .keep_stopwords = false});
  const std::vector<Shingle> b =
      Words("mayor city opened bridge", {.size = 3, .keep_stopwords = false});
  EXPECT_EQ(ShingleSet(a), ShingleSet(b));
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].unit_begin, 0u);
  EXPECT_EQ(a[0].unit_end, 5u);  // mayor .. opened, skipping "of the"
}

TEST_F(ShinglesTest, ShortTextFallsBackToOneShingle) {
  const std::vector<Shingle> two = Words("Bridge opens");
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0].span.In("Bridge opens"), "Bridge opens");
  EXPECT_TRUE(Words("Bridge opens", {.size = 3, .short_text_fallback = false}).empty());
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words("  ... !! ").empty());
  // A short shingle never equals a full one that starts with the same words.
  EXPECT_NE(two[0].hash, Words("Bridge opens today")[0].hash);
}

TEST_F(ShinglesTest, CharShinglesNormalizeWhitespace) {
  const std::vector<Shingle> a = Chars("東京  の\n雨", 3);
  const std::vector<Shingle> b = Chars(" 東京 の 雨 ", 3);
  EXPECT_EQ(ShingleSet(a), ShingleSet(b));
  ASSERT_EQ(a.size(), 4u);  // 東 京 ␠ の ␠ 雨 = 6 code points
  EXPECT_EQ(a[0].span.In("東京  の\n雨"), "東京 ");
  EXPECT_EQ(a[3].span.In("東京  の\n雨"), "の\n雨");
}

TEST_F(ShinglesTest, CharShinglesOfShortAndEmptyText) {
  EXPECT_EQ(Chars("雨", 5).size(), 1u);
  EXPECT_TRUE(Chars("", 5).empty());
  EXPECT_TRUE(Chars(" \n\t ", 5).empty());
}

TEST(SortUniqueTest, SortsAndDeduplicates) {
  std::vector<std::uint64_t> hashes = {5, 1, 5, 3, 1};
  SortUnique(hashes);
  EXPECT_EQ(hashes, (std::vector<std::uint64_t>{1, 3, 5}));
}

TEST(SortUniqueTest, LargeInputsMatchStdSort) {
  std::vector<std::uint64_t> hashes;
  std::uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    hashes.push_back(i % 3 == 0 ? hashes.size() : x);  // small values and repeats too
  }
  hashes.insert(hashes.end(), hashes.begin(), hashes.begin() + 5000);
  std::vector<std::uint64_t> expected = hashes;
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  SortUnique(hashes);
  EXPECT_EQ(hashes, expected);
}

TEST(ValidateShingleOptionsTest, RejectsBadSizes) {
  EXPECT_TRUE(ValidateShingleOptions({}).ok());
  EXPECT_FALSE(ValidateShingleOptions({.size = 0}).ok());
  EXPECT_FALSE(ValidateShingleOptions({.size = kMaxShingleSize + 1}).ok());
}

}  // namespace
}  // namespace precis::sketch
