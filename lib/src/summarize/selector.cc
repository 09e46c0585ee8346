#include "summarize/selector.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "text/unicode_util.h"

namespace precis::summarize {
namespace {

enum class BudgetKind { kSentences, kWords, kBytes };

// MMR candidate pool: the best max(kMinMmrPool, kMmrPoolFactor x picks)
// sentences; above kMaxMmrWork (pool x picks cosine updates) plain best-first.
constexpr std::size_t kMinMmrPool = 64;
constexpr std::size_t kMmrPoolFactor = 4;
constexpr double kMaxMmrWork = 4e6;

// See the end of SelectSentences: whole sentences must fill at least
// 1 / kMinBudgetFillDenominator of a word or byte budget.
constexpr std::size_t kMinBudgetFillDenominator = 2;

struct Limits {
  BudgetKind kind = BudgetKind::kSentences;
  std::size_t limit = 0;
};

Limits ResolveBudget(const Budget& budget, std::size_t selectable) {
  if (budget.bytes > 0) return {BudgetKind::kBytes, budget.bytes};
  if (budget.words > 0) return {BudgetKind::kWords, budget.words};
  if (budget.ratio > 0) {
    const auto n = static_cast<std::size_t>(std::llround(budget.ratio * double(selectable)));
    return {BudgetKind::kSentences, std::max<std::size_t>(n, 1)};
  }
  return {BudgetKind::kSentences, std::max<std::size_t>(budget.sentences, 1)};
}

std::size_t Cost(const SelectionInput& input, BudgetKind kind, std::size_t s) {
  switch (kind) {
    case BudgetKind::kSentences:
      return 1;
    case BudgetKind::kWords:
      return TokensFrom(input.analysis.SentenceTokens(s), input.shown[s].begin).size();
    case BudgetKind::kBytes:
      return input.shown[s].size();
  }
  return 1;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::span<const text::Token> TokensFrom(std::span<const text::Token> tokens, std::uint32_t from) {
  std::size_t skipped = 0;
  while (skipped < tokens.size() && tokens[skipped].span.begin < from) ++skipped;
  return tokens.subspan(skipped);
}

ByteSpan CutSentence(std::string_view text, const text::Analysis& analysis, std::size_t s,
                     std::uint32_t from, bool words, std::size_t limit) {
  const ByteSpan sentence = {std::max(from, analysis.sentences[s].begin),
                             analysis.sentences[s].end};
  const std::span<const text::Token> tokens =
      TokensFrom(analysis.SentenceTokens(s), sentence.begin);
  if (words) {
    if (tokens.empty() || limit == 0) return {sentence.begin, sentence.begin};
    return {sentence.begin, tokens[std::min(limit, tokens.size()) - 1].span.end};
  }
  const std::size_t max_end = sentence.begin + limit;
  std::uint32_t end = sentence.begin;
  for (const text::Token& token : tokens) {
    if (token.span.end > max_end) break;
    end = token.span.end;
  }
  if (end == sentence.begin) {
    end = static_cast<std::uint32_t>(std::min<std::size_t>(max_end, sentence.end));
    while (end > sentence.begin && end < text.size() && IsContinuationByte(text[end])) --end;
    // Like a sentence, a cut ends on a visible character ("- -", not "- - ").
    while (end > sentence.begin) {
      const auto before = text::CodePointBefore(text, end);
      if (!text::IsSpace(before.value)) break;
      end -= static_cast<std::uint32_t>(before.length);
    }
  }
  return {sentence.begin, end};
}

std::vector<SummarySentence> SelectSentences(const SelectionInput& input,
                                             const SummarizerOptions& options) {
  const std::size_t n = input.scores.size();
  std::vector<std::size_t> candidates;
  for (std::size_t s = 0; s < n; ++s) {
    if (input.selectable[s]) candidates.push_back(s);
  }
  // A text that is only a headline still gets a summary: the headline.
  if (candidates.empty()) {
    for (std::size_t s = 0; s < n; ++s) candidates.push_back(s);
  }
  if (candidates.empty()) return {};
  const Limits limits = ResolveBudget(options.budget, candidates.size());

  // Scores scaled to [0, 1] so that the MMR penalty (a cosine) is on the
  // same scale whatever the method.
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  for (std::size_t s : candidates) {
    low = std::min(low, input.scores[s]);
    high = std::max(high, input.scores[s]);
  }
  const double range = high > low ? high - low : 1.0;

  // Best first; ties go to the earlier sentence.
  std::vector<std::size_t> order = candidates;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return input.scores[a] > input.scores[b]; });

  // MMR compares each remaining candidate with each pick: quadratic. It only
  // ever reaches into the top of the ranking, so the pool is the best
  // kMmrPoolFactor x (expected picks) sentences, and on huge texts with huge
  // budgets (a 100,000-sentence text at --ratio 0.5) where even that is too
  // much work, selection falls back to plain best-first.
  std::size_t expected_picks = limits.limit;
  if (limits.kind != BudgetKind::kSentences) {
    std::size_t total = 0;
    for (std::size_t s : candidates) total += Cost(input, limits.kind, s);
    const double mean = std::max(1.0, double(total) / double(candidates.size()));
    expected_picks = static_cast<std::size_t>(double(limits.limit) / mean) + 1;
  }
  const std::size_t pool =
      std::min(order.size(), std::max(kMinMmrPool, kMmrPoolFactor * expected_picks));
  // Lead is the first sentences, in order: no redundancy penalty, and no
  // skipping ahead past a sentence that does not fit (the first sentence is
  // cut to fit instead, below).
  const bool lead = options.method == Method::kLead;
  const bool mmr =
      !lead && options.diversity > 0 && double(pool) * double(expected_picks) <= kMaxMmrWork;

  std::vector<SummarySentence> picked;
  std::size_t used = 0;
  auto take = [&](std::size_t s) {
    used += Cost(input, limits.kind, s);
    picked.push_back({static_cast<std::uint32_t>(s), input.shown[s], input.scores[s], false});
  };
  auto full = [&] {
    return limits.kind == BudgetKind::kSentences && picked.size() >= limits.limit;
  };
  if (!mmr) {
    for (std::size_t s : order) {
      if (full()) break;
      if (used + Cost(input, limits.kind, s) <= limits.limit) {
        take(s);
      } else if (lead) {
        break;
      }
    }
  } else {
    order.resize(pool);
    std::vector<double> redundancy(pool, 0.0);
    std::vector<bool> taken(pool, false);
    while (!full()) {
      std::size_t best = pool;
      double best_value = -std::numeric_limits<double>::infinity();
      for (std::size_t i = 0; i < pool; ++i) {
        const std::size_t s = order[i];
        if (taken[i] || used + Cost(input, limits.kind, s) > limits.limit) continue;
        const double value = (input.scores[s] - low) / range - options.diversity * redundancy[i];
        if (value > best_value || (value == best_value && best != pool && s < order[best])) {
          best_value = value;
          best = i;
        }
      }
      if (best == pool) break;
      taken[best] = true;
      take(order[best]);
      for (std::size_t i = 0; i < pool; ++i) {
        if (!taken[i]) {
          redundancy[i] = std::max(redundancy[i], Cosine(input.terms, order[i], order[best]));
        }
      }
    }
  }

  // Word and byte budgets: when the best sentence was left out for its
  // length, the whole sentences that fit must fill half the budget and
  // together score as much as it does; else (a stray short sentence, a
  // context-free quote is no summary) the summary is the best sentence cut
  // to fit, as it is when nothing fits.
  const std::size_t best = order.front();  // ties: the earlier sentence
  const bool best_left_out = std::none_of(picked.begin(), picked.end(),
                                          [&](const SummarySentence& p) { return p.index == best; });
  double picked_score = 0;
  for (const SummarySentence& p : picked) picked_score += std::max(input.scores[p.index], 0.0);
  if (limits.kind != BudgetKind::kSentences && best_left_out &&
      (used * kMinBudgetFillDenominator < limits.limit || picked_score < input.scores[best])) {
    picked.clear();
  }
  if (picked.empty()) {
    const ByteSpan span = CutSentence(input.text, input.analysis, best, input.shown[best].begin,
                                      limits.kind == BudgetKind::kWords, limits.limit);
    if (!span.empty()) {
      picked.push_back({static_cast<std::uint32_t>(best), span, input.scores[best], true});
    }
  }
  if (options.order == Order::kDocument) {
    std::sort(picked.begin(), picked.end(),
              [](const SummarySentence& a, const SummarySentence& b) { return a.index < b.index; });
  }
  return picked;
}

}  // namespace precis::summarize
