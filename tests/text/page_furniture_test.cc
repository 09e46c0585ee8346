#include "precis/text/page_furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::text {
namespace {

// The furniture lines of `text`, as their text.
std::vector<std::string> Furniture(std::string_view text, std::string_view language = "en") {
  Analyzer analyzer = Analyzer::Create({.language = std::string(language)}).value();
  const Analysis analysis = analyzer.Analyze(text);
  std::vector<std::string> lines;
  for (const ByteSpan line : FindFurnitureLines(text, analysis)) {
    lines.emplace_back(line.In(text));
  }
  return lines;
}

using Lines = std::vector<std::string>;

constexpr std::string_view kBody =
    "Harbour bridge reopens after three years of repairs\n\n"
    "The harbour bridge reopened on Monday after three years of repairs, the city said.\n\n"
    "Engineers replaced the deck and the cables, and the first buses crossed at dawn.\n";

TEST(PageFurnitureTest, APagesMenuLabelsAndFooterAreFurniture) {
  const std::string page =
      "Skip to content\n"
      "Home | News | Sport | Business | Weather\n"
      "UK\n\n"
      "Advertisement\n\n" +
      std::string(kBody) +
      "\nShare this article\n"
      "Facebook Twitter Email\n\n"
      "Related stories\n"
      "More from News\n\n"
      "We use cookies to improve your experience.\n"
      "\u00A9 2024 Northshore Wire. All rights reserved.\n";
  EXPECT_EQ(Furniture(page), (Lines{"Skip to content", "Home | News | Sport | Business | Weather",
                                    "UK", "Advertisement", "Share this article",
                                    "Facebook Twitter Email", "Related stories", "More from News",
                                    "We use cookies to improve your experience.",
                                    "\u00A9 2024 Northshore Wire. All rights reserved."}));
}

TEST(PageFurnitureTest, AnArticleWithoutFurnitureHasNone) {
  EXPECT_EQ(Furniture(kBody), Lines{});
  // Short lines of its own (a subheading, a one-word line) are not furniture
  // unless they stand next to furniture.
  EXPECT_EQ(Furniture("The plan\n\nThe council approved the plan on Tuesday.\nWhy?\n"), Lines{});
  EXPECT_EQ(Furniture(""), Lines{});
}

TEST(PageFurnitureTest, ALongLineOpeningWithAPhraseIsText) {
  // Nine words: more than a label or a link.
  EXPECT_EQ(Furniture("Read more about the plan in the council's own report.\n"), Lines{});
  EXPECT_EQ(Furniture("Read more about the plan\n"), Lines{"Read more about the plan"});
  // The phrase must open the line.
  EXPECT_EQ(Furniture("Facebook shares fell on Monday.\nShares of Facebook Twitter fell.\n"),
            Lines{});
}

TEST(PageFurnitureTest, MenusAndBreadcrumbsInAnyLanguage) {
  EXPECT_EQ(Furniture("World \u203A Europe \u203A Climate change\n"),
            Lines{"World \u203A Europe \u203A Climate change"});
  EXPECT_EQ(Furniture("Startseite | Politik | Wirtschaft | Sport\n", "de"),
            Lines{"Startseite | Politik | Wirtschaft | Sport"});
  EXPECT_EQ(Furniture("Home \u00BB News \u00BB UK\n"), Lines{"Home \u00BB News \u00BB UK"});
  EXPECT_EQ(Furniture("Home|News|Sport\r\n\r\nThe council met on Tuesday.\r\n"),
            Lines{"Home|News|Sport"});
}

TEST(PageFurnitureTest, LinesWithSeparatorsThatAreNoMenu) {
  // A table row (digits), an item of more than four words, a sentence.
  EXPECT_EQ(Furniture("Arsenal | 12 | 8 | 3\n"), Lines{});
  EXPECT_EQ(Furniture("Home | The council approved the new budget\n"), Lines{});
  EXPECT_EQ(Furniture("Rain | then sun.\n"), Lines{});
  // Quotation marks and list bullets are not separators: a Russian headline
  // with guillemets, a bulleted list.
  EXPECT_EQ(Furniture("\u041D\u0430 \u0437\u0430\u0432\u043E\u0434\u0435 \u00AB\u0421\u0435\u0432"
                      "\u0435\u0440\u043D\u044B\u0439\u00BB \u0437\u0430\u043F\u0443\u0441\u0442"
                      "\u0438\u043B\u0438 \u043B\u0438\u043D\u0438\u044E\n",
                      "ru"),
            Lines{});
  EXPECT_EQ(Furniture("\u2022 Libraries close on Sundays\n\u2022 Bus fares rise\n"), Lines{});
}

TEST(PageFurnitureTest, OnlyLabelsNextToFurnitureJoinIt) {
  // "UK" and "Politics" under the menu; "Analysis" further down is the
  // article's own.
  EXPECT_EQ(Furniture("News | Sport\nUK\nPolitics\n\nThe council met on Tuesday and voted.\n\n"
                      "Analysis\n\nThe vote was close, and the mayor said so.\n"),
            (Lines{"News | Sport", "UK", "Politics"}));
}

TEST(PageFurnitureTest, StartsWithFurniturePhraseFoldsCase) {
  EXPECT_TRUE(StartsWithFurniturePhrase("ADVERTISEMENT"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Skip to main content"));
  EXPECT_TRUE(StartsWithFurniturePhrase("\u00A9 2024 Northshore Wire"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Tags: council, budget"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Skipper leads the crew"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Copyright law changed in 2019."));
  EXPECT_FALSE(StartsWithFurniturePhrase(""));
}

TEST(PageFurnitureTest, StartsWithFurniturePhraseOpensWithWholeWords) {
  EXPECT_TRUE(StartsWithFurniturePhrase("Read more"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Read more: the council's plan"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Read moreover"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Advertisements for the new line"));
}

TEST(PageFurnitureTest, FurniturePhrasesOfOtherLanguagesFoldCase) {
  EXPECT_TRUE(StartsWithFurniturePhrase("LESEN SIE AUCH"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Lire aussi : la gr\u00E8ve continue"));
  EXPECT_TRUE(StartsWithFurniturePhrase("\u00C0 LIRE AUSSI"));  // folds the accented capital
  EXPECT_TRUE(StartsWithFurniturePhrase("Noticias relacionadas"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Tutti i diritti riservati"));
  EXPECT_TRUE(StartsWithFurniturePhrase("Leia tamb\u00E9m"));
  EXPECT_TRUE(StartsWithFurniturePhrase(  // Читайте также
      "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435"));
  // Whole words: "Torna su" (back to top) is no opening of "Torna sulla".
  EXPECT_TRUE(StartsWithFurniturePhrase("Torna su"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Torna sulla scena il festival"));
}

TEST(PageFurnitureTest, AdvertisingLabelsAreFurnitureOnlyAsAWholeLine) {
  EXPECT_TRUE(StartsWithFurniturePhrase("Anzeige"));
  EXPECT_TRUE(StartsWithFurniturePhrase("PUBLICIT\u00C9"));
  EXPECT_TRUE(StartsWithFurniturePhrase("\u0420\u0435\u043A\u043B\u0430\u043C\u0430"));  // Реклама
  EXPECT_TRUE(StartsWithFurniturePhrase("Publicidad:"));
  // The same word opening a headline.
  EXPECT_FALSE(StartsWithFurniturePhrase("Anzeige gegen den B\u00FCrgermeister"));
  EXPECT_FALSE(StartsWithFurniturePhrase("Publicidad enga\u00F1osa: multa a una cadena"));
}

TEST(PageFurnitureTest, AGermanPagesFurnitureIsFound) {
  const std::string page =
      "Zum Inhalt springen\n"
      "Startseite | Politik | Wirtschaft\n\n"
      "Anzeige\n\n"
      "Der Stadtrat hat am Montag den Haushalt beschlossen.\n\n"
      "Mehr zum Thema\n"
      "Artikel teilen\n"
      "\u00A9 2024 Nordkurier. Alle Rechte vorbehalten.\n";
  EXPECT_EQ(Furniture(page, "de"),
            (Lines{"Zum Inhalt springen", "Startseite | Politik | Wirtschaft", "Anzeige",
                   "Mehr zum Thema", "Artikel teilen",
                   "\u00A9 2024 Nordkurier. Alle Rechte vorbehalten."}));
}

TEST(PageFurnitureTest, HasNavigationSeparatorNeedsItemsOnBothSides) {
  EXPECT_TRUE(HasNavigationSeparator("Home | News"));
  EXPECT_TRUE(HasNavigationSeparator("Home|News"));
  EXPECT_TRUE(HasNavigationSeparator("UK \u00B7 Politics"));
  EXPECT_FALSE(HasNavigationSeparator("Home |"));
  EXPECT_FALSE(HasNavigationSeparator("| Home"));
  EXPECT_FALSE(HasNavigationSeparator("col\u00B7legi electoral"));
  EXPECT_FALSE(HasNavigationSeparator("\u00BBSo nicht\u00AB, sagte sie"));
  EXPECT_FALSE(HasNavigationSeparator("\u2022 Bus fares rise"));
}

TEST(PageFurnitureTest, EndsWithSentencePunctuationLooksPastClosingQuotes) {
  EXPECT_TRUE(EndsWithSentencePunctuation("It rained."));
  EXPECT_TRUE(EndsWithSentencePunctuation("\"It rained.\""));
  EXPECT_TRUE(EndsWithSentencePunctuation("(It rained!)"));
  EXPECT_TRUE(EndsWithSentencePunctuation("\u201CIt rained?\u201D"));
  EXPECT_TRUE(EndsWithSentencePunctuation("\u96E8\u3002"));
  EXPECT_TRUE(EndsWithSentencePunctuation("It rained\u2026"));
  EXPECT_FALSE(EndsWithSentencePunctuation("Harbour bridge reopens"));
  EXPECT_FALSE(EndsWithSentencePunctuation("\"\""));
  EXPECT_FALSE(EndsWithSentencePunctuation(""));
}

}  // namespace
}  // namespace precis::text
