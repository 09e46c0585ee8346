// Picks sentences under a length budget: best-first with an MMR redundancy
// penalty, then ordered as requested.
#pragma once

#include <string_view>
#include <vector>

#include "precis/summarize/summarizer.h"
#include "precis/text/analyzer.h"
#include "summarize/document_terms.h"

namespace precis::summarize {

struct SelectionInput {
  std::string_view text;
  const text::Analysis& analysis;
  const DocumentTerms& terms;
  const std::vector<double>& scores;
  std::vector<bool> selectable;  // per sentence
};

// The summary sentences, within options.budget, in options.order. Empty only
// when the text has no sentences.
std::vector<SummarySentence> SelectSentences(const SelectionInput& input,
                                             const SummarizerOptions& options);

}  // namespace precis::summarize
