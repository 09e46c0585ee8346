#include "precis/text/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace precis::text {
namespace {

using ::testing::ElementsAre;

struct Analyzed {
  Analysis analysis;
  std::string text;
  std::vector<std::string> Words() const {
    std::vector<std::string> words;
    for (const Token& token : analysis.tokens) words.emplace_back(token.span.In(text));
    return words;
  }
};

Analyzed Analyze(const std::string& text, AnalyzerOptions options = {}) {
  Result<Analyzer> analyzer = Analyzer::Create(options);
  EXPECT_TRUE(analyzer.ok());
  return {analyzer->Analyze(text), text};
}

std::string Normalize(const std::string& word, AnalyzerOptions options = {}) {
  Result<Analyzer> analyzer = Analyzer::Create(options);
  EXPECT_TRUE(analyzer.ok());
  return analyzer->Normalize(word);
}

TEST(AnalyzerTest, KeepsNumbersHyphenatedWordsAndApostrophesWhole) {
  EXPECT_THAT(Analyze("A well-known firm's 3.5% rise, 1,200 jobs; don't panic.").Words(),
              ElementsAre("A", "well-known", "firm's", "3.5", "rise", "1,200", "jobs", "don't",
                          "panic"));
}

TEST(AnalyzerTest, APdfCopysPageNumbersAreNoWords) {
  // Shingles of a PDF copy must match the article it was made from.
  const Analyzed pdf = Analyze("idled on the\n\n\f-2-\n\napproach ramp.\n\n\fPage 3 of 9\nIt opened.");
  EXPECT_THAT(pdf.Words(), ElementsAre("idled", "on", "the", "approach", "ramp", "It", "opened"));
  EXPECT_EQ(pdf.analysis.sentences.size(), 2u);
}

// The term ids of `text`'s words, in order.
std::vector<std::uint64_t> Terms(const std::string& text) {
  const Analyzed analyzed = Analyze(text);
  std::vector<std::uint64_t> terms;
  for (const Token& token : analyzed.analysis.tokens) terms.push_back(token.term);
  return terms;
}

TEST(AnalyzerTest, AWordHyphenatedAtALineEndIsOneWord) {
  // A hard-wrapped copy (PDF, e-mail) has the terms of the text it was made from.
  const Analyzed wrapped = Analyze("The authority's chief engi-\n  neer blamed the sea-\r\nbed.");
  EXPECT_THAT(wrapped.Words(), ElementsAre("The", "authority's", "chief", "engi-\n  neer",
                                           "blamed", "the", "sea-\r\nbed"));
  EXPECT_EQ(Terms("The authority's chief engi-\n  neer blamed the sea-\r\nbed."),
            Terms("The authority's chief engineer blamed the seabed."));
  // Across a PDF page break, and with its words' sentence.
  const Analyzed paged = Analyze("Cars idled on the ap-\n\n\f-2-\n\nproach ramp. It opened.");
  EXPECT_THAT(paged.Words(), ElementsAre("Cars", "idled", "on", "the", "ap-\n\n\f-2-\n\nproach",
                                         "ramp", "It", "opened"));
  EXPECT_EQ(paged.analysis.tokens[4].sentence, 0u);
  EXPECT_EQ(Terms("Cars idled on the ap-\n\n\f-2-\n\nproach ramp. It opened."),
            Terms("Cars idled on the approach ramp. It opened."));
  // A compound the text also writes whole keeps its hyphen, as one word.
  EXPECT_EQ(Terms("A well-\nknown firm. The well-known firm."),
            Terms("A well-known firm. The well-known firm."));
  // Not a continuation: a capital, a digit, or no line break.
  EXPECT_THAT(Analyze("North-\nEast and 20-\n30 and hard- won").Words(),
              ElementsAre("North", "East", "and", "20", "30", "and", "hard", "won"));
}

// Scraped and pasted text carries characters a reader cannot see or tell
// apart; the terms must not change, or copied text stops matching its source.
TEST(AnalyzerTest, InvisibleAndLookAlikeCharactersLeaveTheTermsAlone) {
  const std::string plain = "The well-known council approved the \"budget\" - at 10 am.";
  std::vector<std::uint64_t> expected;
  for (const Token& token : Analyze(plain).analysis.tokens) expected.push_back(token.term);
  const std::vector<std::pair<std::string, std::string>> variants = {
      {"zero-width space inside a word", "The well-known council appro\u200bved the \"budget\" - at 10 am."},
      {"zero-width joiner", "The well-known council appro\u200dved the \"budget\" - at 10 am."},
      {"word joiner", "The well-known council appro\u2060ved the \"budget\" - at 10 am."},
      {"soft hyphen", "The well-known council appro\u00adved the \"budget\" - at 10 am."},
      {"byte order mark inside", "The well-known council appro\ufeffved the \"budget\" - at 10 am."},
      {"no-break space", "The well-known council approved\u00a0the \"budget\" - at 10 am."},
      {"narrow no-break space", "The well-known council approved the\u202f\"budget\" - at 10\u202fam."},
      {"non-breaking hyphen", "The well\u2011known council approved the \"budget\" - at 10 am."},
      {"hyphen U+2010", "The well\u2010known council approved the \"budget\" - at 10 am."},
      {"typographic quotes and dash", "The well-known council approved the \u201cbudget\u201d \u2014 at 10 am."},
      {"full-width forms", "The well-known council approved the \"\uff42\uff55\uff44\uff47\uff45\uff54\" - at \uff11\uff10 am."},
  };
  for (const auto& [what, text] : variants) {
    std::vector<std::uint64_t> terms;
    for (const Token& token : Analyze(text).analysis.tokens) terms.push_back(token.term);
    EXPECT_EQ(terms, expected) << what;
  }
}

TEST(AnalyzerTest, ReportsByteOffsetsOfEachWord) {
  const Analyzed analyzed = Analyze("Caf\xC3\xA9 open.");
  ASSERT_EQ(analyzed.analysis.tokens.size(), 2u);
  EXPECT_EQ(analyzed.analysis.tokens[0].span, (ByteSpan{0, 5}));
  EXPECT_EQ(analyzed.analysis.tokens[1].span, (ByteSpan{6, 10}));
}

TEST(AnalyzerTest, AssignsWordsToTheirSentences) {
  const Analyzed analyzed = Analyze("One two. Three four five. Six.");
  ASSERT_EQ(analyzed.analysis.sentences.size(), 3u);
  EXPECT_EQ(analyzed.analysis.SentenceTokens(0).size(), 2u);
  EXPECT_EQ(analyzed.analysis.SentenceTokens(1).size(), 3u);
  EXPECT_EQ(analyzed.analysis.SentenceTokens(2).size(), 1u);
  EXPECT_EQ(analyzed.analysis.tokens[4].sentence, 1u);
}

TEST(AnalyzerTest, CutsWordsAtGluedSentenceBoundaries) {
  const Analyzed analyzed = Analyze("Profit doubled.Analysts cheered.");
  ASSERT_EQ(analyzed.analysis.sentences.size(), 2u);
  EXPECT_THAT(analyzed.Words(), ElementsAre("Profit", "doubled", "Analysts", "cheered"));
  EXPECT_EQ(analyzed.analysis.tokens[2].sentence, 1u);
}

TEST(AnalyzerTest, KeepsWordsInsideTheirSentence) {
  // Found by fuzzing: ICU attaches a trailing U+FEFF to the word before it,
  // while the splitter trims it as space.
  const Analyzed analyzed = Analyze("word\xEF\xBB\xBF");
  ASSERT_EQ(analyzed.analysis.sentences.size(), 1u);
  EXPECT_EQ(analyzed.analysis.sentences[0], (ByteSpan{0, 4}));
  EXPECT_THAT(analyzed.Words(), ElementsAre("word"));
}

TEST(AnalyzerTest, FoldsCaseWithNfkc) {
  EXPECT_EQ(Normalize("STRASSE", {.stem = false}), "strasse");
  EXPECT_EQ(Normalize("Stra\xC3\x9F" "e", {.stem = false}), "strasse");
  // Full-width letters and the fi ligature fold to plain ASCII.
  EXPECT_EQ(Normalize("\xEF\xBC\xA1\xEF\xBC\xA2", {.stem = false}), "ab");
  EXPECT_EQ(Normalize("\xEF\xAC\x81ne", {.stem = false}), "fine");
}

TEST(AnalyzerTest, UnifiesTypographicApostrophes) {
  EXPECT_EQ(Normalize("Korea\xE2\x80\x99s", {.stem = false}), "korea's");
  EXPECT_EQ(Normalize("Korea\xE2\x80\x99s"), Normalize("Korea's"));
}

TEST(AnalyzerTest, StemsWithSnowballByLanguage) {
  EXPECT_EQ(Normalize("running"), "run");
  EXPECT_EQ(Normalize("sanctions"), "sanction");
  EXPECT_EQ(Normalize("Korea's"), "korea");
  EXPECT_EQ(Normalize("Häuser", {.language = "de"}), "haus");
  EXPECT_EQ(Normalize("running", {.stem = false}), "running");
}

TEST(AnalyzerTest, TermIdIsXxh3OfNormalizedForm) {
  // Known answers: XXH3-64 (seed 0) of "sanction" and of the empty string.
  EXPECT_EQ(HashTerm(""), 0x2D06800538D394C2ull);
  const Analyzed analyzed = Analyze("Sanctions");
  ASSERT_EQ(analyzed.analysis.tokens.size(), 1u);
  EXPECT_EQ(analyzed.analysis.tokens[0].term, HashTerm("sanction"));
  EXPECT_EQ(analyzed.analysis.tokens[0].term, Analyze("SANCTION").analysis.tokens[0].term);
}

TEST(AnalyzerTest, FlagsStopwordsNumbersAndIdeographs) {
  const Analyzed analyzed = Analyze("The 2017 vote");
  ASSERT_EQ(analyzed.analysis.tokens.size(), 3u);
  EXPECT_TRUE(analyzed.analysis.tokens[0].stopword());
  EXPECT_TRUE(analyzed.analysis.tokens[1].number());
  EXPECT_FALSE(analyzed.analysis.tokens[2].stopword());
  const Analyzed chinese = Analyze("\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8", {.language = "zh"});
  ASSERT_FALSE(chinese.analysis.tokens.empty());
  EXPECT_TRUE(chinese.analysis.tokens[0].flags & Token::kIdeographic);
}

TEST(AnalyzerTest, SegmentsChineseWithDictionary) {
  // 今天下雨 ("it rains today") is two dictionary words, not four characters.
  const Analyzed analyzed =
      Analyze("\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82", {.language = "zh"});
  EXPECT_THAT(analyzed.Words(),
              ElementsAre("\xE4\xBB\x8A\xE5\xA4\xA9", "\xE4\xB8\x8B\xE9\x9B\xA8"));
}

TEST(AnalyzerTest, EmptyTextHasNoSentencesOrTokens) {
  const Analyzed analyzed = Analyze("");
  EXPECT_TRUE(analyzed.analysis.sentences.empty());
  EXPECT_TRUE(analyzed.analysis.tokens.empty());
  EXPECT_EQ(analyzed.analysis.sentence_token_begin.size(), 1u);
}

TEST(AnalyzerTest, ReusedAnalyzerGivesSameResult) {
  Result<Analyzer> analyzer = Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  const std::string text = "Repeated words repeated. Words again.";
  const Analysis first = analyzer->Analyze(text);
  const Analysis second = analyzer->Analyze(text);
  ASSERT_EQ(first.tokens.size(), second.tokens.size());
  for (std::size_t i = 0; i < first.tokens.size(); ++i) {
    EXPECT_EQ(first.tokens[i].term, second.tokens[i].term);
    EXPECT_EQ(first.tokens[i].span, second.tokens[i].span);
  }
}

}  // namespace
}  // namespace precis::text
