// Budgets: each kind is never exceeded, and a non-empty text never gets an
// empty summary.
#include <gtest/gtest.h>

#include <string>

#include "precis/summarize/summarizer.h"
#include "precis/text/analyzer.h"

namespace precis::summarize {
namespace {

const std::string kText =
    "The port authority reopened the northern terminal on Monday after repairs. "
    "Shipping firms had diverted cargo to rival ports for three weeks. "
    "Repairs cost the authority about twelve million euros in total. "
    "Dock workers said the terminal's cranes were now faster than before. "
    "The southern terminal will close for similar work next year.";

Summary SummarizeWith(const SummarizerOptions& options, const std::string& text = kText) {
  Result<Summarizer> summarizer = Summarizer::Create(options);
  EXPECT_TRUE(summarizer.ok()) << summarizer.status().message();
  return summarizer->Summarize(text);
}

std::size_t Words(const Summary& summary, const std::string& text) {
  Result<text::Analyzer> analyzer = text::Analyzer::Create({});
  std::size_t words = 0;
  for (const SummarySentence& s : summary.sentences) {
    words += analyzer->Analyze(s.span.In(text)).tokens.size();
  }
  return words;
}

std::size_t Bytes(const Summary& summary) {
  std::size_t bytes = 0;
  for (const SummarySentence& s : summary.sentences) bytes += s.span.size();
  return bytes;
}

TEST(BudgetTest, SentenceBudget) {
  for (std::size_t n = 1; n <= 7; ++n) {
    const Summary summary = SummarizeWith({.budget = {.sentences = n}});
    EXPECT_EQ(summary.sentences.size(), std::min<std::size_t>(n, 5));
  }
}

TEST(BudgetTest, RatioBudget) {
  EXPECT_EQ(SummarizeWith({.budget = {.ratio = 0.4}}).sentences.size(), 2u);
  EXPECT_EQ(SummarizeWith({.budget = {.ratio = 0.01}}).sentences.size(), 1u);
  EXPECT_EQ(SummarizeWith({.budget = {.ratio = 1.0}}).sentences.size(), 5u);
}

TEST(BudgetTest, WordBudgetNeverExceeded) {
  for (std::size_t w : {1u, 5u, 11u, 12u, 20u, 25u, 40u, 1000u}) {
    const Summary summary = SummarizeWith({.budget = {.words = w}});
    ASSERT_FALSE(summary.sentences.empty()) << w;
    EXPECT_LE(Words(summary, kText), w) << w;
  }
  const Summary tiny = SummarizeWith({.budget = {.words = 3}});
  ASSERT_EQ(tiny.sentences.size(), 1u);
  EXPECT_TRUE(tiny.sentences[0].truncated);
  EXPECT_EQ(Words(tiny, kText), 3u);
}

TEST(BudgetTest, ByteBudgetNeverExceeded) {
  for (std::size_t b : {4u, 7u, 50u, 70u, 140u, 200u, 400u, 10000u}) {
    const Summary summary = SummarizeWith({.budget = {.bytes = b}});
    ASSERT_FALSE(summary.sentences.empty()) << b;
    EXPECT_LE(Bytes(summary), b) << b;
  }
}

TEST(BudgetTest, ByteBudgetCutsAtCharacterBoundaries) {
  const std::string text = "Überraschungsangriffsvorbereitungen fanden statt. Zweiter Satz.";
  Result<Summarizer> summarizer = Summarizer::Create({.budget = {.bytes = 6}});
  const Summary summary = summarizer->Summarize(text);
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_LE(summary.sentences[0].span.size(), 6u);
  // "Ü" is two bytes: the cut never splits a character.
  const std::string_view cut = summary.sentences[0].span.In(text);
  EXPECT_NE(static_cast<unsigned char>(cut.back()) & 0xC0, 0x80) << cut;
}

TEST(BudgetTest, ShortSentenceNeverFillsABudgetAlone) {
  const std::string text =
      "Yes.\n\n2.\n\nThe port authority reopened the northern terminal on Monday after "
      "three weeks of repairs to its cranes.";
  for (const Budget budget : {Budget{.words = 6}, Budget{.bytes = 40}}) {
    const Summary summary = SummarizeWith({.budget = budget}, text);
    ASSERT_EQ(summary.sentences.size(), 1u);
    EXPECT_EQ(summary.sentences[0].index, 2u);
    EXPECT_TRUE(summary.sentences[0].truncated);
  }
}

TEST(BudgetTest, BestSentenceIsCutWhenWholeOnesFillLessThanHalf) {
  const std::string text =
      "The port authority reopened the northern terminal on Monday after three weeks of "
      "repairs to the terminal cranes and the terminal quays. "
      "Weather was mild. "
      "Terminal repairs cost the port authority twelve million euros, more than the port "
      "had planned for the terminal in its budget.";
  // 20 words: only the 3-word second sentence fits whole, less than half the
  // budget, while the best sentence was left out: the best sentence, cut.
  for (Method method : {Method::kTfidf, Method::kLead}) {
    const Summary cut = SummarizeWith({.method = method, .budget = {.words = 20}}, text);
    ASSERT_EQ(cut.sentences.size(), 1u);
    EXPECT_NE(cut.sentences[0].index, 1u);
    EXPECT_TRUE(cut.sentences[0].truncated);
    EXPECT_EQ(Words(cut, text), 20u);
  }
  // 5 words: the second sentence fills more than half the budget, but it
  // says less than the best one: the best sentence, cut, again.
  const Summary stray = SummarizeWith({.budget = {.words = 5}}, text);
  ASSERT_EQ(stray.sentences.size(), 1u);
  EXPECT_NE(stray.sentences[0].index, 1u);
  EXPECT_TRUE(stray.sentences[0].truncated);
  EXPECT_EQ(Words(stray, text), 5u);
  // A budget the best sentence fits keeps sentences whole.
  const Summary whole = SummarizeWith({.budget = {.words = 24}}, text);
  ASSERT_FALSE(whole.sentences.empty());
  for (const SummarySentence& s : whole.sentences) EXPECT_FALSE(s.truncated);
}

TEST(BudgetTest, ByteBudgetNeverExceededNorCutsACharacter) {
  const std::string text =
      "Порт снова открыл северный терминал в понедельник после ремонта кранов. "
      "港口周一在维修后重新开放了北部码头。"
      "Die Reparaturen kosteten die Hafenbehörde rund zwölf Millionen Euro.";
  for (std::size_t b = 4; b <= 260; ++b) {
    const Summary summary = SummarizeWith({.budget = {.bytes = b}}, text);
    ASSERT_FALSE(summary.sentences.empty()) << b;
    EXPECT_LE(Bytes(summary), b) << b;
    for (const SummarySentence& s : summary.sentences) {
      EXPECT_NE(static_cast<unsigned char>(text[s.span.end - 1]) & 0xC0, 0xC0) << b;
      if (s.span.end < text.size()) {
        EXPECT_NE(static_cast<unsigned char>(text[s.span.end]) & 0xC0, 0x80) << b;
      }
    }
  }
}

TEST(BudgetTest, TextShorterThanBudgetReturnsEverything) {
  const std::string text = "One sentence only.";
  const Summary summary = SummarizeWith({.budget = {.sentences = 3}}, text);
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_EQ(summary.sentences[0].span.In(text), text);
}

TEST(BudgetTest, TextWithoutPunctuation) {
  const std::string text = "no punctuation at all just words running on and on";
  for (Method method : {Method::kTfidf, Method::kTextRank, Method::kLead}) {
    const Summary summary = SummarizeWith({.method = method}, text);
    ASSERT_EQ(summary.sentences.size(), 1u);
  }
}

TEST(BudgetTest, EmptyAndBlankTexts) {
  EXPECT_TRUE(SummarizeWith({}, "").sentences.empty());
  EXPECT_TRUE(SummarizeWith({}, "   \n\n ").sentences.empty());
}

TEST(BudgetTest, HeadlineOnlyTextStillGetsASummary) {
  const std::string text = "Just a headline\n";
  const Summary summary = SummarizeWith({}, text);
  ASSERT_EQ(summary.sentences.size(), 1u);
}

TEST(BudgetTest, PunctuationOnlySentences) {
  const std::string text = "!!! ... ??? Real words come here. ---";
  const Summary summary = SummarizeWith({.budget = {.words = 2}}, text);
  EXPECT_FALSE(summary.sentences.empty());
  EXPECT_LE(Words(summary, text), 2u);
}

TEST(BudgetTest, AByteCutOfAWordlessSentenceEndsOnAVisibleCharacter) {
  // No words to cut after: the cut falls between characters, and backs off
  // the spaces before it.
  const std::string text = "* * * * *";
  for (std::size_t b = 4; b <= 8; ++b) {  // 4: the smallest byte budget
    const Summary summary = SummarizeWith({.budget = {.bytes = b}}, text);
    ASSERT_EQ(summary.sentences.size(), 1u) << b;
    const std::string_view shown = summary.sentences[0].span.In(text);
    EXPECT_EQ(shown, text.substr(0, b % 2 == 0 ? b - 1 : b)) << b;
    EXPECT_NE(shown.back(), ' ') << b;
  }
}

}  // namespace
}  // namespace precis::summarize

namespace precis::summarize {
namespace {

TEST(BudgetTest, HugeTextWithHugeBudgetStaysLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    // Distinct sentences: a repeated one is a pull quote and never selected twice.
    text += "Report " + std::to_string(i) + " covers topic " + std::to_string(i % 13) + ". ";
  }
  const Summary summary = SummarizeWith({.budget = {.ratio = 0.5}}, text);
  EXPECT_EQ(summary.sentences.size(), 10000u);
}

}  // namespace
}  // namespace precis::summarize
