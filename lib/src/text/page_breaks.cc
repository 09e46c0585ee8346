#include "precis/text/page_breaks.h"

#include <algorithm>
#include <cctype>
#include <string>

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

// A line's shape for telling running heads: its text without the form
// feed and surrounding space, runs of spaces as one, runs of digits as '#'
// ("Northshore Gazette  Page 2" and "... Page 3" are one head).
std::string Shape(std::string_view line) {
  std::string shape;
  for (const char c : line) {
    if (IsBlank(c)) {
      if (!shape.empty() && shape.back() != ' ') shape.push_back(' ');
    } else if (c >= '0' && c <= '9') {
      if (shape.empty() || shape.back() != '#') shape.push_back('#');
    } else {
      shape.push_back(c);
    }
  }
  if (!shape.empty() && shape.back() == ' ') shape.pop_back();
  return shape;
}

// How many text lines on each side of a page break may be running heads.
constexpr std::size_t kLinesPerSide = 2;

// Running heads and feet: a line next to a page break (the last line of a
// page or the first of the next) whose shape is next to another page break
// too. Text never repeats a whole line at two page breaks by chance.
class RunningHeads {
 public:
  // `line` begins at byte `begin`; a line next to two breaks (a page of one
  // line) counts once.
  // `line` is neither blank nor a page number (the caller skips those).
  void Add(std::string_view line, std::size_t begin) {
    if (line.size() > kMaxHeadBytes) return;
    constexpr std::size_t kRecent = 2 * kLinesPerSide;  // the lines of the previous break
    if (std::find(added_.end() - std::min(added_.size(), kRecent), added_.end(), begin) !=
        added_.end()) {
      return;
    }
    added_.push_back(begin);
    seen_.push_back(Shape(line));
  }
  void Finish() {
    std::sort(seen_.begin(), seen_.end());
    for (std::size_t i = 0; i + 1 < seen_.size(); ++i) {
      if (seen_[i] == seen_[i + 1] && (heads_.empty() || heads_.back() != seen_[i])) {
        heads_.push_back(seen_[i]);
      }
    }
  }
  bool Contains(std::string_view line) const {
    if (heads_.empty() || line.size() > kMaxHeadBytes) return false;
    return std::binary_search(heads_.begin(), heads_.end(), Shape(line));
  }

 private:
  static constexpr std::size_t kMaxHeadBytes = 120;
  std::vector<std::size_t> added_;  // line starts, in text order
  std::vector<std::string> seen_;
  std::vector<std::string> heads_;
};

// The lines next to each form feed: the last kLinesPerSide text lines
// before the feed's line and the first ones from it on (a head can take two
// lines: a title on the left and a date on the right).
RunningHeads FindRunningHeads(std::string_view text) {
  RunningHeads heads;
  for (std::size_t feed = text.find('\f'); feed != std::string_view::npos;
       feed = text.find('\f', feed + 1)) {
    std::size_t begin = 0;
    std::size_t end = 0;
    LineAt(text, feed, begin, end);
    std::size_t before = begin;
    for (std::size_t taken = 0; before > 0 && taken < kLinesPerSide;) {
      std::size_t b = 0;
      std::size_t e = 0;
      const std::string_view previous = LineAt(text, before - 1, b, e);
      before = b;
      if (!IsBlankLine(previous) && !IsPageNumber(previous)) {
        heads.Add(previous, b);
        ++taken;
      }
    }
    for (std::size_t taken = 0, at = begin; at <= text.size() && taken < kLinesPerSide;) {
      const std::string_view line = LineAt(text, at, begin, end);
      if (!IsBlankLine(line) && !IsPageNumber(line)) {
        heads.Add(line, begin);
        ++taken;
      }
      if (end >= text.size()) break;
      at = end + 1;
    }
  }
  heads.Finish();
  return heads;
}

}  // namespace

std::vector<PageBreak> FindPageBreaks(std::string_view text) {
  std::vector<PageBreak> breaks;
  if (text.find('\f') == std::string_view::npos) return breaks;
  const RunningHeads running = FindRunningHeads(text);
  auto furniture = [&](std::string_view line) {
    return IsBlankLine(line) || IsPageNumber(line) || running.Contains(line);
  };
  for (std::size_t feed = text.find('\f'); feed != std::string_view::npos;
       feed = text.find('\f', feed + 1)) {
    std::size_t line_begin = 0;
    std::size_t line_end = 0;
    const std::string_view line = LineAt(text, feed, line_begin, line_end);
    // pdftotext puts the feed first on the next page's first line: when
    // that line is text, the next page starts with it.
    const bool opens_text = !furniture(line);
    if (opens_text && !IsBlankLine(text.substr(line_begin, feed - line_begin))) continue;
    // Back over the previous page's furniture.
    std::size_t before = line_begin;  // the start of the first line of the gap
    while (before > 0) {
      std::size_t b = 0;
      std::size_t e = 0;
      if (!furniture(LineAt(text, before - 1, b, e))) break;
      before = b;
    }
    if (before == 0) continue;  // no text before it
    // Forward over the next page's.
    std::size_t after = opens_text ? feed : line_end;
    while (!opens_text && after < text.size()) {
      std::size_t b = 0;
      std::size_t e = 0;
      if (!furniture(LineAt(text, after + 1, b, e))) break;
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
