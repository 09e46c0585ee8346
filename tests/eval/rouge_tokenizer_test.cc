#include "eval/rouge_tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "eval/word_lists.h"

namespace precis::eval {
namespace {

using ::testing::ElementsAre;

TEST(RougeTokenizerTest, RunsOfAsciiLettersAndDigitsLowercased) {
  EXPECT_THAT(RougeTokenize("Don't stop-believing, it's 3.5% in 2024!"),
              ElementsAre("don", "t", "stop", "believing", "it", "s", "3", "5", "in", "2024"));
}

TEST(RougeTokenizerTest, NonAsciiBytesSeparate) {
  // ROUGE-1.5.5 reads bytes: each byte of a UTF-8 character is a separator.
  EXPECT_THAT(RougeTokenize("caf\xC3\xA9 cr\xC3\xA8me \xC2\xA3"
                            "50"),
              ElementsAre("caf", "cr", "me", "50"));
}

std::vector<std::string> Read(std::string_view text, LengthLimit kind, std::uint32_t limit) {
  std::vector<std::string_view> lines;
  ReadLines(text, kind, limit, lines);
  return {lines.begin(), lines.end()};
}

TEST(RougeTokenizerTest, LinesSkipEmptyOnes) {
  EXPECT_THAT(Read("a b\n\n  \nc", LengthLimit::kNone, 0), ElementsAre("a b", "  ", "c"));
}

TEST(RougeTokenizerTest, WordLimitCutsTheLineThatReachesIt) {
  EXPECT_THAT(Read("one two three\nfour-five six\nseven\n", LengthLimit::kWords, 4),
              ElementsAre("one two three", "four-five"));
  // Reaching the limit exactly keeps the whole line and stops.
  EXPECT_THAT(Read("a b\nc d\ne\n", LengthLimit::kWords, 4), ElementsAre("a b", "c d"));
}

TEST(RougeTokenizerTest, WordLimitCountsPerlSplitFields) {
  // Perl's split(/\s+/) gives a leading empty field for a line that starts
  // with whitespace, and ROUGE-1.5.5 counts it as a word.
  EXPECT_THAT(Read(" a b c\nd\n", LengthLimit::kWords, 3), ElementsAre(" a b"));
  EXPECT_THAT(Read("   \na b\n", LengthLimit::kWords, 2), ElementsAre("   ", "a b"));
}

TEST(RougeTokenizerTest, ByteLimitCountsLineBytesOnly) {
  EXPECT_THAT(Read("abcd\nefgh\nijkl\n", LengthLimit::kBytes, 10),
              ElementsAre("abcd", "efgh", "ij"));
  EXPECT_THAT(Read("abcd\nefgh\nijkl\n", LengthLimit::kBytes, 6), ElementsAre("abcd", "ef"));
}

TEST(RougeTokenizerTest, ByteLimitLcsBugNeverAccumulates) {
  // ROUGE-1.5.5's per-sentence reader keeps every line shorter than the limit.
  EXPECT_THAT(Read("abcd\nefgh\nijklmnop\nqr\n", LengthLimit::kBytesLcsBug, 6),
              ElementsAre("abcd", "efgh", "ijklmn"));
}

TEST(RougeWordListsTest, ExceptionDatabaseAsRouge155BuildsIt) {
  const RougeWordLists& lists = RougeWordLists::Get();
  EXPECT_EQ(lists.exception_count(), 5930u);
  const std::pair<const char*, const char*> cases[] = {
      {"axes", "ax"},
      {"better", "good"},
      {"best", "good"},
      {"went", "go"},
      {"lying", "lie"},
      {"media", "medium"},
      {"data", "datum"},
      {"leaves", "leaf"},
      {"children", "child"},
      {"mice", "mouse"},
      {"testes", "testes"},
      {"offer", "offer"},
      {"gasses", "gas"},
      {"involucra", "involucrum"},
      {"is", "be"},
      {"quizzes", "quiz"},
      {"militated_against", "militate_against"},
  };
  for (const auto& [word, base] : cases) {
    const std::string* found = lists.Exception(word);
    ASSERT_NE(found, nullptr) << word;
    EXPECT_EQ(*found, base) << word;
  }
  EXPECT_EQ(lists.Exception("cat"), nullptr);
}

TEST(RougeWordListsTest, SmartStopWords) {
  const RougeWordLists& lists = RougeWordLists::Get();
  EXPECT_TRUE(lists.IsStopword("the"));
  EXPECT_TRUE(lists.IsStopword("reuters"));
  EXPECT_FALSE(lists.IsStopword("cat"));
  EXPECT_GT(lists.stopword_count(), 500u);
}

}  // namespace
}  // namespace precis::eval
