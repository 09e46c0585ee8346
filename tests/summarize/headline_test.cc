#include "summarize/headline.h"

#include <gtest/gtest.h>

#include <string>

#include "precis/text/analyzer.h"

namespace precis::summarize {
namespace {

// The headline of `text` (invented, news-shaped): a sentence index or -1.
int HeadlineOf(const std::string& text) {
  Result<text::Analyzer> analyzer = text::Analyzer::Create({});
  EXPECT_TRUE(analyzer.ok());
  const text::Analysis analysis = analyzer->Analyze(text);
  return FindHeadline(text, analysis);
}

const std::string kBody =
    "The rebuilt harbour bridge reopened to traffic on Saturday. Crews worked through the night.";

TEST(HeadlineTest, FirstTitleLineIsTheHeadline) {
  EXPECT_EQ(HeadlineOf("Harbour bridge reopens\n\n" + kBody), 0);
  // Even of one word, when nothing below looks more like one.
  EXPECT_EQ(HeadlineOf("Obituary\n" + kBody), 0);
}

TEST(HeadlineTest, NoTitleLineNoHeadline) {
  EXPECT_EQ(HeadlineOf(kBody), -1);
  EXPECT_EQ(HeadlineOf("Only a title without end punctuation"), -1);
  // A caption run into the prose on the same line is no title line.
  EXPECT_EQ(HeadlineOf("Crowds on the bridge at dawn " + kBody), -1);
}

TEST(HeadlineTest, ScrapedPageFurnitureAboveTheHeadlineIsSkipped) {
  // Navigation with separators and an advertisement label.
  EXPECT_EQ(HeadlineOf("Home | News | Sport | Weather\n\nAdvertisement\n\n"
                       "Harbour bridge reopens after three years\n\n" +
                       kBody),
            2);
  // A breadcrumb trail with another separator.
  EXPECT_EQ(HeadlineOf("News \u203A Local \u203A Harbour\n"
                       "Harbour bridge reopens after three years\n" +
                       kBody),
            1);
  // A section name.
  EXPECT_EQ(HeadlineOf("Politics\n\nHarbour bridge reopens after three years\n\n"
                       "By Jane Marlow\n\n" +
                       kBody),
            1);
}

TEST(HeadlineTest, LinesBelowTheHeadlineAreBody) {
  // A standfirst without a full stop (as BBC pages have) is not a second title.
  EXPECT_EQ(HeadlineOf("Harbour bridge reopens\n\nThe town's east side is joined to its hospital "
                       "again after three years\n\n" +
                       kBody),
            0);
}

TEST(HeadlineTest, OnlyTheFirstTitleLinesAreLookedAt) {
  std::string text;
  for (int i = 0; i < 8; ++i) text += "Item " + std::to_string(i) + "\n\n";
  EXPECT_EQ(HeadlineOf(text + "The harbour bridge reopens\n\n" + kBody), 0);
  text.erase(0, text.find('\n') + 2);
  EXPECT_EQ(HeadlineOf(text + "The harbour bridge reopens\n\n" + kBody), 7);
}

TEST(HeadlineTest, PunctuatedTitleAloneOnLineOne) {
  EXPECT_EQ(HeadlineOf("Will the harbour bridge ever open?\n\n" + kBody), 0);
  EXPECT_EQ(HeadlineOf("Will the bridge open?\n" + kBody), -1);
}

}  // namespace
}  // namespace precis::summarize
