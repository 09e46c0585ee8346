// Extractive summaries of news articles.
//
//   precis::Result<precis::summarize::Summarizer> summarizer =
//       precis::summarize::Summarizer::Create({.budget = {.sentences = 3}});
//   precis::summarize::Summary summary = summarizer->Summarize(article_text);
//   for (const precis::summarize::SummarySentence& s : summary.sentences) {
//     std::cout << s.span.In(article_text) << "\n";   // document order by default
//   }
//
// The text is analyzed once (text/analyzer.h). Each sentence gets a score from
// the chosen method; a selector then picks sentences best-first, optionally
// skipping ones too similar to those already picked (MMR), until the length
// budget is reached, and finally orders them.
//
// Methods:
//   kTfidf     (default) the sum over a sentence's distinct content terms of
//              tf^1.5 * idf^0.5 (tf: occurrences in the article), headline
//              terms weighing more, divided by the square root of its
//              content-term count (neither long nor short sentences win by
//              length alone), mixed with the sentence's centrality (the
//              sum of its cosines with the other sentences), then blended
//              with a news position prior.
//   kCentroid  MEAD-style: the sum of the document centroid's weights of a
//              sentence's terms, plus MEAD's linear position value.
//   kTextRank  PageRank over the sentence graph weighted by TF-IDF cosine
//              similarity.
//   kLexRank   PageRank over the graph of sentence pairs whose TF-IDF cosine
//              is at least 0.1 (Erkan and Radev's threshold LexRank).
//   kLead      the first sentences, in order (no redundancy penalty; with a
//              word or byte budget the first sentence is cut rather than
//              skipped).
// Graph methods are quadratic in sentences: above kMaxGraphSentences the
// graph is not built and each sentence's centrality is approximated by its
// cosine with the document centroid (linear), so a 100,000-sentence text
// still finishes.
//
// Sentences a reader never wants in a summary are never selected (unless the
// text has nothing else): bylines, timestamps, "Scroll down for video" and
// similar boilerplate, photo captions, sentences of fewer than 3 words, table
// rows, and the second copy of a repeated sentence (docs/summarize.md lists
// the rules). Positions for the position prior count selectable sentences.
//
// Datelines: the first body sentence of an agency story is shown without its
// dateline ("LONDON (Reuters) - ", "(CNN)"): the sentence's span starts after
// it and budgets count only what is shown; its words still count for scores.
//
// Headline: when the first sentence has no end punctuation and ends a line
// (a news title), or ends in . ! ? alone on line 1 above a blank line with at
// most 15 words ("Will tax cuts lift spirits?"), it is the headline: its
// terms boost sentences sharing them, and it is not itself a summary sentence
// unless `include_headline` is set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {
struct Analysis;
}  // namespace precis::text

namespace precis::tfidf {
class IdfModel;
}  // namespace precis::tfidf

namespace precis::summarize {

enum class Method { kTfidf, kCentroid, kTextRank, kLexRank, kLead };
enum class Order {
  kDocument,  // sentences in the order they appear in the text
  kRank,      // best first
};

// Parses "tfidf", "centroid", "textrank", "lexrank", "lead".
PRECIS_EXPORT Result<Method> ParseMethod(std::string_view name);
PRECIS_EXPORT std::string_view MethodName(Method method);

// Above this many sentences the graph methods use the linear centroid
// approximation instead of building the quadratic graph.
inline constexpr std::size_t kMaxGraphSentences = 2000;

// How long a summary may be. Exactly one of the fields is used: the first
// non-zero one of bytes, words, ratio, sentences (in that order). A budget is
// never exceeded; a text with fewer sentences than the budget gets all of
// them; a non-empty text never gets an empty summary (when no sentence fits a
// word or byte budget, or the whole ones that fit fill less than half of it
// while the best was left out, the best sentence is cut to fit: see
// SummarySentence::truncated).
struct Budget {
  // Number of sentences, >= 1. Default 3.
  std::size_t sentences = 3;
  // Fraction of the text's selectable sentences, in (0, 1]; rounded, at
  // least 1. 0 = unused.
  double ratio = 0;
  // Words (analyzer tokens: words and numbers, not punctuation), >= 1. 0 = unused.
  std::size_t words = 0;
  // UTF-8 bytes of the selected sentences' text (separators not counted),
  // >= 4 so that any character fits. 0 = unused.
  std::size_t bytes = 0;
};

// The largest headline_weight: a headline term then outweighs any other term
// 100 times over, already far past any useful setting, and sentence scores
// stay finite (1e308 overflowed them to inf and NaN, losing sentences).
inline constexpr double kMaxHeadlineWeight = 100;

struct SummarizerOptions {
  Method method = Method::kTfidf;
  Budget budget = {};
  Order order = Order::kDocument;
  // Weight w of the news position prior in [0, 1] (tfidf, centroid). A
  // sentence's score is content^(1 - w') * prior^w', content scaled to
  // [0, 1] and prior = 1 / (1 + position / position_scale), where
  // w' = w * min(1, 3 / B)^4 for a budget of B sentences (words and bytes are
  // converted at the article's mean sentence length): the prior picks the
  // few lead sentences, content picks the rest of a long summary.
  // 0 = content only; 1 with B <= 3 = lead. Chosen by leave-one-set-out
  // evaluation (docs/summarize.md).
  double position_weight = 0.7;
  // Sentences over which the position prior halves (see above), > 0.
  double position_scale = 1.0;
  // Share in [0, 1] of a sentence's content score (tfidf) that comes from its
  // centrality (the sum of its TF-IDF cosines with the other body sentences:
  // how much the article repeats what it says) rather than from its own term
  // weights; both are scaled to [0, 1] first. Chosen with position_weight and
  // diversity by leave-one-set-out evaluation (docs/summarize.md).
  double centrality_weight = 0.45;
  // Multiplier of the weights of headline terms in sentence scores (tfidf),
  // in [0, kMaxHeadlineWeight]; 0 ignores the headline's terms.
  double headline_weight = 0.1;
  // MMR redundancy penalty in [0, 1]: a candidate's score is reduced by
  // diversity * (its largest cosine similarity to an already picked sentence),
  // scores being scaled to [0, 1] first. 0 = plain best-first.
  double diversity = 0.5;
  // Blend of IDF from the model (0) and IDF computed from the text itself,
  // its sentences counted as documents (1), in [0, 1].
  double input_idf = 0.75;
  // Treat a detected headline as an ordinary sentence that can be selected.
  bool include_headline = false;
  // Report this many top-weighted terms a reader would tag: no numbers,
  // dates or words of every story (docs/summarize.md), 0 = none.
  std::size_t keywords = 0;
  // Analyzer language (ISO 639-1) and stemming; must match the IDF model.
  std::string language = "en";
  bool stem = true;
};

struct PRECIS_EXPORT SummarySentence {
  std::uint32_t index = 0;  // sentence number in the text (0-based, headline included)
  ByteSpan span;            // bytes of the sentence in the text, without a dateline
                            // (cut when truncated)
  double score = 0;         // the method's score, higher is better
  bool truncated = false;   // cut to fit a word or byte budget
};

struct Keyword {
  std::string text;  // the term as the body usually writes it (docs/summarize.md)
  // (1 + ln tf) * IDF, tf counted in the text, IDF from the model (the
  // text's own sentence IDF when there is no model).
  double weight = 0;
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in the requested order
  std::vector<Keyword> keywords;           // best first
  std::size_t sentence_count = 0;          // sentences in the text
  bool has_headline = false;               // sentence 0 was taken as the headline
};

class PRECIS_EXPORT Summarizer {
 public:
  // Validates `options` (kInvalidArgument naming the bad field) and creates
  // the analyzer. `idf` must outlive the summarizer; nullptr selects the
  // built-in model for English, and no model (input IDF only) for other
  // languages. A model whose settings do not match the analyzer's is refused
  // with kFormatMismatch.
  static Result<Summarizer> Create(const SummarizerOptions& options,
                                   const tfidf::IdfModel* idf = nullptr);

  Summarizer(Summarizer&&) noexcept;
  Summarizer& operator=(Summarizer&&) noexcept;
  ~Summarizer();

  // Summarizes `text` (valid UTF-8). Not thread-safe: one summarizer per thread.
  Summary Summarize(std::string_view text);
  // Same, for a text already analyzed with matching analyzer options.
  Summary Summarize(std::string_view text, const text::Analysis& analysis);

  const SummarizerOptions& options() const;

 private:
  struct Impl;
  explicit Summarizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::summarize
