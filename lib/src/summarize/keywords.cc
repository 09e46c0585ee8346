#include "summarize/keywords.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "precis/text/line_hyphens.h"
#include "summarize/keyword_filter.h"

namespace precis::summarize {
namespace {

// ALL CAPS ("SEPT", "ARSENAL"): two or more letters, none lower case. Headlines
// and shouted captions are set this way; it is not the word's usual case.
bool IsAllCaps(std::string_view form) {
  std::size_t upper = 0;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}

// Whether `form` is a word hyphenated across a line break (analyzer.h).
bool IsWrapped(std::string_view form) {
  return form.find_first_of("\n\r") != std::string_view::npos;
}

// How a term is written in the text: the form of its occurrences outside the
// headline (all of them when it occurs only there), preferring a form not in
// ALL CAPS, then the most frequent inside sentences (sentence-initial
// capitals say nothing about a word's usual case), then overall, then the
// first seen; a form written across a line break only when there is no other,
// and then as a reader reads it.
std::string SurfaceForm(std::string_view text, const text::Analysis& analysis, std::uint64_t term,
                        std::size_t first_token, int headline) {
  struct FormStats {
    int inner = 0;
    int total = 0;
    std::size_t first = 0;
  };
  std::map<std::string_view, FormStats> forms;
  std::map<std::string_view, FormStats> headline_forms;
  for (std::size_t t = first_token; t < analysis.tokens.size(); ++t) {
    const text::Token& token = analysis.tokens[t];
    if (token.term != term) continue;
    auto& counts = static_cast<int>(token.sentence) == headline ? headline_forms : forms;
    auto [it, inserted] = counts.try_emplace(token.span.In(text), FormStats{0, 0, t});
    ++it->second.total;
    if (analysis.sentence_token_begin[token.sentence] != t) ++it->second.inner;
  }
  if (forms.empty()) forms.swap(headline_forms);
  std::string_view best;
  bool best_wrapped = true;
  bool best_caps = true;
  FormStats best_stats{-1, -1, 0};
  for (const auto& [form, stats] : forms) {
    const bool wrapped = IsWrapped(form);
    const bool caps = IsAllCaps(form);
    const bool better =
        std::tie(best_wrapped, best_caps, stats.inner, stats.total) >
            std::tie(wrapped, caps, best_stats.inner, best_stats.total) ||
        (wrapped == best_wrapped && caps == best_caps && stats.inner == best_stats.inner &&
         stats.total == best_stats.total && stats.first < best_stats.first);
    if (better || best_stats.total < 0) {
      best = form;
      best_wrapped = wrapped;
      best_caps = caps;
      best_stats = stats;
    }
  }
  if (!best_wrapped) return std::string(best);
  // As the analyzer joined it (FindAnalyzedLineEndHyphens).
  const std::vector<text::PageBreak> page_breaks = text::FindPageBreaks(text);
  const std::vector<text::LineEndHyphen> hyphens =
      text::FindAnalyzedLineEndHyphens(text, page_breaks);
  const auto begin = static_cast<std::uint32_t>(best.data() - text.data());
  return text::ReadableText(text, {begin, begin + static_cast<std::uint32_t>(best.size())}, hyphens,
                            page_breaks);
}

}  // namespace

std::vector<Keyword> TopKeywords(std::string_view text, const text::Analysis& analysis,
                                 const DocumentTerms& terms, const KeywordRequest& request) {
  if (request.count == 0) return {};
  std::vector<std::uint32_t> order(terms.term_id.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (terms.weight[a] != terms.weight[b]) return terms.weight[a] > terms.weight[b];
    return terms.first_token[a] < terms.first_token[b];
  });

  // Taggability is judged on a term's first occurrence (cheap); surface forms
  // are gathered only for the chosen terms.
  std::vector<Keyword> keywords;
  for (std::uint32_t index : order) {
    if (keywords.size() == request.count) break;
    const text::Token& first = analysis.tokens[terms.first_token[index]];
    if (!IsTaggable(first.span.In(text), first, request.language)) continue;
    keywords.push_back({SurfaceForm(text, analysis, terms.term_id[index], terms.first_token[index],
                                    request.headline),
                        terms.weight[index]});
  }
  return keywords;
}

}  // namespace precis::summarize
