#include "summarize/headline.h"

#include <array>

namespace precis::summarize {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Closing quotes and brackets that may follow the end punctuation.
constexpr std::array<std::string_view, 8> kClosers = {"\"", "'", ")", "]", "\u201D", "\u2019",
                                                      "\u00BB", "\u300D"};
constexpr std::array<std::string_view, 8> kEnders = {".", "!", "?", "\u2026", "\u3002",
                                                     "\uFF01", "\uFF1F", ":"};

}  // namespace

int FindHeadline(std::string_view text, const text::Analysis& analysis) {
  if (analysis.sentences.size() < 2) return -1;
  std::string_view first = analysis.sentences[0].In(text);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view closer : kClosers) {
      if (EndsWith(first, closer)) {
        first.remove_suffix(closer.size());
        stripped = true;
      }
    }
  }
  for (std::string_view ender : kEnders) {
    if (EndsWith(first, ender)) return -1;
  }
  const std::string_view gap = text.substr(
      analysis.sentences[0].end, analysis.sentences[1].begin - analysis.sentences[0].end);
  return gap.find_first_of("\n\r") == std::string_view::npos ? -1 : 0;
}

}  // namespace precis::summarize
