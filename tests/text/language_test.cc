// CanonicalLanguage: the tag forms users write reduce to one ISO 639 code,
// and anything that is not a language is refused with a hint.
#include "precis/text/language.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "precis/text/analyzer.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

TEST(LanguageTest, ReducesBcp47AndPosixFormsToTheCode) {
  for (const char* tag : {"de", "DE", "de-DE", "de_DE", "de_DE.UTF-8", "de-Latn-AT", "de@euro"}) {
    Result<std::string> code = text::CanonicalLanguage(tag);
    ASSERT_TRUE(code.ok()) << tag << ": " << code.status().message();
    EXPECT_EQ(*code, "de") << tag;
  }
  EXPECT_EQ(*text::CanonicalLanguage("zh-Hant-TW"), "zh");
  EXPECT_EQ(*text::CanonicalLanguage("pt_BR"), "pt");
  EXPECT_EQ(*text::CanonicalLanguage("ko"), "ko");  // segmented by ICU, no stopwords
}

TEST(LanguageTest, RefusesWhatIsNotALanguageCode) {
  for (const char* tag : {"klingon", "", "-DE", "xx", "d3", "english"}) {
    Result<std::string> code = text::CanonicalLanguage(tag);
    EXPECT_FALSE(code.ok()) << tag;
    if (!code.ok()) {
      EXPECT_EQ(code.status().code(), ErrorCode::kInvalidArgument);
      EXPECT_THAT(code.status().message(), HasSubstr("en, de, fr"));
    }
  }
}

TEST(LanguageTest, SuggestsTheCodeForAnEnglishName) {
  Result<std::string> code = text::CanonicalLanguage("German");
  ASSERT_FALSE(code.ok());
  EXPECT_THAT(code.status().message(), HasSubstr("did you mean 'de'?"));
}

TEST(LanguageTest, AnalyzerKeepsGermanStopwordsUnderARegionTag) {
  // "de-DE" once selected no stopword list at all: "und" was a content term.
  Result<text::Analyzer> analyzer = text::Analyzer::Create({.language = "de-DE"});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  const text::Analysis analysis = analyzer->Analyze("Hunde und Katzen.");
  ASSERT_GE(analysis.tokens.size(), 2u);
  EXPECT_TRUE(analysis.tokens[1].stopword());
  EXPECT_FALSE(analysis.tokens[0].stopword());
}

TEST(LanguageTest, AnalyzerRefusesAnUnknownLanguage) {
  Result<text::Analyzer> analyzer = text::Analyzer::Create({.language = "klingon"});
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace precis::testing
