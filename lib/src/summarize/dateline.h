// News wire datelines: the place (and agency) that opens an agency story,
// "BRUSSELS, Belgium (AP) _ The European Union ...", "(CNN)They may ...". A
// summary's reader learns nothing about the story from it, and it spends
// bytes of the budget; both summarizers leave it out of the first body
// sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/text/analyzer.h"

namespace precis::summarize {

// The number of bytes at the start of `sentence` taken by a dateline and the
// dash and spaces after it; 0 when the sentence does not open with one. A
// dateline lies within the first 80 bytes, after any leading spaces, and is
// one of:
//   PLACE [, REGION] (AGENCY) DASH      "NEW YORK (Reuters) - "
//   PLACE , REGION DASH                 "WILKES-BARRE, Pa. _ "
//   PLACE DASH                          "WASHINGTON _ ": PLACE of 3+ letters,
//                                       DASH not a lone hyphen or en dash
//                                       (those join names: "US - China"), and
//                                       the text after it opens with a
//                                       capital, digit or double quote
//   (AGENCY) DASH                       "(Reuters) - "
//   [TITLE [, REGION]] (AGENCY)TEXT     "(CNN)They", "Boston (CNN)Guilty":
//                                       the bracket glued to TEXT, which
//                                       opens with a capital or double quote
//   ( agency ) text                     "( cnn ) two": tokenized text, one
//                                       word of 2+ letters, not a numeral
//                                       like "( ii )"
// PLACE is one or more words in capitals ("NEW YORK", "ST. LOUIS",
// "WILKES-BARRE"; at least two capital letters, no lowercase letter); TITLE
// is one to six capitalised words ("New Delhi"); REGION is one to four
// capitalised words ("Belgium", "Calif.", "N.Y.") or a date, a month and a
// day ("March 3", "Sept. 14", "Dec 2"); AGENCY is one to four
// capitalised words ("AP", "The Hollywood Reporter"); DASH is "_", "-",
// "--", an en dash or an em dash, with a space before it (or a line break:
// the wrap put the dash first on a line) and after it.
// Something must follow: a sentence that is only a dateline keeps it.
std::size_t DatelineBytes(std::string_view sentence);

// The sentences of `analysis` (an analysis of `text`) as a summary shows
// them: each sentence's span, except that the first body sentence (the one
// after `headline`, an index or -1: headline.h) starts after its dateline.
// When that sentence is all dateline and its dash opens the next sentence
// (the wrap broke the line before the dash), it shows nothing (an empty span
// at its end) and the next sentence starts after the dash.
std::vector<ByteSpan> ShownSpans(std::string_view text, const text::Analysis& analysis,
                                 int headline);

}  // namespace precis::summarize
