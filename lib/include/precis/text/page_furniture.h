// Page furniture: the lines a website puts around every article it serves (a
// menu, "Skip to content", "Advertisement", sharing links, cookie and
// copyright lines). They say nothing about the article, and two unrelated
// articles scraped from one site share them word for word.
//
//   const precis::text::Analysis& analysis = ...;  // of `text`
//   for (precis::ByteSpan line : precis::text::FindFurnitureLines(text, analysis)) {
//     // line.In(text) is furniture: "Home | News | Sport", "Share this article"
//   }
//
// A line is the text between two line breaks, its surrounding blanks left out.
// It is furniture when
//  - it has at most kMaxFurnitureWords words and opens with a furniture phrase
//    (StartsWithFurniturePhrase): a label, a link, a footer's line;
//  - or it is a menu or a breadcrumb trail: items of at most
//    kMaxMenuItemWords words between navigation separators
//    (IsNavigationSeparator), no digits and no end punctuation;
//  - or it is a label of at most kMaxLabelWords words without end punctuation
//    in a run of such lines next to a furniture line: the section name under
//    the menu ("UK").
// Words are the analysis' tokens. The phrases are English, German, French,
// Spanish, Italian, Portuguese and Russian; menus and labels are found in
// any language.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/export.h"
#include "precis/text/analyzer.h"

namespace precis::text {

// A longer line that opens with a furniture phrase is text ("Read more about
// the plan in the council's own report, published on Monday.").
inline constexpr std::size_t kMaxFurnitureWords = 8;
// Words an item of a menu may have ("Business", "Climate change").
inline constexpr std::size_t kMaxMenuItemWords = 4;
// Words a section label next to furniture may have ("UK", "World news").
inline constexpr std::size_t kMaxLabelWords = 3;

// Whether `line` opens, case folded and with whole words, with one of the
// phrases of a page's labels, links and footer: "Advertisement", "Skip to
// content", "Share this", "Related stories", "More from", "We use cookies",
// "All rights reserved", "© ", "Tags:", "Lesen Sie auch", "Lire aussi",
// "Читайте также" and the like (the lists are in page_furniture.cc); or is
// a one-word advertising label ("Anzeige", "Publicité"), which opens
// headlines too, as the whole line. Says nothing of the line's length: see
// kMaxFurnitureWords.
PRECIS_EXPORT bool StartsWithFurniturePhrase(std::string_view line);

// Whether `line` ends with sentence punctuation (. ! ? : ; … and their
// full-width forms), possibly followed by closing quotes or brackets.
PRECIS_EXPORT bool EndsWithSentencePunctuation(std::string_view line);

// Whether `line` holds a navigation separator between two items (text on
// both sides of it on the line): "|", or one of "•" "·" "›" "»" between
// blanks. So a closing quotation mark («подшипник», »so«), a Catalan
// "col·legi" and a list item's bullet ("• Libraries close") are none.
PRECIS_EXPORT bool HasNavigationSeparator(std::string_view line);

// The furniture lines of `text`, in order (see the overview); `analysis` is
// the text's analysis, whose tokens count the words.
PRECIS_EXPORT std::vector<ByteSpan> FindFurnitureLines(std::string_view text,
                                                       const Analysis& analysis);

// Per token of `analysis` (of `text`): whether it lies in a furniture line.
// Empty when the text has none, which is nearly always.
PRECIS_EXPORT std::vector<bool> FindFurnitureTokens(std::string_view text,
                                                    const Analysis& analysis);

}  // namespace precis::text
