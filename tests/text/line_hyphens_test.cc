#include "precis/text/line_hyphens.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace precis::text {
namespace {

// The whole of `text` as a reader sees it, `known` standing in for the model.
std::string Readable(std::string_view text, std::initializer_list<std::string_view> known = {}) {
  const auto is_known = [&](std::string_view word) {
    for (std::string_view k : known) {
      if (k == word) return true;
    }
    return false;
  };
  const std::vector<LineEndHyphen> hyphens = FindLineEndHyphens(text, is_known);
  return ReadableText(text, {0, static_cast<std::uint32_t>(text.size())}, hyphens);
}

TEST(LineHyphensTest, JoinsAKnownWordSplitByWrapping) {
  EXPECT_EQ(Readable("an exam-\nple of it", {"example"}), "an example of it");
  // Trailing spaces, CR LF and indentation around the break.
  EXPECT_EQ(Readable("an exam- \r\n   ple of it", {"example"}), "an example of it");
}

TEST(LineHyphensTest, KeepsCompoundsAndUnknownWords) {
  // Not a known word: the hyphen stays, the break goes.
  EXPECT_EQ(Readable("a well-\nknown official"), "a well-known official");
  EXPECT_EQ(Readable("the hyphen-\nation rule"), "the hyphen-ation rule");
  // The text writes the compound with its hyphen elsewhere: kept even when
  // the joined word is known.
  EXPECT_EQ(Readable("co-operate now; we co-\noperate", {"cooperate"}),
            "co-operate now; we co-operate");
}

TEST(LineHyphensTest, TheTextItselfCanVouchForTheJoinedWord) {
  EXPECT_EQ(Readable("The Bundes-\nliga and the Bundesliga."),
            "The Bundesliga and the Bundesliga.");
}

TEST(LineHyphensTest, OnlyAHyphenAfterALetterBeforeALowerCaseLine) {
  // A dash between spaces, a capitalised next line, a list dash: line breaks only.
  EXPECT_EQ(Readable("the mayor -\nwho left", {"mayorwho"}), "the mayor - who left");
  EXPECT_EQ(Readable("the north-\nEast", {"northEast"}), "the north- East");
  EXPECT_EQ(Readable("items:\n- one\n- two"), "items: - one - two");
}

TEST(LineHyphensTest, ReadableTextFoldsEveryLineBreakToOneSpace) {
  const std::string text = "one\r\ntwo\rthree\nfour\u2028five\u2029six";
  EXPECT_EQ(ReadableText(text, {0, static_cast<std::uint32_t>(text.size())}),
            "one two three four five six");
  // Only the span's bytes; a hyphen outside the span is not applied.
  const std::string wrapped = "an exam-\nple";
  const auto hyphens = FindLineEndHyphens(wrapped, [](std::string_view) { return true; });
  EXPECT_EQ(ReadableText(wrapped, {0, 7}, hyphens), "an exam");
}

}  // namespace
}  // namespace precis::text
