#include "summarize/sentence_filter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::summarize {
namespace {

using ::testing::ElementsAre;

// The fit of each sentence of `text` (invented, news-shaped), no headline.
std::vector<SentenceFit> Judge(const std::string& text, int headline = -1) {
  Result<text::Analyzer> analyzer = text::Analyzer::Create({});
  EXPECT_TRUE(analyzer.ok());
  const text::Analysis analysis = analyzer->Analyze(text);
  return JudgeSentences(text, analysis, headline);
}

constexpr SentenceFit kFit = SentenceFit::kFit;

TEST(SentenceFilterTest, KeepsOrdinaryNewsSentences) {
  EXPECT_THAT(Judge("The harbour council approved a new ferry route on Monday. "
                    "Tickets will cost four pounds, officials said."),
              ElementsAre(kFit, kFit));
}

TEST(SentenceFilterTest, RejectsTooShortSentencesAndTableRows) {
  EXPECT_THAT(Judge("Yes.\n\n2.\n\n| Team | Points |\n\n"
                    "The ferry will run twice a day from May."),
              ElementsAre(SentenceFit::kTooShort, SentenceFit::kTooShort,
                          SentenceFit::kTooShort, kFit));
}

TEST(SentenceFilterTest, RejectsBoilerplateLines) {
  EXPECT_THAT(Judge("Scroll down for video\n\nRead more: Ferry fares to rise\n\n"
                    "ADVERTISEMENT - story continues below\n\nShare this article\n\n"
                    "The ferry will run twice a day from May."),
              ElementsAre(SentenceFit::kBoilerplate, SentenceFit::kBoilerplate,
                          SentenceFit::kBoilerplate, SentenceFit::kBoilerplate, kFit));
}

TEST(SentenceFilterTest, RejectsAPageFootersLines) {
  EXPECT_THAT(Judge("The ferry will run twice a day from May.\n\nShare this article\n\n"
                    "Facebook Twitter Email\n\nRelated stories\n\nMore from News\n\n"
                    "We use cookies to improve your experience.\n\n"
                    "\u00A9 2026 Northshore Media Ltd.\n\nAll rights reserved.\n\n"
                    "Tags: ferries, harbour"),
              ElementsAre(kFit, SentenceFit::kBoilerplate, SentenceFit::kBoilerplate,
                          SentenceFit::kTooShort, SentenceFit::kBoilerplate,
                          SentenceFit::kBoilerplate, SentenceFit::kBoilerplate,
                          SentenceFit::kBoilerplate, SentenceFit::kBoilerplate));
  // News that opens with such words is longer, or does not open with the phrase.
  EXPECT_THAT(Judge("Facebook shares fell on Monday.\n\nMore from the interview is on page "
                    "six of the weekend edition, with photographs.\n\n"
                    "Copyright law changed in 2019."),
              ElementsAre(kFit, kFit, kFit));
}

TEST(SentenceFilterTest, RejectsAFootersMenuAndBreadcrumbs) {
  // The splitter makes one sentence of the two unpunctuated lines; each of
  // its words is in a furniture line (text/page_furniture.h).
  EXPECT_THAT(Judge("The ferry will run twice a day from May.\n\n"
                    "Home | Contact us | Privacy | Terms of use\nNews \u203A UK \u203A Transport\n"),
              ElementsAre(kFit, SentenceFit::kBoilerplate));
  // A line of a table (numbers) and a line with a long item are text.
  EXPECT_THAT(Judge("The ferry will run twice a day from May.\n\n"
                    "Ferry | Trips a day | Fare in pounds | 12 | 4\n\n"
                    "Ferries | The new route will carry commuters across the bay daily\n"),
              ElementsAre(kFit, kFit, kFit));
}

TEST(SentenceFilterTest, KeepsLongSentenceAfterBoilerplatePrefix) {
  // A scraped "Watch the video:" prefix on a real sentence keeps the sentence.
  EXPECT_THAT(Judge("Watch the video: The new ferry crossed the bay in eleven minutes on its "
                    "first trip, cutting the journey by half for commuters."),
              ElementsAre(kFit));
}

TEST(SentenceFilterTest, RejectsBylinesAndTimestamps) {
  EXPECT_THAT(Judge("By Jane Marlow\n\n"
                    "Published 14:32 GMT, 3 March 2024 | Updated 16:05 GMT, 3 March 2024\n\n"
                    "The ferry will run twice a day from May."),
              ElementsAre(SentenceFit::kBoilerplate, SentenceFit::kBoilerplate, kFit));
}

TEST(SentenceFilterTest, KeepsSentenceStartingWithBy) {
  EXPECT_THAT(Judge("By the end of the year the ferry will carry a million passengers."),
              ElementsAre(kFit));
}

TEST(SentenceFilterTest, RejectsPhotoCaptionsWithPositionNotes) {
  EXPECT_THAT(Judge("Captain Ellis (left) poses with the crew at the harbour. "
                    "Ellis and Moore (second right) were honoured. "
                    "The ferry (pictured) will run twice a day."),
              ElementsAre(SentenceFit::kCaption, SentenceFit::kCaption, SentenceFit::kCaption));
  // Tokenized text spaces its brackets.
  EXPECT_THAT(Judge("Captain ellis ( left ) poses with the crew ."),
              ElementsAre(SentenceFit::kCaption));
  // Other brackets are prose.
  EXPECT_THAT(Judge("The ferry operator (Bay Lines) will run the route."), ElementsAre(kFit));
}

TEST(SentenceFilterTest, RejectsUnpunctuatedPieceRunningIntoProse) {
  // The splitter cuts a caption off the sentence it ran into; without end
  // punctuation and with text following on the same line, it is a caption.
  const std::string text =
      "The new ferry leaves the harbour at dawn on Monday\nIt was the first crossing. "
      "The crew waves from the deck of the new ferry during trials on Tuesday "
      "The service starts in May.";
  Result<text::Analyzer> analyzer = text::Analyzer::Create({});
  ASSERT_TRUE(analyzer.ok());
  const text::Analysis analysis = analyzer->Analyze(text);
  // Lines: "... on Monday" | "It was ..." | "The crew ... on Tuesday" | "The service ...".
  ASSERT_EQ(analysis.sentences.size(), 4u);
  // A line ending without punctuation (a heading-like line) is not a caption.
  EXPECT_THAT(JudgeSentences(text, analysis, -1),
              ElementsAre(kFit, kFit, SentenceFit::kCaption, kFit));
}

TEST(SentenceFilterTest, HeadlineIsNotJudgedACaption) {
  EXPECT_THAT(Judge("Ferry (pictured) returns to the bay\n\nThe ferry will run twice a day.", 0),
              ElementsAre(kFit, kFit));
}

TEST(SentenceFilterTest, LinesAboveTheHeadlineAreTitleLines) {
  EXPECT_THAT(Judge("World | Europe\n\nAdvertisement\n\nHarbour bridge reopens after three "
                    "years\n\nThe bridge reopened on Saturday after three years of repairs.",
                    2),
              ElementsAre(SentenceFit::kTitle, SentenceFit::kTitle, kFit, kFit));
}

TEST(SentenceFilterTest, RejectsRepeatedSentence) {
  EXPECT_THAT(Judge("\"We will not cut the ferry,\" the mayor said. The route opens in May. "
                    "\"We will not cut the ferry,\" the mayor said."),
              ElementsAre(kFit, kFit, SentenceFit::kDuplicate));
}

}  // namespace
}  // namespace precis::summarize
