#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

#include "precis/summarize/story.h"
#include "precis/text/analyzer.h"
#include "summarize/dateline.h"
#include "summarize/headline.h"
#include "summarize/selector.h"
#include "summarize/sentence_filter.h"
#include "summarize/story_concepts.h"

namespace precis::summarize {
namespace {

enum class Cost { kSentences, kWords, kBytes };

bool InUnitInterval(double x) { return std::isfinite(x) && x >= 0 && x <= 1; }

// The story's own options; the budget and the language are checked by
// Summarizer::Create, which every story summarizer makes for one-article stories.
Status Validate(const StoryOptions& options) {
  if (!(std::isfinite(options.min_agreement) && options.min_agreement > 0 &&
        options.min_agreement <= 1)) {
    return InvalidArgument("minimum agreement must be in (0, 1]");
  }
  if (!(options.lead_weight >= 0 && options.lead_weight <= kMaxLeadWeight)) {
    return InvalidArgument("lead weight must be in [0, 1000]");
  }
  if (!InUnitInterval(options.word_weight)) return InvalidArgument("word weight must be in [0, 1]");
  return Status::Ok();
}

// Which articles repeat an earlier article of the story byte for byte (a
// feed's retry, the same wire copy fed twice): read once, they are no
// further evidence and offer no further sentences.
std::vector<bool> RepeatedTexts(std::span<const StoryArticle> articles) {
  std::vector<bool> repeated(articles.size(), false);
  std::unordered_multimap<std::uint64_t, std::size_t> seen;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const std::string_view text = articles[a].text;
    const std::uint64_t hash = XXH3_64bits(text.data(), text.size());
    const auto [first, last] = seen.equal_range(hash);
    for (auto it = first; it != last && !repeated[a]; ++it) {
      repeated[a] = articles[it->second].text == text;
    }
    if (!repeated[a]) seen.emplace(hash, a);
  }
  return repeated;
}

// A sentence that may be picked.
struct Candidate {
  std::size_t article;
  std::uint32_t sentence;
  std::size_t words;
  std::size_t bytes;
  double lead_bonus;
  std::uint32_t concepts_begin;  // into Impl::concept_ids
  std::uint32_t concepts_end;
  ByteSpan span;  // what the summary shows: the sentence without a dateline
};

}  // namespace

struct StorySummarizer::Impl {
  StoryOptions options;
  text::Analyzer analyzer;
  Summarizer single;  // for a story of one article
  std::vector<text::Analysis> analyses;
  StoryConcepts concepts;
  std::vector<std::uint32_t> concept_ids;
  std::vector<Candidate> candidates;
  std::vector<bool> covered;

  StorySummary SummarizeOne(const StoryArticle& article, std::size_t index);
  // Counts the concepts of article `index` and adds its candidates; not
  // `strict`: every body sentence is a candidate.
  void Collect(const StoryArticle& article, std::size_t index, bool strict);
  // The limit and unit of the budget for a story of `candidates` sentences.
  std::pair<Cost, double> Limit() const;
  double CostOf(const Candidate& c, Cost kind) const;
  std::optional<StorySentence> CutToFit(std::span<const StoryArticle> articles, Cost kind,
                                        double limit);
};

StorySummarizer::StorySummarizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StorySummarizer::StorySummarizer(StorySummarizer&&) noexcept = default;
StorySummarizer& StorySummarizer::operator=(StorySummarizer&&) noexcept = default;
StorySummarizer::~StorySummarizer() = default;

Result<StorySummarizer> StorySummarizer::Create(const StoryOptions& options,
                                                const tfidf::IdfModel* idf) {
  if (Status status = Validate(options); !status.ok()) return status;
  Result<Summarizer> single = Summarizer::Create(
      {.budget = options.budget, .language = options.language, .stem = options.stem}, idf);
  if (!single.ok()) return single.status();
  Result<text::Analyzer> analyzer =
      text::Analyzer::Create({.language = options.language, .stem = options.stem});
  if (!analyzer.ok()) return analyzer.status();
  return StorySummarizer(std::unique_ptr<Impl>(new Impl{
      options, std::move(analyzer).value(), std::move(single).value(), {}, {}, {}, {}, {}}));
}

const StoryOptions& StorySummarizer::options() const { return impl_->options; }

StorySummary StorySummarizer::Impl::SummarizeOne(const StoryArticle& article, std::size_t index) {
  const Summary summary = single.Summarize(article.text, analyses[index]);
  StorySummary story;
  story.article_count = 1;
  story.sentence_count = summary.sentence_count;
  for (const SummarySentence& s : summary.sentences) {
    story.sentences.push_back({index, s.index, s.span, s.score, s.truncated});
  }
  return story;
}

void StorySummarizer::Impl::Collect(const StoryArticle& article, std::size_t index,
                                    bool strict) {
  const text::Analysis& analysis = analyses[index];
  const int headline = FindHeadline(article.text, analysis);
  const std::vector<SentenceFit> fit = JudgeSentences(article.text, analysis, headline);
  const std::vector<ByteSpan> shown_spans = ShownSpans(article.text, analysis, headline);
  std::uint32_t body_position = 0;
  for (std::size_t s = 0; s < analysis.sentences.size(); ++s) {
    const auto begin = static_cast<std::uint32_t>(concept_ids.size());
    std::span<const text::Token> tokens = analysis.SentenceTokens(s);
    // A scraped page's furniture (the lines above the headline, labels,
    // links, a footer, a byline) is the site's, not the story's: no evidence.
    if (fit[s] == SentenceFit::kTitle || fit[s] == SentenceFit::kBoilerplate) {
      concepts.Concepts(tokens, concept_ids);
    } else {
      concepts.AddSentence(tokens, index, concept_ids);
    }
    const bool body = static_cast<int>(s) != headline;
    // An agency story's first sentence opens with its dateline: evidence
    // like the rest (it was counted above), but not shown.
    const ByteSpan span = shown_spans[s];
    if (span.begin != analysis.sentences[s].begin) {
      const std::span<const text::Token> shown = TokensFrom(tokens, span.begin);
      if (shown.size() < tokens.size()) {
        tokens = shown;
        concept_ids.resize(begin);
        concepts.Concepts(tokens, concept_ids);
      }
    }
    const std::size_t words = tokens.size();
    if (!body || (strict && (fit[s] != SentenceFit::kFit || words < kMinStoryWords))) {
      // A line that is all dateline shows nothing: no place in the article.
      if (body && fit[s] == SentenceFit::kFit && words > 0) ++body_position;
      concept_ids.resize(begin);  // counted, not kept
      continue;
    }
    const double lead_bonus = 1.0 + options.lead_weight / (1.0 + double(body_position++));
    candidates.push_back({index, static_cast<std::uint32_t>(s), words, span.size(), lead_bonus,
                          begin, static_cast<std::uint32_t>(concept_ids.size()), span});
  }
}

std::pair<Cost, double> StorySummarizer::Impl::Limit() const {
  const Budget& budget = options.budget;
  if (budget.bytes > 0) return {Cost::kBytes, double(budget.bytes)};
  if (budget.words > 0) return {Cost::kWords, double(budget.words)};
  if (budget.ratio > 0) {
    return {Cost::kSentences, std::max(1.0, std::round(budget.ratio * double(candidates.size())))};
  }
  return {Cost::kSentences, double(std::max<std::size_t>(budget.sentences, 1))};
}

double StorySummarizer::Impl::CostOf(const Candidate& c, Cost kind) const {
  switch (kind) {
    case Cost::kBytes:
      return double(c.bytes);
    case Cost::kWords:
      return double(c.words);
    case Cost::kSentences:
      return 1.0;
  }
  return 1.0;
}

// When no whole sentence fits a word or byte budget: the first sentence of
// the first article with one (without its dateline), cut at the last word
// that fits (bytes: at a character boundary when not even one word fits).
std::optional<StorySentence> StorySummarizer::Impl::CutToFit(
    std::span<const StoryArticle> articles, Cost kind, double limit) {
  if (candidates.empty()) return std::nullopt;
  const Candidate& c = candidates.front();
  const ByteSpan cut = CutSentence(articles[c.article].text, analyses[c.article], c.sentence,
                                   c.span.begin, kind == Cost::kWords,
                                   static_cast<std::size_t>(limit));
  if (cut.empty()) return std::nullopt;
  return StorySentence{c.article, c.sentence, cut, 0.0, true};
}

StorySummary StorySummarizer::Summarize(std::span<const StoryArticle> articles) {
  Impl& impl = *impl_;
  if (impl.analyses.size() < articles.size()) impl.analyses.resize(articles.size());
  StorySummary summary;
  summary.article_count = articles.size();
  std::size_t with_text = 0;
  std::size_t last_with_text = 0;
  const std::vector<bool> repeated = RepeatedTexts(articles);
  for (std::size_t a = 0; a < articles.size(); ++a) {
    impl.analyzer.Analyze(articles[a].text, impl.analyses[a]);
    summary.sentence_count += impl.analyses[a].sentences.size();
    if (!repeated[a] && !impl.analyses[a].sentences.empty()) {
      ++with_text;
      last_with_text = a;
    }
  }
  if (with_text == 0) return summary;
  if (with_text == 1) {
    StorySummary one = impl.SummarizeOne(articles[last_with_text], last_with_text);
    one.article_count = articles.size();
    one.sentence_count = summary.sentence_count;
    return one;
  }

  // Every sentence, the headline included, is evidence of what the articles
  // report; only fit body sentences of kMinStoryWords words may be picked
  // (any body sentence when no article has one).
  for (const bool strict : {true, false}) {
    impl.concepts.Clear();
    impl.concept_ids.clear();
    impl.candidates.clear();
    for (std::size_t a = 0; a < articles.size(); ++a) {
      if (!repeated[a]) impl.Collect(articles[a], a, strict);
    }
    if (!impl.candidates.empty()) break;
  }
  impl.concepts.Weigh(with_text, impl.options.min_agreement, impl.options.word_weight);

  const auto [kind, limit] = impl.Limit();
  impl.covered.assign(impl.concepts.size(), false);
  std::vector<bool> taken(impl.candidates.size(), false);
  double used = 0;
  for (;;) {
    std::size_t best = impl.candidates.size();
    double best_value = 0;
    double best_gain = 0;
    for (std::size_t i = 0; i < impl.candidates.size(); ++i) {
      const Candidate& c = impl.candidates[i];
      if (taken[i] || used + impl.CostOf(c, kind) > limit) continue;
      double gain = 0;
      for (std::uint32_t k = c.concepts_begin; k < c.concepts_end; ++k) {
        const std::uint32_t concept_id = impl.concept_ids[k];
        if (!impl.covered[concept_id]) gain += impl.concepts.weight(concept_id);
      }
      gain *= c.lead_bonus;
      // Per unit of what the budget counts; a sentence budget divides by
      // the square root of the words so that neither long nor short
      // sentences win by length alone.
      const double size = kind == Cost::kSentences ? std::sqrt(double(c.words))
                                                   : impl.CostOf(c, kind);
      const double value = gain / std::max(size, 1.0);
      if (value > best_value) {
        best_value = value;
        best_gain = gain;
        best = i;
      }
    }
    if (best == impl.candidates.size()) break;
    taken[best] = true;
    const Candidate& c = impl.candidates[best];
    used += impl.CostOf(c, kind);
    for (std::uint32_t k = c.concepts_begin; k < c.concepts_end; ++k) {
      impl.covered[impl.concept_ids[k]] = true;
    }
    summary.sentences.push_back({c.article, c.sentence, c.span, best_gain, false});
  }
  // Nothing added a story concept (only the headlines share words): the
  // first sentence that fits, else the first one cut to fit.
  for (std::size_t i = 0; summary.sentences.empty() && i < impl.candidates.size(); ++i) {
    const Candidate& c = impl.candidates[i];
    if (impl.CostOf(c, kind) > limit) continue;
    summary.sentences.push_back({c.article, c.sentence, c.span, 0.0, false});
  }
  if (summary.sentences.empty() && kind != Cost::kSentences) {
    if (std::optional<StorySentence> cut = impl.CutToFit(articles, kind, limit)) {
      summary.sentences.push_back(*cut);
    }
  }
  std::sort(summary.sentences.begin(), summary.sentences.end(),
            [](const StorySentence& a, const StorySentence& b) {
              return a.article != b.article ? a.article < b.article : a.index < b.index;
            });
  return summary;
}

}  // namespace precis::summarize
