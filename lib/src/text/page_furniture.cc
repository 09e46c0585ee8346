#include "precis/text/page_furniture.h"

#include <algorithm>
#include <array>
#include <span>

namespace precis::text {
namespace {

// Lower-case openings of a page's labels, links and footer lines.
// clang-format off
constexpr std::array<std::string_view, 38> kFurniturePhrases = {
    "scroll down for video", "read more", "advertisement", "skip to ", "share this",
    "share on ", "click here", "published:", "updated:", "last updated", "follow us",
    "sign up for", "subscribe to", "related articles", "related stories", "related:",
    "see also:", "watch the video", "video:", "comments (", "more from", "most read",
    "most popular", "you may also like", "recommended for you", "we use cookies",
    "accept all cookies", "cookie policy", "cookie settings", "all rights reserved",
    "\u00A9 ", "copyright \u00A9", "facebook twitter", "tags:", "topics:", "print this",
    "email this", "back to top"};
// clang-format on

// What separates the items of a menu. All but '|' also close a quotation
// («подшипник», »so«), join the parts of a word (Catalan "col·legi") or mark
// a list item ("• Libraries close"): between items they stand between blanks.
constexpr std::array<std::string_view, 5> kSeparators = {"|", "\u2022", "\u00B7", "\u203A",
                                                         "\u00BB"};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view TrimBlanks(std::string_view line) {
  while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
  while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
  return line;
}

// Byte offset of the first `separator` in `line`, at or after `from`, that
// stands between two items (see HasNavigationSeparator), or npos.
std::size_t FindSeparator(std::string_view line, std::string_view separator, std::size_t from) {
  for (std::size_t at = line.find(separator, from); at != std::string_view::npos;
       at = line.find(separator, at + 1)) {
    const std::size_t after = at + separator.size();
    const bool items =
        !TrimBlanks(line.substr(0, at)).empty() && !TrimBlanks(line.substr(after)).empty();
    if (items && (separator == "|" || (IsBlank(line[at - 1]) && IsBlank(line[after])))) return at;
  }
  return std::string_view::npos;
}

enum class LineKind { kText, kFurniture, kLabel };

struct Line {
  ByteSpan span;  // blanks trimmed
  LineKind kind = LineKind::kText;
};

// Whether `line`, whose words are `tokens`, is a menu: items of at most
// kMaxMenuItemWords words between separators, no digits, no end punctuation.
bool IsMenu(std::string_view line, std::uint32_t line_begin, std::span<const Token> tokens) {
  // Cheapest tests first: most lines of an article end with a full stop.
  if (tokens.empty() || EndsWithSentencePunctuation(line) || !HasNavigationSeparator(line) ||
      std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  // Cut the line at every separator; count each item's tokens.
  std::vector<std::uint32_t> cuts;
  for (std::string_view separator : kSeparators) {
    for (std::size_t at = FindSeparator(line, separator, 0); at != std::string_view::npos;
         at = FindSeparator(line, separator, at + 1)) {
      cuts.push_back(line_begin + static_cast<std::uint32_t>(at));
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::size_t item_words = 0;
  std::size_t cut = 0;
  for (const Token& token : tokens) {
    while (cut < cuts.size() && cuts[cut] < token.span.begin) {
      ++cut;
      item_words = 0;
    }
    if (++item_words > kMaxMenuItemWords) return false;
  }
  return true;
}

}  // namespace

bool StartsWithFurniturePhrase(std::string_view line) {
  for (std::string_view phrase : kFurniturePhrases) {
    if (line.size() < phrase.size()) continue;
    bool equal = true;
    for (std::size_t i = 0; equal && i < phrase.size(); ++i) {
      equal = AsciiLower(line[i]) == phrase[i];
    }
    if (equal) return true;
  }
  return false;
}

bool EndsWithSentencePunctuation(std::string_view line) {
  while (!line.empty()) {
    const char c = line.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      line.remove_suffix(1);
    } else if (line.ends_with("\u00BB")) {
      line.remove_suffix(2);
    } else if (line.ends_with("\u2019") || line.ends_with("\u201D") || line.ends_with("\u300D")) {
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  if (line.empty()) return false;
  const char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || line.ends_with("\u2026") ||
         line.ends_with("\u3002") || line.ends_with("\uFF01") || line.ends_with("\uFF1F");
}

bool HasNavigationSeparator(std::string_view line) {
  return std::any_of(kSeparators.begin(), kSeparators.end(), [&](std::string_view separator) {
    return FindSeparator(line, separator, 0) != std::string_view::npos;
  });
}

std::vector<ByteSpan> FindFurnitureLines(std::string_view text, const Analysis& analysis) {
  // The non-blank lines and their kinds.
  std::vector<Line> lines;
  auto next_token = analysis.tokens.begin();
  bool any_furniture = false;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view line = TrimBlanks(raw);
    if (!line.empty()) {
      const auto line_begin = static_cast<std::uint32_t>(line.data() - text.data());
      const auto line_end = static_cast<std::uint32_t>(line_begin + line.size());
      // Tokens are in text order: the line's are found by two binary searches
      // (a paragraph's hundreds of words need not be stepped over one by one).
      const auto starts_before = [](const Token& t, std::uint32_t offset) {
        return t.span.begin < offset;
      };
      const auto first =
          std::lower_bound(next_token, analysis.tokens.end(), line_begin, starts_before);
      next_token = std::lower_bound(first, analysis.tokens.end(), line_end, starts_before);
      const std::span<const Token> tokens(first, next_token);
      const std::size_t words = tokens.size();
      LineKind kind = LineKind::kText;
      if ((words <= kMaxFurnitureWords && StartsWithFurniturePhrase(line)) ||
          IsMenu(line, line_begin, tokens)) {
        kind = LineKind::kFurniture;
        any_furniture = true;
      } else if (words <= kMaxLabelWords && !EndsWithSentencePunctuation(line)) {
        kind = LineKind::kLabel;
      }
      lines.push_back({{line_begin, line_end}, kind});
    }
    begin = end + 1;
  }
  std::vector<ByteSpan> furniture;
  if (!any_furniture) return furniture;
  // A run of labels next to furniture is furniture: a section name under the menu.
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].kind != LineKind::kLabel) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lines.size() && lines[j].kind == LineKind::kLabel) ++j;
    const bool next_to_furniture = (i > 0 && lines[i - 1].kind == LineKind::kFurniture) ||
                                   (j < lines.size() && lines[j].kind == LineKind::kFurniture);
    if (next_to_furniture) {
      for (std::size_t k = i; k < j; ++k) lines[k].kind = LineKind::kFurniture;
    }
    i = j;
  }
  for (const Line& line : lines) {
    if (line.kind == LineKind::kFurniture) furniture.push_back(line.span);
  }
  return furniture;
}

std::vector<bool> FindFurnitureTokens(std::string_view text, const Analysis& analysis) {
  std::vector<bool> furniture;
  const std::vector<ByteSpan> lines = FindFurnitureLines(text, analysis);
  if (lines.empty()) return furniture;
  furniture.reserve(analysis.tokens.size());
  std::size_t line = 0;
  for (const Token& token : analysis.tokens) {
    while (line < lines.size() && lines[line].end <= token.span.begin) ++line;
    furniture.push_back(line < lines.size() && lines[line].begin <= token.span.begin);
  }
  return furniture;
}

}  // namespace precis::text
