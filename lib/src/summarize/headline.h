// News headline detection.
#pragma once

#include <cstddef>
#include <string_view>

#include "precis/text/analyzer.h"

namespace precis::summarize {

// The index of the headline sentence, or -1. Sentences before it are a
// scraped page's furniture (sentence_filter.h: kTitle); the body starts after it.
//
// A title line is a sentence that does not end with sentence punctuation
// (. ! ? : ; … and their full-width forms, possibly followed by closing quotes
// or brackets) and ends a line, another sentence following. When the text
// opens with title lines, the headline is the first of its first
// kMaxTitleLines title lines that has at least 3 words, is not boilerplate (a
// byline, a timestamp, "Advertisement") and holds no navigation separator
// ("|", "•", "·", "›", "»"); when none does, the first title line ("Obituary"
// above the body). Navigation bars, section names and labels above the
// headline are thus furniture, and the lines below it are body: a standfirst
// without a full stop is the first body sentence.
//
// A text that opens with a punctuated sentence has a headline ("Will Tory tax
// cuts lift spirits?") when that sentence stands alone on line 1, a blank line
// follows it, it has at most 15 words and another sentence follows (a
// one-sentence lead paragraph is longer).
int FindHeadline(std::string_view text, const text::Analysis& analysis);

// Title lines looked at for a headline: a page's furniture is a few lines.
inline constexpr std::size_t kMaxTitleLines = 8;

}  // namespace precis::summarize
