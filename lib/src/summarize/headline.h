// News headline detection.
#pragma once

#include <string_view>

#include "precis/text/analyzer.h"

namespace precis::summarize {

// The index of the headline sentence (0) or -1. The first sentence is a
// headline when the text has another sentence after it and either
//  - it does not end with sentence punctuation (. ! ? : … and their
//    full-width forms, possibly followed by closing quotes or brackets) and a
//    line break follows it: a title line, not a sentence that a splitter cut
//    without punctuation; or
//  - it ends with such punctuation ("Will Tory tax cuts lift spirits?") but
//    stands alone on line 1, a blank line follows it and it has at most 15
//    words: a one-sentence lead paragraph is longer.
int FindHeadline(std::string_view text, const text::Analysis& analysis);

}  // namespace precis::summarize
