// The text's top-weighted terms that a reader would tag, reported in their
// surface form.
#pragma once

#include <string_view>
#include <vector>

#include "precis/summarize/summarizer.h"
#include "precis/text/analyzer.h"
#include "summarize/document_terms.h"

namespace precis::summarize {

struct KeywordRequest {
  std::size_t count = 0;      // how many keywords
  int headline = -1;          // the headline's sentence index, or -1
  std::string_view language;  // the analyzer's language
};

// The `request.count` heaviest terms (by TF-IDF weight; ties by first
// occurrence) that IsTaggable accepts (summarize/keyword_filter.h), each
// spelled as it is usually written in the body (see SurfaceForm in
// keywords.cc): not the headline's ALL CAPS, not a sentence-initial capital.
std::vector<Keyword> TopKeywords(std::string_view text, const text::Analysis& analysis,
                                 const DocumentTerms& terms, const KeywordRequest& request);

}  // namespace precis::summarize
