// Sentence scorers: one score per sentence, higher is better. Sentences that
// cannot be selected (the headline) are scored too; the selector skips them.
#pragma once

#include <vector>

#include "precis/summarize/summarizer.h"
#include "summarize/document_terms.h"

namespace precis::summarize {

struct ScoringContext {
  const DocumentTerms& terms;
  const SummarizerOptions& options;
  int headline;  // sentence index of the headline, or -1
  // Per sentence: whether it may be selected. Positions for the position
  // prior count selectable body sentences only, so a caption or a byline
  // before the first paragraph does not push the lead down.
  const std::vector<bool>& selectable;
};

// Dispatches on options.method.
std::vector<double> ScoreSentences(const ScoringContext& context);

std::vector<double> ScoreTfidf(const ScoringContext& context);
std::vector<double> ScoreCentroid(const ScoringContext& context);
// `threshold` 0 = weighted graph (TextRank), > 0 = LexRank's thresholded graph.
std::vector<double> ScoreGraph(const ScoringContext& context, double threshold);
std::vector<double> ScoreLead(const ScoringContext& context);

// The news position prior of the k-th selectable sentence: 1 / (1 + k / scale).
double PositionPrior(std::size_t k, double scale);

}  // namespace precis::summarize
