// Page breaks of text copied out of a PDF (pdftotext writes a form feed
// between pages), with the page furniture around them: blank lines, page
// numbers ("-2-", "12", "Page 3", "Page 3 of 10", "[4]") and running heads
// and feet (one of the two text lines on either side of a page break whose
// text, digits aside, is also next to another page break: "Northshore
// Gazette | Sept. 14, 2026 | 2").
//
//   for (const precis::text::PageBreak& b : precis::text::FindPageBreaks(text)) {
//     // text[b.begin, b.end) lies between two pages: shown as one space when
//     // a sentence runs on across it.
//   }
//
// The sentence splitter lets a sentence run on across a page break when the
// page ended without end punctuation (the usual line-folding rules then
// decide, as for any line break), and never makes a sentence of a page
// number; ReadableText shows a page break inside a sentence as one space.
// A head on only one page break (a PDF of two pages) is taken for text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/export.h"

namespace precis::text {

struct PageBreak {
  std::uint32_t begin = 0;  // just after the last visible character of a page
  std::uint32_t end = 0;    // the first character of the next page's text
};

// The page breaks of `text` (valid UTF-8), in order: each form feed that has
// text on both sides, widened over the whitespace and page-number lines
// around it. A form feed at the start or end of the text is not one.
PRECIS_EXPORT std::vector<PageBreak> FindPageBreaks(std::string_view text);

}  // namespace precis::text
