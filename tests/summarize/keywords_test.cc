// Keywords are what a reader would tag: no dates, numbers or words of every
// story; the body's usual spelling; dictionary words in Chinese and Japanese.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/summarize/summarizer.h"

namespace precis::summarize {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::Not;
using ::testing::SizeIs;

std::vector<std::string> Keywords(const std::string& text, std::size_t count,
                                  const std::string& language = "en") {
  Result<Summarizer> summarizer = Summarizer::Create({.keywords = count, .language = language});
  EXPECT_TRUE(summarizer.ok()) << summarizer.status().message();
  std::vector<std::string> words;
  for (const Keyword& k : summarizer->Summarize(text).keywords) words.push_back(k.text);
  return words;
}

constexpr const char* kTransferStory =
    "KLOPP SET FOR ARSENAL MOVE IN SEPT\n"
    "\n"
    "Jurgen Klopp could join Arsenal in Sept 2015, the article said. Klopp told reporters at "
    "10 a.m. on Monday that he was happy in Dortmund. His agent said 75 percent of people in "
    "the club agreed, according to the report. Arsenal fans said Klopp would be welcome at "
    "Arsenal by Oct 2015. The year was good for Klopp, people said on Tuesday.";

TEST(KeywordsTest, SkipDatesNumbersClockWordsAndNewsWords) {
  const std::vector<std::string> words = Keywords(kTransferStory, 12);
  EXPECT_THAT(words, SizeIs(12));
  EXPECT_THAT(words, Contains("Klopp"));
  for (const char* untaggable :
       {"Sept", "SEPT", "Oct", "2015", "75", "10", "a.m", "Monday", "Tuesday", "article", "said",
        "told", "according", "percent", "people", "year", "report"}) {
    EXPECT_THAT(words, Not(Contains(untaggable)));
  }
}

TEST(KeywordsTest, SpelledAsTheBodyWritesThemNotAsTheHeadlineShouts) {
  const std::vector<std::string> words = Keywords(kTransferStory, 3);
  EXPECT_THAT(words, Contains("Arsenal"));
  EXPECT_THAT(words, Not(Contains("ARSENAL")));
  EXPECT_THAT(words, Not(Contains("KLOPP")));
  // ALL CAPS in the body too loses to the usual case, even when more frequent.
  const std::vector<std::string> body = Keywords(
      "The HARBOUR was closed. The HARBOUR was dredged. Ships left the harbour at dawn.", 1);
  EXPECT_THAT(body, ::testing::ElementsAre("harbour"));
  // An acronym written only in capitals stays so.
  EXPECT_THAT(Keywords("The IMF lent Greece money. The IMF wants reforms from Greece.", 2),
              Contains("IMF"));
}

TEST(KeywordsTest, AWordHyphenatedAtALineEndIsSpelledWhole) {
  // Hard-wrapped (a PDF copy): the form on one line wins; alone, the wrapped
  // form reads as one word.
  EXPECT_THAT(Keywords("The dredger cleared the har-\nbour. The harbour reopened to ships. The "
                       "dredger left.",
                       2),
              Contains("harbour"));
  EXPECT_THAT(Keywords("The dredger cleared the har-\nbour of silt. The dredger left at dawn.", 5),
              Contains("harbour"));
  EXPECT_THAT(Keywords("The dredger cleared the har-\nbour of silt. The dredger left at dawn.", 5),
              Each(Not(::testing::HasSubstr("\n"))));
}

TEST(KeywordsTest, ChineseAndJapaneseKeywordsAreDictionaryWords) {
  const std::vector<std::string> zh = Keywords(
      "东京电力公司周一表示，福岛核电站的污水处理工作将推迟。东京电力公司说，处理工作需要更多时间。"
      "核电站附近的居民对推迟表示担忧。",
      6, "zh");
  ASSERT_THAT(zh, SizeIs(6));
  const std::vector<std::string> ja = Keywords(
      "東京電力は月曜日、福島第一原子力発電所の処理水の放出を延期すると発表した。"
      "東京電力によると、処理にはさらに時間が必要だという。原子力発電所の近くの住民は延期に懸念を示"
      "した。",
      6, "ja");
  ASSERT_THAT(ja, SizeIs(6));
  // No single character ("福", "水", "说"); no hiragana-only grammar ("すると").
  for (const std::string& word : zh) EXPECT_GT(word.size(), 3u) << word;
  for (const std::string& word : ja) EXPECT_GT(word.size(), 3u) << word;
  EXPECT_THAT(ja, Not(Contains("すると")));
  EXPECT_THAT(ja, Contains("福島"));
}

}  // namespace
}  // namespace precis::summarize
