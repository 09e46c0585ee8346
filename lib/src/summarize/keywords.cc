#include "summarize/keywords.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace precis::summarize {

std::vector<Keyword> TopKeywords(std::string_view text, const text::Analysis& analysis,
                                 const DocumentTerms& terms, std::size_t count) {
  if (count == 0) return {};
  std::vector<std::uint32_t> order(terms.term_id.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::size_t k = std::min(count, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](std::uint32_t a, std::uint32_t b) {
                      if (terms.weight[a] != terms.weight[b]) {
                        return terms.weight[a] > terms.weight[b];
                      }
                      return terms.first_token[a] < terms.first_token[b];
                    });
  order.resize(k);

  // Surface forms are gathered only for the chosen terms: one pass over the
  // tokens, a small map per keyword.
  std::vector<Keyword> keywords;
  keywords.reserve(k);
  for (std::uint32_t index : order) {
    const std::uint64_t term = terms.term_id[index];
    // Per form: occurrences not at a sentence start, all occurrences, first
    // token. Sentence-initial capitals say nothing about a word's usual case.
    struct FormStats {
      int inner = 0;
      int total = 0;
      std::size_t first = 0;
    };
    std::map<std::string_view, FormStats> forms;
    for (std::size_t t = terms.first_token[index]; t < analysis.tokens.size(); ++t) {
      const text::Token& token = analysis.tokens[t];
      if (token.term != term) continue;
      auto [it, inserted] = forms.try_emplace(token.span.In(text), FormStats{0, 0, t});
      ++it->second.total;
      if (analysis.sentence_token_begin[token.sentence] != t) ++it->second.inner;
    }
    std::string_view best;
    FormStats best_stats{-1, -1, 0};
    for (const auto& [form, stats] : forms) {
      const bool better =
          std::tie(stats.inner, stats.total) > std::tie(best_stats.inner, best_stats.total) ||
          (stats.inner == best_stats.inner && stats.total == best_stats.total &&
           stats.first < best_stats.first);
      if (better) {
        best = form;
        best_stats = stats;
      }
    }
    keywords.push_back({std::string(best), terms.weight[index]});
  }
  return keywords;
}

}  // namespace precis::summarize
