// The direct sentence scan must give exactly ICU's boundaries: checked on the
// shipped corpus, on bbc-dev when present, on news edge cases, on random text
// built from every Sentence_Break class, and on every code point in contexts
// that tell the classes apart. SentenceBoundaries, which hands only the
// paragraphs the scan cannot take to ICU, must too.
#include "text/sentence_boundaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "precis/text/decode.h"
#include "support/bbc_dev.h"
#include "text/root_rules.h"

namespace precis::text {
namespace {

class SentenceBoundariesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    UErrorCode error = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), error));
    ASSERT_TRUE(U_SUCCESS(error) && iterator_);
    ASSERT_TRUE(HasRootRules(*iterator_, UBRK_SENTENCE));
  }

  // Returns whether the direct scan handled `text` (and then agreed with ICU).
  // SentenceBoundaries must agree with ICU in any case.
  bool ExpectSameAsIcu(std::string_view text, const std::string& label) {
    std::vector<std::uint32_t> icu;
    IcuSentenceBoundaries(*iterator_, utf16_, text, icu);
    std::vector<std::uint32_t> mixed;
    SentenceBoundaries(*iterator_, utf16_, text, mixed);
    EXPECT_EQ(mixed, icu) << label << "\nmixed: " << List(text, mixed) << "\nicu:   "
                          << List(text, icu);
    std::vector<std::uint32_t> direct;
    if (!DirectSentenceBoundaries(text, direct)) return false;
    EXPECT_EQ(direct, icu) << label << "\ndirect: " << List(text, direct) << "\nicu:    "
                           << List(text, icu);
    return true;
  }

  static std::string List(std::string_view text, const std::vector<std::uint32_t>& ends) {
    std::string out;
    std::uint32_t begin = 0;
    for (std::uint32_t end : ends) {
      out += "[" + std::string(text.substr(begin, end - begin)) + "]";
      begin = end;
    }
    return out;
  }

  std::unique_ptr<icu::BreakIterator> iterator_;
  Utf16Copy utf16_;
};

TEST_F(SentenceBoundariesTest, MatchesIcuOnNewsEdgeCases) {
  const char* const cases[] = {
      "",
      "No end punctuation",
      "Mr. Smith met Dr. Lee. Col. Rob Mannin came. It rained.",
      "The U.S. Pacific Command met U.K. officials. Talks ended.",
      "Author J. R. Smith spoke. Then she left.",
      "Profit rose 3.5% to $1.2bn in 2017. Shares fell.",
      "We waited... and waited \xE2\x80\xA6 for hours. Nobody came.",
      "Shares rose 5%.The firm said.Then it fell!Really?Yes.",
      "\"We won!\" he said. \xE2\x80\x9CWe lost.\xE2\x80\x9D She cried. (Really.) "
      "'Quoted.' [Bracketed.] end.",
      "He said: \"It's over.\" \"No,\" she said.",
      "etc. (a note) and e.g. this. i.e. that.",
      "A.B.C. ok. 1.2.3. Go. a.1 A.1 a.A A.a.",
      "Headline\nDateline - \r\nBody text here. Next one.\r\rX\x0B\x0C" "Y",
      "Line one.\n\nLine two.  \n  Line three.\xE2\x80\xA8Line four.\xE2\x80\xA9" "Five. "
      "\xC2\x85" "Six.",
      "Trailing spaces.   ",
      "Ends with close.\"",
      "Ends with space and close. \")",
      "\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9"
      "\xE6\x99\xB4\xE3\x80\x82\xEF\xBC\x81\xEF\xBC\x9F\xE5\xA5\xBD",
      "\xD0\x9E\xD0\xBD \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB. \xD0\x9E\xD0\xBD\xD0\xB0 "
      "\xD0\xBF\xD1\x80\xD0\xB8\xD1\x88\xD0\xBB\xD0\xB0.",
      "\xD8\xB0\xD9\x87\xD8\xA8\xD8\x9F \xD9\x86\xD8\xB9\xD9\x85\xD8\x8C \xD8\xB0\xD9\x87\xD8\xA8.",
      "x., y.; z.: a.- b.-C d.--e f. - g ?! !? .. ... a , b. , C",
      "\xC3\x89t\xC3\xA9. \xC3\x89" "cole. \xC3\xA9t\xC3\xA9. \xC2\xBFQu\xC3\xA9? \xC2\xA1S\xC3\xAD!",
  };
  for (const char* text : cases) EXPECT_TRUE(ExpectSameAsIcu(text, text));
}

TEST_F(SentenceBoundariesTest, LeavesExtendAndFormatToIcu) {
  std::vector<std::uint32_t> ends;
  EXPECT_FALSE(DirectSentenceBoundaries("\xEF\xBB\xBFHello. World.", ends));  // BOM
  EXPECT_FALSE(DirectSentenceBoundaries("Cafe\xCC\x81. Bar.", ends));           // combining acute
  EXPECT_FALSE(DirectSentenceBoundaries("a.\xE2\x80\x8D b", ends));             // ZWJ
}

TEST_F(SentenceBoundariesTest, SendsOnlyParagraphsWithExtendOrFormatToIcu) {
  const std::string plain = "Mr. Smith came. He left.\n";
  const std::string accented = "Cafe\xCC\x81 opens. Dr. Lee ate.\r\n";  // combining acute
  const std::string hyphenated = "Soft\xC2\xADhyphen. Then. \xE2\x80\xA9";  // ends with PS
  std::string text = "\xEF\xBB\xBF" + plain;  // a BOM opens the first paragraph
  const std::size_t first = text.size();
  for (int i = 0; i < 50; ++i) text += plain;
  text += accented + plain + hyphenated + plain + "Last one. No end";
  std::vector<std::uint32_t> ends;
  EXPECT_EQ(SentenceBoundaries(*iterator_, utf16_, text, ends),
            first + accented.size() + hyphenated.size());
  EXPECT_TRUE(ExpectSameAsIcu(plain + plain, "plain"));
  EXPECT_FALSE(ExpectSameAsIcu(text, "mixed"));

  EXPECT_EQ(SentenceBoundaries(*iterator_, utf16_, plain + plain, ends), 0u);
  EXPECT_EQ(SentenceBoundaries(*iterator_, utf16_, "", ends), 0u);
  EXPECT_TRUE(ends.empty());
  // Extend or Format right after a separator, at the very end, or alone.
  for (const char* edge : {"A.\n\xCC\x81" "b. C.", "A. B.\n\xC2\xAD", "\xCC\x81", "\xC2\xAD\n",
                           "A.\r\xE2\x80\x8D\n b.", "x\xC2\x85\xCC\x81. Y.\xE2\x80\xA8Z."}) {
    ExpectSameAsIcu(edge, edge);
  }
}

TEST_F(SentenceBoundariesTest, MatchesIcuOnCorpus) {
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) + "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::ReadFileBytes(entry.path());
    ExpectSameAsIcu(text, entry.path().filename().string());
    // Also without line breaks, as the splitter sees hard-wrapped paragraphs.
    std::string folded = text;
    std::replace(folded.begin(), folded.end(), '\n', ' ');
    ExpectSameAsIcu(folded, entry.path().filename().string() + " (folded)");
  }
}

TEST_F(SentenceBoundariesTest, MatchesIcuOnRandomText) {
  // At least one character of every Sentence_Break class but Extend/Format,
  // plus runs that trigger the rules' look-aheads.
  const std::vector<std::string> pieces = {
      "a", "z", "A", "Q", "7", "0", ".", "!", "?", ",", ";", ":", "-", "'", "\"", "(", ")",
      "[", "]", " ", "  ", "\n", "\r", "\r\n", "\t", "\x0B", "\x0C", "\xC2\x85", "\xC2\xA0",
      "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C",
      "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xC3\xA9", "\xC3\x89",
      "\xE4\xB8\xAD", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x8E",
      "\xD8\x9F", "\xE0\xA5\xA4", "\xC2\xAB", "\xC2\xBB", "\xE3\x80\x8C", "\xE3\x80\x8D",
      "\xC2\xBF", "\xC2\xA1", "$", "%", "/", "&", "#", "*", "\xE2\x80\xA2", "word", "Word",
      "12", "x.y", "U.S.", "\xF0\x9F\x98\x80", "\xF0\x9D\x90\x80", "\xE2\x85\xA0",
      "\xE2\x85\xB0", "\xCA\xB0", "\xEF\xB9\x92", "\xEF\xBC\x8C", "\xEF\xB8\x90"};
  // Extend and Format characters, rare, so that most texts mix paragraphs
  // the direct scan takes with ones it leaves to ICU.
  const std::vector<std::string> ignored = {"\xCC\x81", "\xC2\xAD", "\xEF\xBB\xBF",
                                            "\xE2\x80\x8D", "\xE0\xA4\xBE"};
  std::mt19937 random(20261129);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 30000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 30);
    for (int i = 0; i < length; ++i) text += pieces[pick(random)];
    EXPECT_TRUE(ExpectSameAsIcu(text, "random round " + std::to_string(round) + ": " + text));
    if (HasFailure()) return;
    for (int i = 0; i < 2; ++i) {
      text.insert(random() % (text.size() + 1), ignored[random() % ignored.size()]);
      // Inserted inside a multi-byte character it could make the text invalid.
      if (FindInvalidUtf8(text) != std::string_view::npos) break;
      ExpectSameAsIcu(text, "random round " + std::to_string(round) + " with Extend/Format: " + text);
    }
    if (HasFailure()) return;
  }
}

TEST_F(SentenceBoundariesTest, MatchesIcuForEveryCodePoint) {
  // Contexts in which each Sentence_Break class behaves differently, so a
  // character whose class the direct scan got wrong would change a boundary.
  for (UChar32 c = 1; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    std::string s;
    icu::UnicodeString(c).toUTF8String(s);
    const std::string text = "a." + s + "A b." + s + "a C." + s + "1 d" + s + "e. " + s +
                             " f. " + s + "g! " + s + "H. " + s + ". I?" + s + "\n" + s + "j";
    ExpectSameAsIcu(text, "U+" + std::to_string(c));
    if (HasFailure()) return;
  }
}

TEST_F(SentenceBoundariesTest, MatchesIcuOnBbcArticles) {
  const std::vector<std::filesystem::path> articles = testing::BbcDevArticles();
  if (articles.empty()) GTEST_SKIP() << "no bbc-dev articles";
  int files = 0;
  for (const std::filesystem::path& path : articles) {
    const std::string text = testing::ReadFileBytes(path);
    if (FindInvalidUtf8(text) != std::string_view::npos) continue;
    if (ExpectSameAsIcu(text, path.string())) ++files;
    if (HasFailure()) return;
  }
  EXPECT_GT(files, 1000);
}

}  // namespace
}  // namespace precis::text
