#include "summarize/dateline.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace precis::summarize {
namespace {

// What a summary shows of `sentence` once its dateline is left out.
std::string_view Shown(std::string_view sentence) {
  return sentence.substr(DatelineBytes(sentence));
}

TEST(DatelineTest, StripsAgencyDatelines) {
  EXPECT_EQ(Shown("WEXLEY, England (AP) _ The council approved the budget."),
            "The council approved the budget.");
  EXPECT_EQ(Shown("NEW YORK (Reuters) - Ferry fares rose on Monday."),
            "Ferry fares rose on Monday.");
  EXPECT_EQ(Shown("  ST. LOUIS, Mo. (AP) -- The bridge reopened."), "The bridge reopened.");
}

TEST(DatelineTest, ALineBreakMayStandBeforeTheDash) {
  EXPECT_EQ(Shown("PORT CALLOW, Sept. 14 (Northshore Wire)\n\u2014 The bridge reopened."),
            "The bridge reopened.");
  EXPECT_EQ(Shown("NEW YORK (Reuters)\r\n- Ferry fares rose on Monday."),
            "Ferry fares rose on Monday.");
}

TEST(DatelineTest, StripsDatedDatelines) {
  EXPECT_EQ(Shown("LONDON, March 3 (Reuters) - Shares rose on Monday."), "Shares rose on Monday.");
  EXPECT_EQ(Shown("PORT CALLOW, Sept. 14 (Northshore Wire) \u2014 The bridge reopened."),
            "The bridge reopened.");
  EXPECT_EQ(Shown("NEW YORK, Dec 2 -- Stocks fell."), "Stocks fell.");
  // Not a day after the month: a year, or no number at all, is no date.
  EXPECT_EQ(Shown("LONDON, March 2024 (Reuters) - Shares rose."),
            "LONDON, March 2024 (Reuters) - Shares rose.");
  EXPECT_EQ(Shown("PARIS, Lyon 3 (AFP) - Rain fell."), "PARIS, Lyon 3 (AFP) - Rain fell.");
}

TEST(DatelineTest, StripsPlaceWithoutAgency) {
  EXPECT_EQ(Shown("WASHINGTON \u2014 The Senate voted on Tuesday."),
            "The Senate voted on Tuesday.");
  EXPECT_EQ(Shown("WILKES-BARRE, Pa. _ A mine flooded."), "A mine flooded.");
}

TEST(DatelineTest, KeepsOrdinarySentences) {
  EXPECT_EQ(DatelineBytes("The council approved the budget - barely."), 0u);
  EXPECT_EQ(DatelineBytes("U.S. officials said the talks - held in secret - had failed."), 0u);
  EXPECT_EQ(DatelineBytes("WASHINGTON, Bill Clinton said, is a city of rumours."), 0u);
  EXPECT_EQ(DatelineBytes("Nairobi (AP) _ lowercase letters make it a name, not a dateline."), 0u);
  EXPECT_EQ(DatelineBytes("WASHINGTON_ no space before the dash."), 0u);
}

TEST(DatelineTest, KeepsADatelineWithNothingAfterIt) {
  EXPECT_EQ(DatelineBytes("LONDON (AP) _ "), 0u);
  EXPECT_EQ(DatelineBytes("(CNN)"), 0u);
  EXPECT_EQ(DatelineBytes("( cnn ) "), 0u);
  EXPECT_EQ(DatelineBytes(""), 0u);
}

TEST(DatelineTest, StripsAnAgencyAloneInBrackets) {
  EXPECT_EQ(Shown("(CNN) -- The bridge reopened."), "The bridge reopened.");
  EXPECT_EQ(Shown("(Reuters) - Ferry fares rose on Monday."), "Ferry fares rose on Monday.");
}

TEST(DatelineTest, StripsAnAgencyGluedToTheSentence) {
  // CNN's scraped articles: no space between the bracket and the text.
  EXPECT_EQ(Shown("(CNN)The bridge reopened."), "The bridge reopened.");
  EXPECT_EQ(Shown("(CNN)\"A long time ago,\" he sang."), "\"A long time ago,\" he sang.");
  EXPECT_EQ(Shown("(The Weekly Courier)Ferries ran late."), "Ferries ran late.");
  EXPECT_EQ(Shown("WASHINGTON (CNN)The Senate voted."), "The Senate voted.");
  // ... after a place in capitalised words, which needs the glued bracket.
  EXPECT_EQ(Shown("Boston (CNN)Guilty on every count."), "Guilty on every count.");
  EXPECT_EQ(Shown("New Delhi, India (CNN)As the earth shook, offices emptied."),
            "As the earth shook, offices emptied.");
}

TEST(DatelineTest, StripsATokenizedAgency) {
  // Tokenized, lower-cased CNN/DailyMail text.
  EXPECT_EQ(Shown("( cnn ) two heroes survived the quake ."), "two heroes survived the quake .");
}

TEST(DatelineTest, KeepsNamesJoinedByADash) {
  EXPECT_EQ(DatelineBytes("US - China talks resumed on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("US \u2014 China talks resumed on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("NATO - Russia talks resumed on Monday."), 0u);
  // An acronym and an aside between hyphens (bbc-dev has one such sentence).
  EXPECT_EQ(DatelineBytes("OPEC - Vienna's best-known tenant - said output would rise."), 0u);
  EXPECT_EQ(DatelineBytes("NATO \u2013 Russia talks resumed on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("NASA -- the space agency -- said it would wait."), 0u);
  EXPECT_EQ(DatelineBytes("BBC _ and its rivals _ bid for the rights."), 0u);
}

TEST(DatelineTest, KeepsAcronymsAndBracketsOfOrdinarySentences) {
  EXPECT_EQ(DatelineBytes("NASA said on Monday that the launch would wait."), 0u);
  EXPECT_EQ(DatelineBytes("The Pensions Policy Institute (PPI) said rates would rise."), 0u);
  EXPECT_EQ(DatelineBytes("The Pensions Policy Institute (PPI) - a think tank - said so."), 0u);
  EXPECT_EQ(DatelineBytes("Apple (AAPL)'s shares rose on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("Boston (CNN) reported the verdict on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("(CNN) reported the verdict on Monday."), 0u);
  EXPECT_EQ(DatelineBytes("(a) The council shall meet monthly."), 0u);
  EXPECT_EQ(DatelineBytes("( a ) the council shall meet monthly ."), 0u);
  EXPECT_EQ(DatelineBytes("( ii ) the council shall meet monthly ."), 0u);
  EXPECT_EQ(DatelineBytes("( cnn reports ) the council met ."), 0u);
}

}  // namespace
}  // namespace precis::summarize
