// Sentence segmentation for news text.
//
//   precis::Result<precis::text::SentenceSplitter> splitter =
//       precis::text::SentenceSplitter::Create({.language = "en"});
//   for (precis::ByteSpan sentence : splitter->Split(text)) {
//     std::cout << sentence.In(text) << "\n";
//   }
//
// ICU's sentence rules (UAX #29) do the work; news-specific passes around them
// (docs/split.md lists every rule):
//  - Lines: a blank line ends a sentence; inside a paragraph a line break is
//    folded to a space (hard-wrapped text) unless it ends a headline or
//    dateline (an unpunctuated line before a capitalised one, with room for
//    that line's first word: wrapping did not break it), a list
//    item (two or more lines of the paragraph start with "- ", "* ", "• ",
//    "1. ", "2) " or "a) "), or a table row ("|..." or tab-separated).
//    A PDF copy's page break (form feed, page numbers, running heads:
//    page_breaks.h) is never a sentence, and a page that ends without end
//    punctuation goes on on the next one.
//  - Joins after a period: titles and other abbreviations of the language
//    ("Col. Rob Mannin", "Sept. 18", de "2 Mrd. Euro", "Nr. 5", "z.B.", ru
//    "гг.", "т.е."), single letters and initials ("J. R. Smith", ru
//    "2014 г."), dotted acronyms ("U.S. Pacific Command"), de ordinal dates
//    ("am 3. Oktober"), a list number alone ("1." before its item). "etc.",
//    "usw." and "т.д." end a sentence before a capitalised word.
//  - Joins after "!" or "?" in a closing quote when the attribution follows
//    in lower case (“We won!” he said; « C'est grave ! » a déclaré M. Durand,
//    with the spaces French typography puts inside guillemets).
//  - Splits sentences glued without a space ("rose 5%.The firm").
//  - English run-ons (scraped captions that lost their line break): a new
//    sentence at a clause word after an unpunctuated lower-case word ("in
//    Dortmund on Wednesday He said"), at a quote opening with a pronoun
//    ("on Friday 'I'd be ..."), and after "Scroll down for video".
//
// Guarantees, for any valid UTF-8 input: spans are non-empty, in order and
// non-overlapping; each starts and ends on a non-whitespace character; the
// bytes between consecutive spans (and before the first, after the last) are
// whitespace only (a byte order mark counts as whitespace), or the page
// furniture of a page break.
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
