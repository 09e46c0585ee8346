// The text's top-weighted terms, reported in their surface form.
#pragma once

#include <string_view>
#include <vector>

#include "precis/summarize/summarizer.h"
#include "precis/text/analyzer.h"
#include "summarize/document_terms.h"

namespace precis::summarize {

// The `count` heaviest terms (by TF-IDF weight; ties by first occurrence),
// each spelled as its most frequent surface form in `text`, counting
// occurrences inside sentences before those at a sentence start (so "Police"
// opening a sentence does not beat "police" elsewhere); ties: the first seen.
std::vector<Keyword> TopKeywords(std::string_view text, const text::Analysis& analysis,
                                 const DocumentTerms& terms, std::size_t count);

}  // namespace precis::summarize
