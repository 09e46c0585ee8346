#include "precis/text/page_breaks.h"

#include <cctype>

namespace precis::text {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// Whether `line` (a line of the text, without its line break) is a page
// number: digits, optionally "Page N", "N of M" or "N/M", inside dashes,
// brackets or parentheses; at most a few characters besides.
bool IsPageNumber(std::string_view line) {
  auto trim = [&](std::string_view chars) {
    while (!line.empty() && chars.find(line.front()) != std::string_view::npos) line.remove_prefix(1);
    while (!line.empty() && chars.find(line.back()) != std::string_view::npos) line.remove_suffix(1);
  };
  trim(" \t\r\f-[]()");
  if (line.size() > 5 && (line.substr(0, 5) == "Page " || line.substr(0, 5) == "page ")) {
    line.remove_prefix(5);
  }
  auto digits = [&] {
    std::size_t n = 0;
    while (n < line.size() && n < 5 && std::isdigit(static_cast<unsigned char>(line[n]))) ++n;
    line.remove_prefix(n);
    return n > 0 && n < 5;
  };
  if (!digits()) return false;
  if (line.starts_with(" of ")) {
    line.remove_prefix(4);
    if (!digits()) return false;
  } else if (line.starts_with('/')) {
    line.remove_prefix(1);
    if (!digits()) return false;
  }
  return line.empty();
}

// The line around byte `at`: [begin, end) without its line break.
std::string_view LineAt(std::string_view text, std::size_t at, std::size_t& begin,
                        std::size_t& end) {
  begin = text.rfind('\n', at == 0 ? 0 : at - 1);
  begin = begin == std::string_view::npos || at == 0 ? 0 : begin + 1;
  end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  return text.substr(begin, end - begin);
}

bool IsBlankLine(std::string_view line) {
  for (const char c : line) {
    if (!IsBlank(c)) return false;
  }
  return true;
}

}  // namespace

std::vector<PageBreak> FindPageBreaks(std::string_view text) {
  std::vector<PageBreak> breaks;
  for (std::size_t feed = text.find('\f'); feed != std::string_view::npos;
       feed = text.find('\f', feed + 1)) {
    // Back over the previous page's blank and page-number lines.
    std::size_t line_begin = 0;
    std::size_t line_end = 0;
    std::string_view line = LineAt(text, feed, line_begin, line_end);
    std::size_t before = line_begin;  // the start of the first line of the gap
    // pdftotext puts the feed first on the next page's first line: then
    // that line's text starts the next page.
    const bool opens_text = !IsBlankLine(line) && !IsPageNumber(line);
    if (opens_text && !IsBlankLine(text.substr(line_begin, feed - line_begin))) continue;
    while (before > 0) {
      std::size_t b = 0;
      std::size_t e = 0;
      const std::string_view previous = LineAt(text, before - 1, b, e);
      if (!IsBlankLine(previous) && !IsPageNumber(previous)) break;
      before = b;
    }
    if (before == 0) continue;  // no text before it
    // Forward over the next page's.
    std::size_t after = opens_text ? feed : line_end;
    while (!opens_text && after < text.size()) {
      std::size_t b = 0;
      std::size_t e = 0;
      const std::string_view next = LineAt(text, after + 1, b, e);
      if (after + 1 > text.size() || (!IsBlankLine(next) && !IsPageNumber(next))) break;
      after = e;
    }
    if (after >= text.size()) continue;  // no text after it
    std::size_t end = after + 1;
    while (end < text.size() && IsBlank(text[end])) ++end;
    // `before` is just after the previous page's last line break; the page
    // break starts where its visible text ends.
    std::size_t begin = before - 1;
    while (begin > 0 && (IsBlank(text[begin - 1]))) --begin;
    if (!breaks.empty() && begin < breaks.back().end) continue;  // the same gap, two feeds
    breaks.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }
  return breaks;
}

}  // namespace precis::text
