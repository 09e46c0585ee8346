// Sentence text as split and summarize print it: one line, words that hard
// wrapping hyphenated across a line break joined where safe
// (precis/text/line_hyphens.h; the built-in English IDF model says which
// joined words are real), and a PDF copy's page breaks inside a sentence as
// one space (precis/text/page_breaks.h). Offsets are never affected.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/text/analyzer.h"
#include "precis/text/line_hyphens.h"

namespace precis::cli {

class SentenceText {
 public:
  // `language` as given to --lang; the model is consulted for English only.
  explicit SentenceText(std::string_view language);

  // Prepares for spans of `text` (which must outlive the calls to Of).
  void Reset(std::string_view text);
  // The text of `span` of the last Reset text, for display.
  std::string Of(ByteSpan span) const;

 private:
  bool IsKnownWord(std::string_view word);

  std::optional<text::Analyzer> analyzer_;  // English only
  std::string_view text_;
  std::vector<text::LineEndHyphen> hyphens_;
  std::vector<text::PageBreak> page_breaks_;
};

}  // namespace precis::cli
