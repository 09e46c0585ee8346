// Words that, followed by a period, rarely end a sentence in news text.
#pragma once

#include <string_view>

namespace precis::text {

// True when `word` (the letters before a period, case as written) is an
// abbreviation of `language` after which a sentence does not end. "No" (as in
// "No. 10") counts only when the next sentence starts with a digit, which the
// caller checks through `next_starts_with_digit`.
bool IsNonTerminalAbbreviation(std::string_view language, std::string_view word,
                               bool next_starts_with_digit);

}  // namespace precis::text
