#include "summarize/scorers.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace precis::summarize {
namespace {

// PageRank settings of the TextRank and LexRank papers.
constexpr double kDamping = 0.85;
constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-7;

// Term weight in the tfidf score: tf^kTermFrequencyExponent * idf^kIdfExponent.
// Frequency in the article is the stronger signal of what a news story is
// about; IDF's square root still demotes words common everywhere. Measured in
// docs/summarize.md.
constexpr double kTermFrequencyExponent = 1.5;
constexpr double kIdfExponent = 0.5;
// Sentence score = sum of term weights / (content terms)^kLengthExponent:
// 0 favours long sentences, 1 short ones.
constexpr double kLengthExponent = 0.5;
// Budget (in sentences) up to which the position prior has its full weight
// (Lead-3, the news convention), and how fast the weight falls beyond it:
// with the fourth power a 9-sentence budget keeps 1/81 of it, so a long
// summary is chosen by content (bbc-dev) while a Lead-3-sized one leans on
// position (CNN/DM); the second power cost bbc-dev 1.5 R-1 points at W = 0.5.
constexpr double kPriorBudget = 3.0;
constexpr double kPriorBudgetPower = 4.0;
// Floor of the scaled content score, so that a sentence without content
// terms still ranks by position.
constexpr double kMinContent = 1e-3;

// Each sentence's rank among the selectable body sentences before it (the
// headline and unfit sentences are skipped), so that the first body sentence
// has position 0 whether or not a title, a byline or a caption precedes it.
std::vector<std::size_t> BodyPositions(const ScoringContext& context) {
  std::vector<std::size_t> positions(context.terms.sentence_count());
  std::size_t k = 0;
  for (std::size_t s = 0; s < positions.size(); ++s) {
    positions[s] = k;
    const bool counts = static_cast<int>(s) != context.headline &&
                        (s >= context.selectable.size() || context.selectable[s]);
    if (counts) ++k;
  }
  return positions;
}

// How many sentences the budget amounts to.
double BudgetSentences(const ScoringContext& context) {
  const Budget& budget = context.options.budget;
  const DocumentTerms& terms = context.terms;
  const double n = double(terms.sentence_count() - (context.headline >= 0 ? 1 : 0));
  if (budget.bytes > 0 || budget.words > 0) {
    double words = 0;
    for (std::uint32_t w : terms.word_tokens) words += w;
    const double per_sentence = std::max(1.0, words / std::max(n, 1.0));
    // About six bytes per word in English news, spaces and punctuation included.
    const double budget_words =
        budget.bytes > 0 ? double(budget.bytes) / 6.0 : double(budget.words);
    return std::max(1.0, budget_words / per_sentence);
  }
  if (budget.ratio > 0) return std::max(1.0, budget.ratio * n);
  return double(std::max<std::size_t>(budget.sentences, 1));
}

// Scales content scores to [0, 1] and mixes in the position prior,
// geometrically: content^(1 - w) * prior^w, so a weak sentence is not carried
// by its position alone. The prior decides which few sentences lead, so its
// weight shrinks with the budget: full for up to kPriorBudget sentences,
// w * (kPriorBudget / B)^2 for a budget of B sentences (a long summary is
// chosen by content; a short one leans on position, as news is written).
void BlendWithPosition(const ScoringContext& context, std::vector<double>& scores) {
  const double w =
      context.options.position_weight *
      std::pow(std::min(1.0, kPriorBudget / BudgetSentences(context)), kPriorBudgetPower);
  double top = 0;
  for (double x : scores) top = std::max(top, x);
  const std::vector<std::size_t> positions = BodyPositions(context);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    const double content = top > 0 ? std::max(scores[s] / top, kMinContent) : kMinContent;
    const double prior = PositionPrior(positions[s], context.options.position_scale);
    scores[s] = std::pow(content, 1.0 - w) * std::pow(prior, w);
  }
}

// The document's TF-IDF centroid, dense over term indices.
std::vector<double> Centroid(const DocumentTerms& terms) {
  std::vector<double> centroid(terms.term_id.size());
  for (std::size_t t = 0; t < centroid.size(); ++t) {
    centroid[t] = double(terms.doc_count[t]) * terms.idf[t];
  }
  return centroid;
}

// Cosine of each sentence with the centroid: the linear stand-in for graph
// centrality on huge texts.
std::vector<double> CentroidCosine(const DocumentTerms& terms) {
  const std::vector<double> centroid = Centroid(terms);
  double centroid_norm = 0;
  for (double x : centroid) centroid_norm += x * x;
  centroid_norm = std::sqrt(centroid_norm);
  std::vector<double> scores(terms.sentence_count(), 0.0);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    if (terms.norm[s] == 0 || centroid_norm == 0) continue;
    double dot = 0;
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e) {
      dot += double(e->count) * terms.idf[e->term] * centroid[e->term];
    }
    scores[s] = dot / (terms.norm[s] * centroid_norm);
  }
  return scores;
}

// Degree centrality: the sum of a sentence's TF-IDF cosines with the other
// selectable body sentences, i.e. how much the rest of the article repeats
// what it says (LexRank's degree, continuous). Linear time: the sum of the
// cosines is the dot product of the sentence's unit vector with the sum of
// all unit vectors, less its own (1).
std::vector<double> DegreeCentrality(const ScoringContext& context) {
  const DocumentTerms& terms = context.terms;
  const std::size_t n = terms.sentence_count();
  std::vector<bool> counts(n);
  std::vector<double> sum(terms.term_id.size(), 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    counts[s] = static_cast<int>(s) != context.headline &&
                (s >= context.selectable.size() || context.selectable[s]) && terms.norm[s] > 0;
    if (!counts[s]) continue;
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e) {
      sum[e->term] += double(e->count) * terms.idf[e->term] / terms.norm[s];
    }
  }
  std::vector<double> degree(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    if (!counts[s]) continue;
    double dot = 0;
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e) {
      dot += double(e->count) * terms.idf[e->term] * sum[e->term];
    }
    degree[s] = std::max(0.0, dot / terms.norm[s] - 1.0);
  }
  return degree;
}

// Scales scores so that the largest is 1 (all zero stays zero).
void ScaleToTop(std::vector<double>& scores) {
  double top = 0;
  for (double x : scores) top = std::max(top, x);
  if (top <= 0) return;
  for (double& x : scores) x = std::max(x, 0.0) / top;
}

}  // namespace

double PositionPrior(std::size_t k, double scale) { return 1.0 / (1.0 + double(k) / scale); }

std::vector<double> ScoreSentences(const ScoringContext& context) {
  switch (context.options.method) {
    case Method::kTfidf:
      return ScoreTfidf(context);
    case Method::kCentroid:
      return ScoreCentroid(context);
    case Method::kTextRank:
      return ScoreGraph(context, 0.0);
    case Method::kLexRank:
      return ScoreGraph(context, 0.1);
    case Method::kLead:
      return ScoreLead(context);
  }
  return ScoreLead(context);
}

std::vector<double> ScoreTfidf(const ScoringContext& context) {
  const DocumentTerms& terms = context.terms;
  const double headline_weight = context.options.headline_weight;
  // Each term's weight once, not at each of its sentences, and tf^1.5 of
  // the common small counts from a table (pow calls were 8% of a summary's
  // instructions).
  static const std::array<double, 64> kTfPower = [] {
    std::array<double, 64> table{};
    for (std::size_t tf = 0; tf < table.size(); ++tf) {
      table[tf] = std::pow(double(tf), kTermFrequencyExponent);
    }
    return table;
  }();
  std::vector<double> term_weight(terms.term_id.size());
  for (std::size_t t = 0; t < term_weight.size(); ++t) {
    const std::uint32_t tf = terms.doc_count[t];
    const double w =
        (tf < kTfPower.size() ? kTfPower[tf] : std::pow(double(tf), kTermFrequencyExponent)) *
        std::pow(terms.idf[t], kIdfExponent);
    term_weight[t] = terms.in_headline[t] ? w * (1.0 + headline_weight) : w;
  }
  std::vector<double> scores(terms.sentence_count(), 0.0);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    double sum = 0;
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e) sum += term_weight[e->term];
    const double length = std::max<double>(terms.content_tokens[s], 1.0);
    scores[s] = sum / std::pow(length, kLengthExponent);
  }
  // Term weights say what a sentence is about; centrality says whether the
  // article keeps coming back to it. Both on [0, 1] before mixing.
  const double centrality_weight = context.options.centrality_weight;
  if (centrality_weight > 0) {
    std::vector<double> centrality = DegreeCentrality(context);
    ScaleToTop(scores);
    ScaleToTop(centrality);
    for (std::size_t s = 0; s < scores.size(); ++s) {
      scores[s] = (1.0 - centrality_weight) * scores[s] + centrality_weight * centrality[s];
    }
  }
  BlendWithPosition(context, scores);
  return scores;
}

std::vector<double> ScoreCentroid(const ScoringContext& context) {
  const DocumentTerms& terms = context.terms;
  // MEAD keeps the centroid's top words; here: terms weighing at least a
  // tenth of the heaviest, which drops the long tail of one-off words.
  std::vector<double> centroid = Centroid(terms);
  double top = 0;
  for (double x : centroid) top = std::max(top, x);
  for (double& x : centroid) {
    if (x < 0.1 * top) x = 0;
  }
  std::vector<double> scores(terms.sentence_count(), 0.0);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e)
      scores[s] += centroid[e->term];
  }
  BlendWithPosition(context, scores);
  return scores;
}

std::vector<double> ScoreGraph(const ScoringContext& context, double threshold) {
  const DocumentTerms& terms = context.terms;
  const std::size_t n = terms.sentence_count();
  if (n > kMaxGraphSentences) return CentroidCosine(terms);
  // Dense similarity matrix: n is capped, and dense rows keep the power
  // iteration simple and cache-friendly.
  std::vector<double> weight(n * n, 0.0);
  std::vector<double> out_sum(n, 0.0);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = a + 1; b < n; ++b) {
      double w = Cosine(terms, a, b);
      if (threshold > 0) w = w >= threshold ? 1.0 : 0.0;
      weight[a * n + b] = weight[b * n + a] = w;
      out_sum[a] += w;
      out_sum[b] += w;
    }
  }
  std::vector<double> rank(n, 1.0 / double(std::max<std::size_t>(n, 1)));
  std::vector<double> next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    // A sentence similar to no other spreads its rank evenly (dangling node).
    double dangling = 0;
    for (std::size_t b = 0; b < n; ++b) {
      if (out_sum[b] == 0) dangling += rank[b];
    }
    double change = 0;
    for (std::size_t a = 0; a < n; ++a) {
      double sum = 0;
      const double* row = weight.data() + a * n;
      for (std::size_t b = 0; b < n; ++b) {
        if (row[b] != 0) sum += row[b] / out_sum[b] * rank[b];
      }
      next[a] = (1.0 - kDamping) / double(n) + kDamping * (sum + dangling / double(n));
      change += std::abs(next[a] - rank[a]);
    }
    rank.swap(next);
    if (change < kTolerance) break;
  }
  return rank;
}

std::vector<double> ScoreLead(const ScoringContext& context) {
  std::vector<double> scores(context.terms.sentence_count());
  const std::vector<std::size_t> positions = BodyPositions(context);
  for (std::size_t s = 0; s < scores.size(); ++s) scores[s] = PositionPrior(positions[s], 1.0);
  return scores;
}

}  // namespace precis::summarize
