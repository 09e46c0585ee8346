// Words that hard wrapping hyphenated across a line break ("exam-\nple"),
// and sentence text as a reader should see it.
//
//   std::vector<precis::text::LineEndHyphen> hyphens =
//       precis::text::FindLineEndHyphens(text, is_known_word);
//   std::cout << precis::text::ReadableText(text, sentence, hyphens);
//
// The splitter folds a wrapped line break to a space byte for byte, so
// sentence offsets always point into the input; undoing a line-end hyphen
// removes bytes, so it is done only when the text is shown (ReadableText),
// never to the offsets. Analysis reads such a word as one (analyzer.h).
//
// The rule: a line that ends in a letter and "-" (trailing spaces allowed)
// followed by a line that starts (after indentation) with a lower-case letter
// is a candidate, the halves being the letters around the break. The hyphen
// and the line break are dropped ("exam-\nple" reads "example") when
//  - the hyphenated form ("exam-ple") occurs nowhere else in the text on one
//    line: a compound the text writes with its hyphen keeps it; and
//  - the joined word occurs elsewhere in the text, or `is_known_word` accepts
//    it (the apps ask the built-in English IDF model, which has no
//    "wellknown" or "longterm": real compounds keep their hyphen).
// Otherwise the hyphen stays and the line break reads as nothing ("well-known").
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/export.h"
#include "precis/text/page_breaks.h"

namespace precis::text {

struct LineEndHyphen {
  std::uint32_t hyphen = 0;        // byte offset of the '-'
  std::uint32_t continuation = 0;  // byte offset of the word's second half
  bool join = false;               // true: drop [hyphen, continuation); false: drop the break only
};

// The line-end hyphens of `text` (valid UTF-8), in order, each judged by the
// rule above. `is_known_word` gets the joined word as written ("example").
PRECIS_EXPORT std::vector<LineEndHyphen> FindLineEndHyphens(
    std::string_view text, const std::function<bool(std::string_view)>& is_known_word);
// Same, given FindPageBreaks(text) (a word hyphenated at the foot of a page
// goes on after the break).
PRECIS_EXPORT std::vector<LineEndHyphen> FindLineEndHyphens(
    std::string_view text, std::span<const PageBreak> page_breaks,
    const std::function<bool(std::string_view)>& is_known_word);
// The line-end hyphens as the analyzer reads them (its terms, analyzer.h):
// with no dictionary every joined word counts as known, so a hyphen joins
// unless the text writes the compound elsewhere.
PRECIS_EXPORT std::vector<LineEndHyphen> FindAnalyzedLineEndHyphens(
    std::string_view text, std::span<const PageBreak> page_breaks);

// The text of `span` for display: line breaks (LF, CR, CR LF, U+2028,
// U+2029) as one space each, each of `hyphens` inside the span undone as it
// says (sorted by offset, as FindLineEndHyphens returns them), and each of
// `page_breaks` inside it (page_breaks.h: a form feed and the page numbers
// around it) as one space.
PRECIS_EXPORT std::string ReadableText(std::string_view text, ByteSpan span,
                                       std::span<const LineEndHyphen> hyphens = {},
                                       std::span<const PageBreak> page_breaks = {});

}  // namespace precis::text
