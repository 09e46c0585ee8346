// News headline detection.
#pragma once

#include <string_view>

#include "precis/text/analyzer.h"

namespace precis::summarize {

// The index of the headline sentence (0) or -1. The first sentence is a
// headline when the text has another sentence after it, it does not end with
// sentence punctuation (. ! ? … and their full-width forms, possibly followed
// by closing quotes or brackets), and a line break follows it: a title line,
// not a sentence that a splitter cut without punctuation.
int FindHeadline(std::string_view text, const text::Analysis& analysis);

}  // namespace precis::summarize
