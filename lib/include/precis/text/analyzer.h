// The one analysis pass that summarizing and comparing share.
//
//   precis::Result<precis::text::Analyzer> analyzer =
//       precis::text::Analyzer::Create({.language = "en"});
//   precis::text::Analysis analysis = analyzer->Analyze(text);
//   for (std::size_t s = 0; s < analysis.sentences.size(); ++s) {
//     for (const precis::text::Token& token : analysis.SentenceTokens(s)) {
//       // token.term identifies the normalized word; token.span slices `text`.
//     }
//   }
//
// Text is split into sentences (sentence_splitter.h) and words (ICU word
// rules: numbers, hyphenated compounds, inner apostrophes, dictionary-based
// segmentation for Chinese and Japanese). Each word is NFKC case-folded,
// flagged when it is a stopword, stemmed with Snowball for the language, and
// identified by the XXH3-64 hash of the stemmed form (its term id). A word
// hard wrapping hyphenated across a line break ("exam-\nple", line_hyphens.h)
// is one token spanning both halves, its term the joined word's ("example"),
// or the compound's ("well-known") when the text writes the compound
// elsewhere; a PDF copy's page furniture (page_breaks.h) is no token.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {

struct AnalyzerOptions {
  // ISO 639-1 code (en, de, fr, es, it, pt, nl, ru, sv, zh, ja, ...): selects
  // ICU's segmentation rules, the Snowball stemmer and the stopword list.
  std::string language = "en";
  // Stem terms with Snowball (languages without a stemmer are left as folded).
  bool stem = true;
};

struct PRECIS_EXPORT Token {
  enum Flags : std::uint8_t {
    kStopword = 1,     // a function word of the language
    kNumber = 2,       // digits and no letter ("2017", "3.5", "1,200"; not "3rd")
    kIdeographic = 4,  // a CJK or kana word
  };

  ByteSpan span;            // the word as written, in the analyzed text
  std::uint64_t term = 0;   // HashTerm of the folded, stemmed word
  std::uint32_t sentence = 0;  // index into Analysis::sentences
  std::uint8_t flags = 0;

  bool stopword() const { return (flags & kStopword) != 0; }
  bool number() const { return (flags & kNumber) != 0; }
};

struct PRECIS_EXPORT Analysis {
  std::vector<ByteSpan> sentences;
  std::vector<Token> tokens;  // in text order
  // tokens of sentence s are [sentence_token_begin[s], sentence_token_begin[s + 1]).
  std::vector<std::uint32_t> sentence_token_begin{0};

  std::span<const Token> SentenceTokens(std::size_t sentence) const {
    return std::span<const Token>(tokens).subspan(
        sentence_token_begin[sentence],
        sentence_token_begin[sentence + 1] - sentence_token_begin[sentence]);
  }
};

// The term id of an already normalized term: XXH3-64 with seed 0.
PRECIS_EXPORT std::uint64_t HashTerm(std::string_view normalized);

class PRECIS_EXPORT Analyzer {
 public:
  // Fails (kInternal) only when ICU's data cannot be loaded.
  static Result<Analyzer> Create(const AnalyzerOptions& options);

  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();

  // Analyzes `text` (valid UTF-8). Not thread-safe: one analyzer per thread.
  Analysis Analyze(std::string_view text);
  // Same, reusing `analysis`'s buffers.
  void Analyze(std::string_view text, Analysis& analysis);

  // The normalized form of one word, as it is hashed into a term id: folded,
  // then stemmed.
  std::string Normalize(std::string_view word);

  const AnalyzerOptions& options() const;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::text
