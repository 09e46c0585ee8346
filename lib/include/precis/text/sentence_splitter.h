// Sentence segmentation for news text.
//
//   precis::Result<precis::text::SentenceSplitter> splitter =
//       precis::text::SentenceSplitter::Create({.language = "en"});
//   for (precis::ByteSpan sentence : splitter->Split(text)) {
//     std::cout << sentence.In(text) << "\n";
//   }
//
// ICU's sentence rules (UAX #29) do the work; news-specific passes around them
// keep abbreviations, initials, dotted acronyms and months inside a sentence
// ("Col. Rob Mannin", "U.S. Pacific Command", "J. R. Smith", "Sept. 18"), split
// sentences glued without a space ("rose 5%.The firm"), split at paragraph
// breaks and after a headline or dateline line without end punctuation, and
// fold the line breaks of hard-wrapped paragraphs.
//
// Guarantees, for any valid UTF-8 input: spans are non-empty, in order and
// non-overlapping; each starts and ends on a non-whitespace character; the
// bytes between consecutive spans (and before the first, after the last) are
// whitespace only (a byte order mark counts as whitespace).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {

struct SentenceOptions {
  // ISO 639 language code; selects ICU's rules and the abbreviation list.
  std::string language = "en";
};

class PRECIS_EXPORT SentenceSplitter {
 public:
  // Fails only when ICU's break rules cannot be loaded (kInternal).
  static Result<SentenceSplitter> Create(const SentenceOptions& options);

  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;
  ~SentenceSplitter();

  // The sentences of `text` (valid UTF-8). Not thread-safe: use one splitter
  // per thread.
  std::vector<ByteSpan> Split(std::string_view text);

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::text
