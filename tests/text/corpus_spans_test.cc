// Span properties on every shipped corpus file, and the hand-checked golden
// segmentation of the sample article.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "precis/text/analyzer.h"
#include "precis/text/decode.h"
#include "text/unicode_util.h"
#include "support/read_file.h"

namespace precis::text {
namespace {

bool AllWhitespace(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint c = CodePointAt(text, i);
    if (!IsSpace(c.value)) return false;
    i += c.length;
  }
  return true;
}

std::string LanguageOf(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  const std::size_t dash = name.find('-');
  if (dash == 2) return name.substr(0, 2);
  return "en";
}

void ExpectSpanProperties(const std::string& text, const Analysis& analysis,
                          const std::string& name) {
  std::uint32_t previous_end = 0;
  for (const ByteSpan sentence : analysis.sentences) {
    ASSERT_LT(sentence.begin, sentence.end) << name;
    ASSERT_LE(sentence.end, text.size()) << name;
    ASSERT_LE(previous_end, sentence.begin) << name << ": sentences overlap";
    EXPECT_TRUE(AllWhitespace(std::string_view(text).substr(previous_end,
                                                            sentence.begin - previous_end)))
        << name << ": non-whitespace between sentences before byte " << sentence.begin;
    EXPECT_FALSE(IsSpace(CodePointAt(text, sentence.begin).value)) << name;
    EXPECT_FALSE(IsSpace(CodePointBefore(text, sentence.end).value)) << name;
    previous_end = sentence.end;
  }
  EXPECT_TRUE(AllWhitespace(std::string_view(text).substr(previous_end))) << name;
  for (const Token& token : analysis.tokens) {
    const ByteSpan sentence = analysis.sentences[token.sentence];
    EXPECT_LE(sentence.begin, token.span.begin) << name;
    EXPECT_LE(token.span.end, sentence.end) << name;
  }
}

TEST(CorpusSpansTest, EveryCorpusFileHasWellFormedSpans) {
  int files = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) + "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const std::string bytes = testing::ReadFileBytes(entry.path());
    Result<DecodedText> decoded = Decode(bytes, {});
    ASSERT_TRUE(decoded.ok()) << entry.path() << ": " << decoded.status().message();
    Result<Analyzer> analyzer = Analyzer::Create({.language = LanguageOf(entry.path())});
    ASSERT_TRUE(analyzer.ok());
    const Analysis analysis = analyzer->Analyze(decoded->text);
    EXPECT_FALSE(analysis.sentences.empty()) << entry.path();
    ExpectSpanProperties(decoded->text, analysis, entry.path().filename().string());
  }
  EXPECT_GE(files, 5);
}

TEST(CorpusSpansTest, SampleArticleMatchesHandCheckedSegmentation) {
  const std::string text =
      testing::ReadFileBytes(std::string(PRECIS_SOURCE_DIR) + "/corpus/000_7607a87248a232cc.txt");
  std::istringstream golden(
      testing::ReadFileBytes(std::string(PRECIS_SOURCE_DIR) + "/tests/golden/sample-article.sentences.txt"));
  Result<Analyzer> analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  const Analysis analysis = analyzer->Analyze(text);
  std::string expected;
  std::size_t index = 0;
  while (std::getline(golden, expected)) {
    ASSERT_LT(index, analysis.sentences.size());
    EXPECT_EQ(analysis.sentences[index].In(text), expected) << "sentence " << index;
    ++index;
  }
  EXPECT_EQ(index, analysis.sentences.size());
  EXPECT_EQ(index, 27u);
}

}  // namespace
}  // namespace precis::text
