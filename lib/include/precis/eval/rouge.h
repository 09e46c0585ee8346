// ROUGE scores of a candidate summary against reference summaries, computed
// exactly as the reference implementation ROUGE-1.5.5 (Chin-Yew Lin's Perl
// script) computes them.
//
//   precis::Result<precis::eval::RougeScorer> scorer =
//       precis::eval::RougeScorer::Create({.stem = true});
//   std::vector<std::string_view> references = {"the cat sat on the mat\n"};
//   precis::eval::RougeResult result =
//       scorer->Score("the cat was on the mat\n", references);
//   double r2 = result[precis::eval::RougeMeasure::kRouge2].recall;
//
// Texts hold one sentence per line ('\n'); empty lines are ignored. What
// ROUGE-1.5.5 does with a text, in order:
//   1. Length limits (word_limit, byte_limit) cut the text, line by line.
//   2. Tokens are the maximal runs of ASCII letters and digits, lowercased;
//      every other byte (punctuation, hyphens, each byte of a non-ASCII
//      character) separates tokens, so "café" gives "caf".
//   3. Stop words (remove_stopwords) are deleted; the rest close up.
//   4. Tokens longer than 3 characters are stemmed (stem): a WordNet 2.0
//      exception form is replaced by its base form ("went" -> "go"), any other
//      token goes through ROUGE-1.5.5's variant of Porter's stemmer
//      (porter_stemmer.h, PorterVariant::kRouge155).
// The measures:
//   ROUGE-N     clipped n-gram overlap, n = 1..4, sentence boundaries ignored.
//   ROUGE-L     longest common subsequence of the whole candidate and the whole
//               reference, each read as one token sequence.
//   ROUGE-Lsum  summary-level "union LCS": for every reference sentence, the
//               union of its LCS positions against each candidate sentence,
//               clipped by unigram counts. This is what ROUGE-1.5.5 prints as
//               "ROUGE-L" when given one sentence per line.
//   ROUGE-SU4   skip-bigrams with at most 4 tokens in between, plus unigrams,
//               counted ROUGE-1.5.5's way (the last token adds no unigram).
// For each: recall = hit / model count (reference), precision = hit / peer
// count (candidate), F = P*R / ((1 - alpha) P + alpha R).
//
// RougeTokenizer::kUnicode replaces steps 2-4 for text ROUGE-1.5.5 cannot
// read (it drops every non-ASCII letter: Chinese scores 0, Russian only on
// its digits): see RougeOptions::tokenizer.
//
// A RougeScorer caches token stems; it is not thread-safe (one per thread).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::eval {

enum class RougeMeasure : std::uint8_t {
  kRouge1,
  kRouge2,
  kRouge3,
  kRouge4,
  kRougeL,
  kRougeLsum,
  kRougeSU4,
};
inline constexpr std::size_t kRougeMeasureCount = 7;

// "ROUGE-1" ... "ROUGE-4", "ROUGE-L", "ROUGE-Lsum", "ROUGE-SU4".
PRECIS_EXPORT std::string_view RougeMeasureName(RougeMeasure measure);

// Parses a measure name, case-insensitively, with or without the "rouge-"
// prefix: "1".."4", "l", "lsum", "su4", "ROUGE-2". nullopt when unknown.
PRECIS_EXPORT std::optional<RougeMeasure> ParseRougeMeasure(std::string_view name);

// A set of measures as a bit mask: bit i = measure with value i.
using RougeMeasureSet = std::uint32_t;
inline constexpr RougeMeasureSet kAllRougeMeasures = (1u << kRougeMeasureCount) - 1;
constexpr RougeMeasureSet RougeMeasureBit(RougeMeasure measure) {
  return 1u << static_cast<unsigned>(measure);
}

// How scores against several references combine into one.
enum class MultiReference : std::uint8_t {
  // ROUGE-1.5.5's default (-f A): hits and model counts summed over the
  // references (each reference clips its own hits); the peer count is the
  // candidate's count times the number of references.
  kPool,
  // ROUGE-1.5.5's -f B: the single reference giving the highest recall (the
  // first one on a tie), per measure. Like ROUGE-1.5.5, n-gram and skip-bigram
  // recalls are compared rounded to 5 decimals, LCS recalls unrounded.
  kBest,
  // The single reference giving the highest F (the first one on a tie), per
  // measure: the convention of newer implementations (rouge-score).
  kMax,
  // Leave-one-out, as DUC evaluations arrange around ROUGE-1.5.5: for each
  // reference, the pooled (-f A) score against all the others; R, P and F are
  // the means of those K scores. With one reference it equals kPool. Counts
  // reported are those of pooling over all references.
  kJackknife,
};

// "pool", "best", "max", "jackknife".
PRECIS_EXPORT std::string_view MultiReferenceName(MultiReference mode);
// Parses the names above; "A" and "B" (ROUGE-1.5.5's -f) are accepted too.
PRECIS_EXPORT std::optional<MultiReference> ParseMultiReference(std::string_view name);

// Where tokens come from.
enum class RougeTokenizer : std::uint8_t {
  // ROUGE-1.5.5's: runs of ASCII letters and digits, lowercased; everything
  // else, including every non-ASCII letter, separates tokens.
  kRouge155,
  // The project's analyzer (precis/text/analyzer.h) for `language`: ICU word
  // segmentation (dictionary words for Chinese and Japanese), NFKC case
  // folding; hyphenated compounds and inner apostrophes stay in one word.
  // Not ROUGE-1.5.5: for evaluation in languages it cannot read.
  kUnicode,
};

// "rouge155", "unicode".
PRECIS_EXPORT std::string_view RougeTokenizerName(RougeTokenizer tokenizer);
// Parses the names above; nullopt when unknown.
PRECIS_EXPORT std::optional<RougeTokenizer> ParseRougeTokenizer(std::string_view name);

// True when `text` (UTF-8) holds a letter or digit outside ASCII: a text that
// RougeTokenizer::kRouge155 scores as if those characters were absent.
PRECIS_EXPORT bool HasLettersOutsideAscii(std::string_view text);

struct RougeOptions {
  // Where tokens come from; the options below say what each changes.
  RougeTokenizer tokenizer = RougeTokenizer::kRouge155;
  // With kUnicode: the language (ISO 639-1: en, de, fr, es, it, pt, nl, ru,
  // sv, zh, ja, ...) choosing the Snowball stemmer and the stop list. Ignored
  // with kRouge155.
  std::string language = "en";
  // Stem tokens. kRouge155: tokens longer than 3 characters (ROUGE-1.5.5 -m),
  // WordNet 2.0 exception lookup, else Porter's stemmer as ROUGE-1.5.5
  // modified it. kUnicode: every word, with Snowball's stemmer for
  // `language` (languages without one, such as zh and ja, are not stemmed).
  bool stem = false;
  // Delete stop words before stemming and n-grams. kRouge155: the SMART list
  // (ROUGE-1.5.5 -s). kUnicode: the project's list for `language`; Create
  // fails for a language without one.
  bool remove_stopwords = false;
  // Keep only the first N whitespace-separated words of every text, candidate
  // and references alike (ROUGE-1.5.5 -l N). 0 = no limit. Words are counted
  // this way with either tokenizer, so a Chinese line without spaces is one
  // word: limit such text with byte_limit.
  std::uint32_t word_limit = 0;
  // Keep only the first N bytes of every text, counting line bytes but not the
  // line breaks (ROUGE-1.5.5 -b N); the line that reaches the limit is cut
  // mid-word if need be (kUnicode: never inside a character). 0 = no limit.
  // At most one of the two limits may be set.
  std::uint32_t byte_limit = 0;
  // Reproduce ROUGE-1.5.5's ROUGE-L bug under byte_limit: its per-sentence
  // reader keeps every line shorter than the limit and cuts only the first
  // line that alone reaches it, so ROUGE-Lsum's model counts and LCS masks
  // see (nearly) untruncated texts. false = truncate consistently (correct).
  bool byte_limit_lsum_bug = false;
  // How several references combine.
  MultiReference multi_reference = MultiReference::kPool;
  // F-measure weight (ROUGE-1.5.5 -p), in [0, 1]: 0.5 = F1, 1 = precision,
  // 0 = recall.
  double alpha = 0.5;
  // Which measures to compute; the others are left zero. Fewer is faster.
  RougeMeasureSet measures = kAllRougeMeasures;
};

// ROUGE-1.5.5's counts (as printed with -t 1): model = reference count,
// peer = candidate count (both summed over references when pooling).
struct RougeCounts {
  std::uint64_t hit = 0;
  std::uint64_t model = 0;
  std::uint64_t peer = 0;
};

struct RougeScore {
  RougeCounts counts;
  double recall = 0;     // hit / model; 0 when model is 0
  double precision = 0;  // hit / peer; 0 when peer is 0
  double f = 0;          // see FMeasure
};

struct PRECIS_EXPORT RougeResult {
  std::array<RougeScore, kRougeMeasureCount> scores;

  const RougeScore& operator[](RougeMeasure measure) const {
    return scores[static_cast<std::size_t>(measure)];
  }
  RougeScore& operator[](RougeMeasure measure) { return scores[static_cast<std::size_t>(measure)]; }
};

// P*R / ((1 - alpha) P + alpha R); 0 when that denominator is 0.
PRECIS_EXPORT double FMeasure(double precision, double recall, double alpha);

// The numbers ROUGE-1.5.5 prints for `score`: R and P rounded to 5 decimals
// (as C's "%7.5f" rounds the binary double), F computed from those rounded
// values with `alpha`, then rounded the same way. Counts are unchanged.
PRECIS_EXPORT RougeScore RoundLikeRouge155(const RougeScore& score, double alpha);

class PRECIS_EXPORT RougeScorer {
 public:
  // Fails with kInvalidArgument when alpha is outside [0, 1], `measures`
  // selects nothing, both length limits are set, or kUnicode is asked to
  // remove stop words of a language without a list; kInternal when ICU's
  // data cannot be loaded (kUnicode).
  static Result<RougeScorer> Create(const RougeOptions& options = {});

  RougeScorer(RougeScorer&&) noexcept;
  RougeScorer& operator=(RougeScorer&&) noexcept;
  ~RougeScorer();

  // Scores `candidate` against `references` (each one sentence per line).
  // With no references every score is 0. Unrounded; see RoundLikeRouge155.
  RougeResult Score(std::string_view candidate, std::span<const std::string_view> references);

  // The tokens ROUGE compares for `text`, after limits, stop words and
  // stemming: for tests and for explaining a score.
  std::vector<std::string> Tokens(std::string_view text);

  // The options the scorer was created with.
  const RougeOptions& options() const;

 private:
  class Impl;
  explicit RougeScorer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::eval
