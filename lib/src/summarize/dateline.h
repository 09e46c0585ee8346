// News wire datelines: the place (and agency) that opens an agency story,
// "BRUSSELS, Belgium (AP) _ The European Union ...". In a summary of several
// articles it names where one of them was filed, not what happened, and it
// spends bytes of the budget; the story summarizer leaves it out.
#pragma once

#include <cstddef>
#include <string_view>

namespace precis::summarize {

// The number of bytes at the start of `sentence` taken by a dateline and the
// dash and spaces after it; 0 when the sentence does not open with one. A
// dateline is, within its first 80 bytes, after any leading spaces:
//   PLACE [, REGION] [(AGENCY)] DASH
// PLACE is one or more words in capitals ("NEW YORK", "ST. LOUIS",
// "WILKES-BARRE"; at least two capital letters, no lowercase letter); REGION
// is one to four capitalised words ("Belgium", "Calif.", "N.Y."); AGENCY is
// one to four capitalised words in brackets ("AP", "Reuters"); DASH is "_",
// "-", "--", an en dash or an em dash, with a space before it and after it.
// Something must follow: a sentence that is only a dateline keeps it.
std::size_t DatelineBytes(std::string_view sentence);

}  // namespace precis::summarize
