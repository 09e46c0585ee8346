#include "precis/text/line_hyphens.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/unicode_util.h"

namespace precis::text {
namespace {

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t'; }

// Whether `word` occurs in `text` with no letter on either side.
bool OccursAsWord(std::string_view text, std::string_view word) {
  for (std::size_t i = text.find(word); i != std::string_view::npos; i = text.find(word, i + 1)) {
    const bool letter_before = i > 0 && u_isalpha(CodePointBefore(text, i).value);
    const std::size_t end = i + word.size();
    const bool letter_after = end < text.size() && u_isalpha(CodePointAt(text, end).value);
    if (!letter_before && !letter_after) return true;
  }
  return false;
}

}  // namespace

std::vector<LineEndHyphen> FindLineEndHyphens(
    std::string_view text, const std::function<bool(std::string_view)>& is_known_word) {
  return FindLineEndHyphens(text, FindPageBreaks(text), is_known_word);
}

std::vector<LineEndHyphen> FindLineEndHyphens(
    std::string_view text, std::span<const PageBreak> page_breaks,
    const std::function<bool(std::string_view)>& is_known_word) {
  std::vector<LineEndHyphen> hyphens;
  auto page = page_breaks.begin();
  for (std::size_t newline = text.find('\n'); newline != std::string_view::npos;
       newline = text.find('\n', newline + 1)) {
    // Back over trailing spaces and a CR to the hyphen.
    std::size_t hyphen = newline;
    if (hyphen > 0 && text[hyphen - 1] == '\r') --hyphen;
    while (hyphen > 0 && IsHorizontalSpace(text[hyphen - 1])) --hyphen;
    if (hyphen < 2 || text[hyphen - 1] != '-') continue;
    --hyphen;
    std::size_t first = hyphen;
    while (first > 0 && u_isalpha(CodePointBefore(text, first).value)) {
      first -= CodePointBefore(text, first).length;
    }
    if (first == hyphen) continue;
    std::size_t continuation = newline + 1;
    // A word hyphenated at the foot of a PDF page goes on on the next page.
    while (page != page_breaks.end() && page->begin <= hyphen) ++page;
    if (page != page_breaks.end() && page->begin == hyphen + 1) continuation = page->end;
    while (continuation < text.size() && IsHorizontalSpace(text[continuation])) ++continuation;
    if (continuation >= text.size() || !u_islower(CodePointAt(text, continuation).value)) continue;
    std::size_t last = continuation;
    while (last < text.size() && u_isalpha(CodePointAt(text, last).value)) {
      last += CodePointAt(text, last).length;
    }
    const std::string head(text.substr(first, hyphen - first));
    const std::string_view tail = text.substr(continuation, last - continuation);
    const std::string joined = head + std::string(tail);
    const std::string compound = head + "-" + std::string(tail);
    const bool join =
        !OccursAsWord(text, compound) && (OccursAsWord(text, joined) || is_known_word(joined));
    hyphens.push_back(
        {static_cast<std::uint32_t>(hyphen), static_cast<std::uint32_t>(continuation), join});
  }
  return hyphens;
}

std::vector<LineEndHyphen> FindAnalyzedLineEndHyphens(std::string_view text,
                                                      std::span<const PageBreak> page_breaks) {
  return FindLineEndHyphens(text, page_breaks, [](std::string_view) { return true; });
}

std::string ReadableText(std::string_view text, ByteSpan span,
                         std::span<const LineEndHyphen> hyphens,
                         std::span<const PageBreak> page_breaks) {
  std::string out;
  out.reserve(span.size());
  auto hyphen = std::lower_bound(
      hyphens.begin(), hyphens.end(), span.begin,
      [](const LineEndHyphen& h, std::uint32_t offset) { return h.hyphen < offset; });
  auto page =
      std::lower_bound(page_breaks.begin(), page_breaks.end(), span.begin,
                       [](const PageBreak& b, std::uint32_t offset) { return b.begin < offset; });
  for (std::size_t i = span.begin; i < span.end; ++i) {
    // A hyphen across a page break jumps over the break.
    while (page != page_breaks.end() && page->begin < i) ++page;
    if (page != page_breaks.end() && i == page->begin && page->end <= span.end) {
      out.push_back(' ');
      i = page->end - 1;
      ++page;
      continue;
    }
    if (hyphen != hyphens.end() && i == hyphen->hyphen && hyphen->continuation <= span.end) {
      if (!hyphen->join) out.push_back('-');
      i = hyphen->continuation - 1;
      ++hyphen;
      continue;
    }
    const char c = text[i];
    if (c == '\r') {
      if (i + 1 < span.end && text[i + 1] == '\n') ++i;
      out.push_back(' ');
    } else if (c == '\n') {
      out.push_back(' ');
    } else if (c == '\xE2' && i + 2 < span.end && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out.push_back(' ');
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace precis::text
