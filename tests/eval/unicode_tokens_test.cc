#include "eval/unicode_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

TEST(HasLettersOutsideAsciiTest, LettersAndDigitsOfAnyScriptButNotPunctuation) {
  EXPECT_FALSE(HasLettersOutsideAscii("Plain ASCII, 2024."));
  EXPECT_FALSE(
      HasLettersOutsideAscii("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 \xC2\xA3"
                             "5"));
  EXPECT_TRUE(HasLettersOutsideAscii("caf\xC3\xA9"));  // é
  EXPECT_TRUE(HasLettersOutsideAscii("北京"));
  EXPECT_TRUE(HasLettersOutsideAscii("Москва 2024"));
  EXPECT_TRUE(HasLettersOutsideAscii("\xD9\xA3"));  // Arabic-Indic 3
  EXPECT_FALSE(HasLettersOutsideAscii(""));
}

TEST(DropPartialUtf8TailTest, CutsOnlyAnIncompleteLastCharacter) {
  EXPECT_EQ(DropPartialUtf8Tail("abc"), "abc");
  EXPECT_EQ(DropPartialUtf8Tail("ab\xC3\xA9"), "ab\xC3\xA9");
  EXPECT_EQ(DropPartialUtf8Tail("ab\xC3"), "ab");
  EXPECT_EQ(DropPartialUtf8Tail("ab\xE5\x8C"), "ab");      // 北 cut after 2 of 3 bytes
  EXPECT_EQ(DropPartialUtf8Tail("ab\xF0\x9F\x98"), "ab");  // an emoji cut after 3 of 4
  EXPECT_EQ(DropPartialUtf8Tail("\xE5\x8C\x97"), "\xE5\x8C\x97");
  EXPECT_EQ(DropPartialUtf8Tail(""), "");
}

RougeScorer UnicodeScorer(RougeOptions options) {
  options.tokenizer = RougeTokenizer::kUnicode;
  Result<RougeScorer> scorer = RougeScorer::Create(options);
  EXPECT_TRUE(scorer.ok()) << scorer.status().message();
  return std::move(scorer).value();
}

TEST(UnicodeTokensTest, IdenticalChineseScoresOne) {
  RougeScorer scorer = UnicodeScorer({.language = "zh"});
  const std::string text = "北京今天下雨了。\n我们明天去上海。\n";
  const std::vector<std::string_view> references = {text};
  const RougeResult result = scorer.Score(text, references);
  for (const RougeScore& score : result.scores) {
    EXPECT_EQ(score.recall, 1.0);
    EXPECT_EQ(score.precision, 1.0);
  }
  // Dictionary words, not characters; punctuation is no token.
  EXPECT_EQ(scorer.Tokens("北京今天下雨了。"),
            (std::vector<std::string>{"北京", "今天", "下雨", "了"}));
  // ROUGE-1.5.5's tokenizer sees nothing in it.
  Result<RougeScorer> ascii = RougeScorer::Create({});
  EXPECT_TRUE(ascii->Tokens(text).empty());
}

TEST(UnicodeTokensTest, FoldsCaseAndKeepsWordsWhole) {
  RougeScorer scorer = UnicodeScorer({});
  EXPECT_EQ(scorer.Tokens("Café DON'T north-east, 3.5%"),
            (std::vector<std::string>{"café", "don't", "north-east", "3.5"}));
}

TEST(UnicodeTokensTest, StemmingIsSnowballForTheLanguage) {
  RougeScorer stemmed = UnicodeScorer({.language = "ru", .stem = true});
  EXPECT_EQ(stemmed.Tokens("Книги книгу"), (std::vector<std::string>{"книг", "книг"}));
  // Unlike ROUGE-1.5.5's -m, short words are stemmed too.
  RougeScorer english = UnicodeScorer({.stem = true});
  EXPECT_EQ(english.Tokens("cats running"), (std::vector<std::string>{"cat", "run"}));
}

TEST(UnicodeTokensTest, StopWordsComeFromTheLanguageList) {
  RougeScorer scorer = UnicodeScorer({.language = "ru", .remove_stopwords = true});
  EXPECT_EQ(scorer.Tokens("книги и журналы"), (std::vector<std::string>{"книги", "журналы"}));
  Result<RougeScorer> no_list = RougeScorer::Create(
      {.tokenizer = RougeTokenizer::kUnicode, .language = "fi", .remove_stopwords = true});
  EXPECT_FALSE(no_list.ok());
}

TEST(UnicodeTokensTest, ByteLimitNeverCutsACharacter) {
  // 北京 is 6 bytes; a 4-byte limit keeps only 北, not 北 plus a broken byte.
  RougeScorer scorer = UnicodeScorer({.language = "zh", .byte_limit = 4});
  const std::vector<std::string> tokens = scorer.Tokens("北京\n");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0], "北");
}

TEST(RougeTokenizerNameTest, RoundTrips) {
  EXPECT_EQ(RougeTokenizerName(RougeTokenizer::kRouge155), "rouge155");
  EXPECT_EQ(RougeTokenizerName(RougeTokenizer::kUnicode), "unicode");
  EXPECT_EQ(ParseRougeTokenizer("Unicode"), RougeTokenizer::kUnicode);
  EXPECT_EQ(ParseRougeTokenizer("rouge155"), RougeTokenizer::kRouge155);
  EXPECT_FALSE(ParseRougeTokenizer("icu").has_value());
}

}  // namespace
}  // namespace precis::eval
