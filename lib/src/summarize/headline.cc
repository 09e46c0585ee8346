#include "summarize/headline.h"

#include "precis/text/page_furniture.h"
#include "summarize/sentence_filter.h"

namespace precis::summarize {
namespace {

// A punctuated title ("Will the Budget bring out smiling voters?") is short;
// a one-sentence lead paragraph on its own line is longer than this.
constexpr std::size_t kMaxPunctuatedHeadlineWords = 15;

// Fewer words than this make a section name or a label, not a headline.
constexpr std::size_t kMinHeadlineWords = 3;

// Line breaks between sentence `s` and the next, CR LF counting as one.
std::size_t LineBreaksAfter(std::string_view text, const text::Analysis& analysis, std::size_t s) {
  const std::string_view gap = text.substr(
      analysis.sentences[s].end, analysis.sentences[s + 1].begin - analysis.sentences[s].end);
  std::size_t breaks = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 == gap.size() || gap[i + 1] != '\n'))) {
      ++breaks;
    }
  }
  return breaks;
}

bool IsTitleLine(std::string_view text, const text::Analysis& analysis, std::size_t s) {
  return s + 1 < analysis.sentences.size() &&
         !text::EndsWithSentencePunctuation(analysis.sentences[s].In(text)) &&
         LineBreaksAfter(text, analysis, s) > 0;
}

bool LooksLikeHeadline(std::string_view line, std::size_t words) {
  return words >= kMinHeadlineWords && !IsBoilerplate(line, words) &&
         !text::HasNavigationSeparator(line);
}

}  // namespace

int FindHeadline(std::string_view text, const text::Analysis& analysis) {
  if (analysis.sentences.size() < 2) return -1;
  if (IsTitleLine(text, analysis, 0)) {
    for (std::size_t s = 0; s < kMaxTitleLines && IsTitleLine(text, analysis, s); ++s) {
      if (LooksLikeHeadline(analysis.sentences[s].In(text), analysis.SentenceTokens(s).size())) {
        return static_cast<int>(s);
      }
    }
    return 0;
  }
  // Punctuated: only a short line 1 standing alone, a blank line below it.
  const std::string_view first = analysis.sentences[0].In(text);
  const bool alone = LineBreaksAfter(text, analysis, 0) >= 2 &&
                     first.find_first_of("\n\r") == std::string_view::npos;
  return alone && analysis.SentenceTokens(0).size() <= kMaxPunctuatedHeadlineWords ? 0 : -1;
}

}  // namespace precis::summarize
