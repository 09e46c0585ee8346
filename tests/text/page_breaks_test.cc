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

TEST(PageBreaksTest, RunningHeadsAndFeetAreFurniture) {
  // The same line (up to its digits) next to two page breaks is a running
  // head or foot, whatever it says.
  const std::string text =
      "ferry run by the\nNorthshore Gazette | Sept. 14, 2026 | 1\n\f\nThe Harbour Bridge\n"
      "state National Guard. Steel for\nNorthshore Gazette | Sept. 14, 2026 | 2\n\f\n"
      "The Harbour Bridge\nthe new deck came from a mill.";
  EXPECT_EQ(Gaps(text),
            (std::vector<std::string>{
                "\nNorthshore Gazette | Sept. 14, 2026 | 1\n\f\nThe Harbour Bridge\n",
                "\nNorthshore Gazette | Sept. 14, 2026 | 2\n\f\nThe Harbour Bridge\n"}));
  EXPECT_EQ(Readable(text),
            "ferry run by the state National Guard. Steel for the new deck came from a mill.");
  // A head of two lines (title left, date right, as pdftotext writes them),
  // with a page number at the foot.
  EXPECT_EQ(Readable("idled on the\n\nPage 1\n\n\fNorthshore Gazette\n\nSept. 14, 2026\n\n"
                     "approach ramp. Survey\n\nPage 2\n\n\fNorthshore Gazette\n\n"
                     "Sept. 14, 2026\n\ncrews found clay."),
            "idled on the approach ramp. Survey crews found clay.");
  // Next to one page break only, a line is text: nothing says it repeats.
  EXPECT_EQ(Gaps("ferry run by the\n\fThe Harbour Bridge\nstate National Guard."),
            std::vector<std::string>{"\n\f"});
  // A one-line page next to two breaks is not a head.
  EXPECT_EQ(Gaps("end of one\n\fa page of one line\n\fstart of three").size(), 2u);
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
