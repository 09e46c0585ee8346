// Picks sentences under a length budget: best-first with an MMR redundancy
// penalty, then ordered as requested.
#pragma once

#include <cstdint>
#include <span>
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
  // Per sentence, what the summary shows of it and what the budget counts:
  // the sentence, the first body sentence without its dateline (ShownSpans).
  std::vector<ByteSpan> shown;
};

// The summary sentences, within options.budget, in options.order. Empty only
// when the text has no sentences.
std::vector<SummarySentence> SelectSentences(const SelectionInput& input,
                                             const SummarizerOptions& options);

// The part of sentence `s` of `analysis` (an analysis of `text`) from byte
// `from` on (its start, or after a dateline the summary leaves out), cut to
// at most `limit` words (`words`) or bytes: at a word end when one fits, else
// (bytes only) at a character boundary. Empty when not even that fits.
// Shared by the single-article selector and the story summarizer.
ByteSpan CutSentence(std::string_view text, const text::Analysis& analysis, std::size_t s,
                     std::uint32_t from, bool words, std::size_t limit);

// The tokens of `tokens` (a sentence's, in text order) that start at byte
// `from` or after.
std::span<const text::Token> TokensFrom(std::span<const text::Token> tokens, std::uint32_t from);

}  // namespace precis::summarize
