#include "text/stopwords.h"

#include <gtest/gtest.h>

#include <string_view>

namespace precis::text {
namespace {

// The lists themselves are checked for order and uniqueness by static_asserts in stopwords.cc,
// so a mis-sorted list fails the build; these tests cover lookup behaviour.

TEST(StopwordsTest, ShipsListsForSupportedLanguages) {
  for (std::string_view language : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv"}) {
    EXPECT_TRUE(HasStopwords(language)) << language;
  }
}

TEST(StopwordsTest, UnknownLanguagesHaveNoList) {
  EXPECT_FALSE(HasStopwords(""));
  EXPECT_FALSE(HasStopwords("xx"));
  EXPECT_FALSE(HasStopwords("ko"));
  EXPECT_FALSE(HasStopwords("EN"));  // Codes are lowercase ISO 639-1.
  EXPECT_FALSE(HasStopwords("eng"));
  EXPECT_FALSE(IsStopword("xx", "the"));
  EXPECT_FALSE(IsStopword("ko", "의"));
  EXPECT_FALSE(IsStopword("", "the"));
}

TEST(StopwordsTest, JapaneseAndChineseFunctionWords) {
  EXPECT_TRUE(IsStopword("ja", "の"));
  EXPECT_TRUE(IsStopword("ja", "に"));
  EXPECT_TRUE(IsStopword("ja", "です"));
  EXPECT_FALSE(IsStopword("ja", "電車"));
  EXPECT_TRUE(IsStopword("zh", "的"));
  EXPECT_TRUE(IsStopword("zh", "我们"));
  EXPECT_FALSE(IsStopword("zh", "天气"));
}

TEST(StopwordsTest, English) {
  for (std::string_view word : {"a", "the", "and", "of", "is", "was", "they", "yourselves"}) {
    EXPECT_TRUE(IsStopword("en", word)) << word;
  }
  EXPECT_FALSE(IsStopword("en", "harbour"));
  EXPECT_FALSE(IsStopword("en", "bridge"));
  EXPECT_FALSE(IsStopword("en", "budget"));
  EXPECT_FALSE(IsStopword("en", "zzz"));
  EXPECT_FALSE(IsStopword("en", "aaa"));
}

TEST(StopwordsTest, EnglishContractionsAreSingleTokens) {
  for (std::string_view word : {"don't", "isn't", "it's", "he's", "can't", "won't", "they're"}) {
    EXPECT_TRUE(IsStopword("en", word)) << word;
  }
  // Only the folded U+0027 apostrophe is listed; U+2019 is normalized upstream.
  EXPECT_FALSE(IsStopword("en", "don\u2019t"));
  EXPECT_FALSE(IsStopword("en", "dont"));
}

TEST(StopwordsTest, WordsMustAlreadyBeFolded) {
  EXPECT_FALSE(IsStopword("en", "The"));
  EXPECT_FALSE(IsStopword("en", "THE"));
  EXPECT_FALSE(IsStopword("en", " the"));
  EXPECT_FALSE(IsStopword("en", "the "));
}

TEST(StopwordsTest, EmptyWordIsNotAStopword) {
  for (std::string_view language : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv"}) {
    EXPECT_FALSE(IsStopword(language, "")) << language;
  }
}

TEST(StopwordsTest, German) {
  EXPECT_TRUE(IsStopword("de", "und"));
  EXPECT_TRUE(IsStopword("de", "der"));
  EXPECT_TRUE(IsStopword("de", "über"));
  EXPECT_TRUE(IsStopword("de", "für"));
  EXPECT_TRUE(IsStopword("de", "dass"));  // "daß" case-folds to "dass".
  EXPECT_FALSE(IsStopword("de", "wahl"));
  EXPECT_FALSE(IsStopword("de", "bundestag"));
}

TEST(StopwordsTest, French) {
  EXPECT_TRUE(IsStopword("fr", "le"));
  EXPECT_TRUE(IsStopword("fr", "à"));
  EXPECT_TRUE(IsStopword("fr", "où"));
  EXPECT_TRUE(IsStopword("fr", "être"));
  EXPECT_FALSE(IsStopword("fr", "grève"));
  EXPECT_FALSE(IsStopword("fr", "cheminots"));
}

TEST(StopwordsTest, Spanish) {
  EXPECT_TRUE(IsStopword("es", "el"));
  EXPECT_TRUE(IsStopword("es", "él"));
  EXPECT_TRUE(IsStopword("es", "también"));
  EXPECT_TRUE(IsStopword("es", "y"));
  EXPECT_FALSE(IsStopword("es", "lluvias"));
}

TEST(StopwordsTest, Italian) {
  EXPECT_TRUE(IsStopword("it", "della"));
  EXPECT_TRUE(IsStopword("it", "è"));
  EXPECT_TRUE(IsStopword("it", "perché"));
  EXPECT_FALSE(IsStopword("it", "governo"));
}

TEST(StopwordsTest, Portuguese) {
  EXPECT_TRUE(IsStopword("pt", "não"));
  EXPECT_TRUE(IsStopword("pt", "você"));
  EXPECT_TRUE(IsStopword("pt", "pelo"));
  EXPECT_FALSE(IsStopword("pt", "cidade"));
}

TEST(StopwordsTest, Dutch) {
  EXPECT_TRUE(IsStopword("nl", "het"));
  EXPECT_TRUE(IsStopword("nl", "zijn"));
  EXPECT_TRUE(IsStopword("nl", "omdat"));
  EXPECT_FALSE(IsStopword("nl", "gemeente"));
}

TEST(StopwordsTest, Russian) {
  EXPECT_TRUE(IsStopword("ru", "и"));
  EXPECT_TRUE(IsStopword("ru", "что"));
  EXPECT_TRUE(IsStopword("ru", "её"));
  EXPECT_TRUE(IsStopword("ru", "ее"));  // Also listed without the diaeresis.
  EXPECT_FALSE(IsStopword("ru", "завод"));
  EXPECT_FALSE(IsStopword("ru", "i"));  // Latin, not Cyrillic.
}

TEST(StopwordsTest, Swedish) {
  EXPECT_TRUE(IsStopword("sv", "och"));
  EXPECT_TRUE(IsStopword("sv", "på"));
  EXPECT_TRUE(IsStopword("sv", "även"));
  EXPECT_FALSE(IsStopword("sv", "riksdagen"));
}

TEST(StopwordsTest, ListsAreLanguageSpecific) {
  EXPECT_TRUE(IsStopword("de", "und"));
  EXPECT_FALSE(IsStopword("en", "und"));
  EXPECT_TRUE(IsStopword("en", "the"));
  EXPECT_FALSE(IsStopword("fr", "the"));
  EXPECT_TRUE(IsStopword("sv", "och"));
  EXPECT_FALSE(IsStopword("nl", "och"));
}

TEST(StopwordsTest, FirstAndLastEntriesAreFound) {
  // Exercises the binary search at both ends of several lists.
  EXPECT_TRUE(IsStopword("en", "a"));
  EXPECT_TRUE(IsStopword("en", "yourselves"));
  EXPECT_TRUE(IsStopword("de", "aber"));
  EXPECT_TRUE(IsStopword("de", "über"));
  EXPECT_TRUE(IsStopword("ru", "а"));
  EXPECT_TRUE(IsStopword("ru", "я"));
  EXPECT_TRUE(IsStopword("sv", "alla"));
  EXPECT_TRUE(IsStopword("sv", "även"));
}

}  // namespace
}  // namespace precis::text
