// How ROUGE-1.5.5 reads a text: lines as sentences, its -l / -b length limits,
// and its tokenization (maximal runs of ASCII letters and digits, lowercased).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::eval {

enum class LengthLimit : std::uint8_t {
  kNone,
  kWords,  // -l: whitespace-separated words of the raw lines
  kBytes,  // -b: bytes of the raw lines, line breaks not counted
  // -b as ROUGE-1.5.5's per-sentence (ROUGE-L) reader applies it: its byte
  // total never grows, so lines shorter than the limit are all kept and only
  // the first line that alone reaches the limit is cut (and reading stops).
  kBytesLcsBug,
};

// Replaces `lines` with the non-empty lines of `text` (split at '\n') that
// survive `kind` with `limit` (ignored for kNone), the last one possibly cut.
// The views point into `text`.
void ReadLines(std::string_view text, LengthLimit kind, std::uint32_t limit,
               std::vector<std::string_view>& lines);

inline bool IsRougeTokenByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// Calls visit(token) for every token of `line`, lowercased; the view lives
// only for the call.
template <typename Visit>
void ForEachRougeToken(std::string_view line, Visit&& visit) {
  std::string token;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !IsRougeTokenByte(line[i])) ++i;
    if (i == line.size()) break;
    token.clear();
    while (i < line.size() && IsRougeTokenByte(line[i])) {
      const char c = line[i++];
      token.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    visit(std::string_view(token));
  }
}

// The tokens of `text` before stop words and stemming, for tests.
std::vector<std::string> RougeTokenize(std::string_view text);

}  // namespace precis::eval
