// Story summaries: one extractive summary of several articles about the same
// event (ten outlets' versions of one story), without the same fact twice.
//
//   precis::Result<precis::summarize::StorySummarizer> story =
//       precis::summarize::StorySummarizer::Create({.budget = {.bytes = 665}});
//   const std::vector<precis::summarize::StoryArticle> articles = {
//       {.id = "ap-1", .text = first_text}, {.id = "nyt-2", .text = second_text}};
//   precis::summarize::StorySummary summary = story->Summarize(articles);
//   for (const precis::summarize::StorySentence& s : summary.sentences) {
//     std::cout << articles[s.article].id << ": " << s.span.In(articles[s.article].text) << "\n";
//   }
//
// Method (concept coverage; Gillick and Favre 2009, greedy as in Lin and
// Bilmes 2010): each sentence carries concepts, its stemmed content words and
// its word bigrams (pairs of adjacent words, not both stopwords). A concept
// found in at least `min_agreement` of the articles (and in at least two) is
// part of the story; its weight is the number of articles that report it
// (bigrams count fully, single words `word_weight`). Sentences are picked
// greedily by the weight of the story concepts they add that no picked
// sentence covers yet, times a lead bonus 1 + lead_weight / (1 + k) for the
// k-th body sentence of its article, per unit of length (bytes for a byte
// budget, words for a word budget, the square root of its words for a
// sentence budget). So a fact reported by many articles is evidence that it
// is central, and a fact already covered adds nothing: the same sentence in
// three articles is picked at most once.
//
// Sentences a reader never wants (headlines, bylines, captions, boilerplate,
// repeated pull quotes: the single-article rules of summarizer.h) and
// sentences of fewer than kMinStoryWords words are never picked; a scraped
// page's furniture (lines above the headline, labels, links, a footer) and
// bylines are not evidence either: they are the site's, not the story's. An agency
// story's dateline ("BRUSSELS, Belgium (AP) _ ", "WASHINGTON -- ") is left
// out of its first sentence: the sentence's span starts after it, and its
// bytes and words do not count against the budget (it still counts as
// evidence of what the articles report). An article that repeats an earlier
// one of the story byte for byte (a feed's retry) is read once: its copies
// are neither evidence nor a source of sentences.
//
// Order for reading: the articles are taken to be in the order the story
// unfolded (feed them oldest first); the picked sentences are ordered by
// article, then by their place in the article.
//
// One article is not a story: its summary (also that of one article and its
// repeats) is the single-article summarizer's choice (summarizer.h, default
// method) under the same budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "precis/export.h"
#include "precis/summarize/summarizer.h"

namespace precis::tfidf {
class IdfModel;
}  // namespace precis::tfidf

namespace precis::summarize {

// Sentences shorter than this many words never enter a story summary.
inline constexpr std::size_t kMinStoryWords = 6;

struct StoryArticle {
  std::string_view id;    // how the caller names it (file name, record id)
  std::string_view text;  // the article, valid UTF-8
};

// The largest lead_weight: the first sentence's bonus is then 1000 times a
// late one's, far past any useful setting, and scores stay finite.
inline constexpr double kMaxLeadWeight = 1000;

struct StoryOptions {
  // As in SummarizerOptions; the DUC convention for a story is 665 bytes.
  Budget budget = {};
  // Share of the articles, in (0, 1], that must report a concept for it to
  // count (and at least two articles). When no concept is that widely shared
  // the most widely shared ones count.
  double min_agreement = 0.5;
  // Lead bonus of an article's first sentences, in [0, kMaxLeadWeight]; 0 =
  // position ignored.
  double lead_weight = 8.0;
  // Weight of a single-word concept relative to a bigram, in [0, 1].
  double word_weight = 0.5;
  std::string language = "en";
  bool stem = true;
};

struct StorySentence {
  std::size_t article = 0;  // index into the articles given to Summarize
  std::uint32_t index = 0;  // sentence number in that article (0-based, headline included)
  ByteSpan span;            // bytes of the sentence in that article's text (after any dateline)
  double score = 0;         // its marginal gain when picked (story concepts it added)
  bool truncated = false;   // cut to fit a word or byte budget (nothing else fit)
};

struct StorySummary {
  std::vector<StorySentence> sentences;  // in reading order (see above)
  std::size_t article_count = 0;
  std::size_t sentence_count = 0;  // sentences in all the articles
};

class PRECIS_EXPORT StorySummarizer {
 public:
  // Fails with kInvalidArgument on an option out of range, or as
  // Summarizer::Create does for the language and the IDF model (used only
  // for a one-article story; may be null for the built-in model).
  static Result<StorySummarizer> Create(const StoryOptions& options,
                                        const tfidf::IdfModel* idf = nullptr);

  StorySummarizer(StorySummarizer&&) noexcept;
  StorySummarizer& operator=(StorySummarizer&&) noexcept;
  ~StorySummarizer();

  // The summary of the story the articles tell. Never exceeds the budget;
  // empty only when no article has a sentence. Not thread-safe: one
  // summarizer per thread.
  StorySummary Summarize(std::span<const StoryArticle> articles);

  const StoryOptions& options() const;

 private:
  struct Impl;
  explicit StorySummarizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::summarize
