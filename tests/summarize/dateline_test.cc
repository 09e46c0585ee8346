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
  EXPECT_EQ(DatelineBytes(""), 0u);
}

}  // namespace
}  // namespace precis::summarize
