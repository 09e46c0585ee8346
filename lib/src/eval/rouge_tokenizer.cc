#include "eval/rouge_tokenizer.h"

namespace precis::eval {
namespace {

// Perl's \s on a byte string: ASCII whitespace only.
bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::uint32_t CountWords(std::string_view line) {
  std::uint32_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = IsPerlSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Perl's split(/\s+/, line), which ROUGE-1.5.5 counts for -l: the words, plus
// an empty first field when the line starts with whitespace (but no fields
// at all for a blank line).
std::uint32_t CountFields(std::string_view line) {
  const std::uint32_t words = CountWords(line);
  return words > 0 && IsPerlSpace(line.front()) ? words + 1 : words;
}

// `line` up to the end of its first `fields` fields: ROUGE-1.5.5 re-joins the
// kept fields with single spaces, which tokenizes the same.
std::string_view FirstFields(std::string_view line, std::uint32_t fields) {
  if (!line.empty() && IsPerlSpace(line.front())) {
    if (fields == 0) return {};
    --fields;  // the empty field before the leading whitespace
  }
  if (fields == 0) return {};
  std::uint32_t seen = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const bool space = IsPerlSpace(line[i]);
    if (space && in_word && ++seen == fields) return line.substr(0, i);
    in_word = !space;
  }
  return line;
}

}  // namespace

void ReadLines(std::string_view text, LengthLimit kind, std::uint32_t limit,
               std::vector<std::string_view>& lines) {
  lines.clear();
  std::uint64_t so_far = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.empty()) continue;
    switch (kind) {
      case LengthLimit::kNone:
        lines.push_back(line);
        break;
      case LengthLimit::kWords: {
        const std::uint32_t fields = CountFields(line);
        if (so_far + fields < limit) {
          so_far += fields;
          lines.push_back(line);
          break;
        }
        lines.push_back(FirstFields(line, static_cast<std::uint32_t>(limit - so_far)));
        return;
      }
      case LengthLimit::kBytes:
        if (so_far + line.size() < limit) {
          so_far += line.size();
          lines.push_back(line);
          break;
        }
        lines.push_back(line.substr(0, limit - so_far));
        return;
      case LengthLimit::kBytesLcsBug:
        if (line.size() < limit) {
          lines.push_back(line);
          break;
        }
        lines.push_back(line.substr(0, limit));
        return;
    }
  }
}

std::vector<std::string> RougeTokenize(std::string_view text) {
  std::vector<std::string> tokens;
  ForEachRougeToken(text, [&](std::string_view token) { tokens.emplace_back(token); });
  return tokens;
}

}  // namespace precis::eval
