#include "summarize/headline.h"

#include <array>

namespace precis::summarize {
namespace {

// A punctuated title ("Will the Budget bring out smiling voters?") is short;
// a one-sentence lead paragraph on its own line is longer than this.
constexpr std::size_t kMaxPunctuatedHeadlineWords = 15;

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Closing quotes and brackets that may follow the end punctuation.
constexpr std::array<std::string_view, 8> kClosers = {"\"",     "'",      ")",      "]",
                                                      "\u201D", "\u2019", "\u00BB", "\u300D"};
constexpr std::array<std::string_view, 8> kEnders = {".",      "!",      "?",      "\u2026",
                                                     "\u3002", "\uFF01", "\uFF1F", ":"};

bool EndsWithPunctuation(std::string_view sentence) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view closer : kClosers) {
      if (EndsWith(sentence, closer)) {
        sentence.remove_suffix(closer.size());
        stripped = true;
      }
    }
  }
  for (std::string_view ender : kEnders) {
    if (EndsWith(sentence, ender)) return true;
  }
  return false;
}

// Line breaks in `gap`, CR LF counting as one.
std::size_t LineBreaks(std::string_view gap) {
  std::size_t breaks = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 == gap.size() || gap[i + 1] != '\n'))) {
      ++breaks;
    }
  }
  return breaks;
}

}  // namespace

int FindHeadline(std::string_view text, const text::Analysis& analysis) {
  if (analysis.sentences.size() < 2) return -1;
  const std::string_view first = analysis.sentences[0].In(text);
  const std::size_t breaks_after = LineBreaks(text.substr(
      analysis.sentences[0].end, analysis.sentences[1].begin - analysis.sentences[0].end));
  if (!EndsWithPunctuation(first)) return breaks_after > 0 ? 0 : -1;
  // Punctuated: only a short line 1 standing alone, a blank line below it.
  const bool alone = breaks_after >= 2 && first.find_first_of("\n\r") == std::string_view::npos;
  return alone && analysis.SentenceTokens(0).size() <= kMaxPunctuatedHeadlineWords ? 0 : -1;
}

}  // namespace precis::summarize
