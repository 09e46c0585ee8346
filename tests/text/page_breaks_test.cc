#include "precis/text/page_breaks.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/text/line_hyphens.h"

namespace precis::text {
namespace {

// Each page break as the bytes it covers.
std::vector<std::string> Gaps(std::string_view text) {
  std::vector<std::string> gaps;
  for (const PageBreak& b : FindPageBreaks(text)) {
    gaps.emplace_back(text.substr(b.begin, b.end - b.begin));
  }
  return gaps;
}

std::string Readable(std::string_view text) {
  const std::vector<PageBreak> breaks = FindPageBreaks(text);
  return ReadableText(text, {0, static_cast<std::uint32_t>(text.size())}, {}, breaks);
}

TEST(PageBreaksTest, AFormFeedWithItsPageNumberAndBlankLines) {
  // pdftotext: the feed opens the next page's first line, here its number.
  EXPECT_EQ(Gaps("on the\n\n\f-2-\n\napproach ramp."),
            std::vector<std::string>{"\n\n\f-2-\n\n"});
  // A number at the foot of the page, a feed alone on its line, trailing spaces.
  EXPECT_EQ(Gaps("on the  \n\n   12\n\f\nPage 3 of 10\n  approach"),
            std::vector<std::string>{"  \n\n   12\n\f\nPage 3 of 10\n  "});
  // No page number: the feed first on the next page's line of text.
  EXPECT_EQ(Gaps("on the\n\fapproach ramp."), std::vector<std::string>{"\n\f"});
  EXPECT_EQ(Gaps("one\r\n\f[4]\r\ntwo"), std::vector<std::string>{"\r\n\f[4]\r\n"});
}

TEST(PageBreaksTest, NeedsTextOnBothSidesAndAFeedBetweenLines) {
  EXPECT_TRUE(Gaps("\f-1-\n\nThe text.").empty());
  EXPECT_TRUE(Gaps("The text.\n\n\f").empty());
  EXPECT_TRUE(Gaps("a feed\finside a line").empty());
  EXPECT_TRUE(Gaps("no feed\n\n-2-\n\nat all").empty());
}

TEST(PageBreaksTest, OnlyPageNumbersAreFurniture) {
  // "12 apples" and "Chapter 2" are text: the break ends before them.
  EXPECT_EQ(Gaps("end\n\f\n12 apples"), std::vector<std::string>{"\n\f\n"});
  EXPECT_EQ(Gaps("end\n\fChapter 2\n"), std::vector<std::string>{"\n\f"});
}

TEST(PageBreaksTest, AnEmptyPageIsOneBreak) {
  EXPECT_EQ(Gaps("end of one\n\f-2-\n\f-3-\nstart of four"),
            std::vector<std::string>{"\n\f-2-\n\f-3-\n"});
}

TEST(PageBreaksTest, ReadableTextShowsABreakAsOneSpace) {
  EXPECT_EQ(Readable("idled on the\n\n\f-2-\n\napproach ramp."), "idled on the approach ramp.");
  // A word hyphenated at the foot of the page: the hyphen rule applies
  // across the break (unknown word: the hyphen stays, the break goes).
  const std::string text = "three boats carried 1.6 million pas-\n\n\f-5-\n\nsengers a year";
  const std::vector<PageBreak> breaks = FindPageBreaks(text);
  const auto known = [](std::string_view word) { return word == "passengers"; };
  EXPECT_EQ(ReadableText(text, {0, static_cast<std::uint32_t>(text.size())},
                         FindLineEndHyphens(text, known), breaks),
            "three boats carried 1.6 million passengers a year");
  EXPECT_EQ(ReadableText(text, {0, static_cast<std::uint32_t>(text.size())},
                         FindLineEndHyphens(text, [](std::string_view) { return false; }), breaks),
            "three boats carried 1.6 million pas-sengers a year");
}

}  // namespace
}  // namespace precis::text
