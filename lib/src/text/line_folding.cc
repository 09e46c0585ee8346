#include "text/line_folding.h"

#include <algorithm>
#include <functional>
#include <span>
#include <vector>

#include "precis/text/page_breaks.h"
#include "text/sentence_punctuation.h"
#include "text/unicode_util.h"

namespace precis::text {
namespace {

// Paragraphs whose lines are all shorter than this (in bytes) are lists or
// verse rather than wrapped prose: every unpunctuated line ends a sentence.
constexpr std::size_t kShortParagraphLine = 40;

bool StartsLikeSentence(UChar32 c) {
  // An opening bracket too: an agency dateline ("(CNN)The ...", "(Reuters) -
  // ...") or a caption note under a headline.
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || IsClosing(c) ||
         u_charType(c) == U_START_PUNCTUATION || c == '-' || c == '*' || c == 0x2022 ||
         c == 0x2013 || c == 0x2014 ||
         // Scripts without case start sentences with any letter.
         (u_isalpha(c) && !u_islower(c));
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Line {
  std::size_t begin;           // first byte
  std::size_t end;             // one past the last byte before the line break
  std::size_t break_end;       // one past the line break (== end for the last line)
  std::size_t visible_length;  // characters without surrounding whitespace (set by flush)
};

// Characters, not bytes: a wrap width is a number of characters (and of
// glyphs on a page), and a line with curly quotes or accents would look
// longer in bytes than the lines around it.
std::size_t CountCodePoints(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  for (std::size_t i = begin; i < end; ++i)
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

bool IsBlankLine(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && IsSpace(CodePointAt(text, begin).value)) {
    begin += CodePointAt(text, begin).length;
  }
  return begin == end;
}

std::size_t VisibleLength(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && IsSpace(CodePointAt(text, begin).value))
    begin += CodePointAt(text, begin).length;
  while (end > begin && IsSpace(CodePointBefore(text, end).value))
    end -= CodePointBefore(text, end).length;
  return CountCodePoints(text, begin, end);
}

// The width a hard-wrapped paragraph was wrapped to: its longest line, but
// with its longest quarter of lines allowed to be longer (a headline above
// the body, a line that a PDF copy ran on), so that one long line does not
// make every wrapped line look as if it had room to spare.
std::size_t WrapWidth(std::span<const Line> paragraph, std::vector<std::size_t>& lengths) {
  lengths.clear();
  for (const Line& line : paragraph) lengths.push_back(line.visible_length);
  const std::size_t rank = (lengths.size() - 1) / 4;  // ceil(n / 4) - 1
  std::nth_element(lengths.begin(), lengths.begin() + rank, lengths.end(), std::greater<>());
  return lengths[rank];
}

// The first visible byte of `line` (its end when it is blank).
std::size_t FirstVisible(std::string_view text, const Line& line) {
  std::size_t first = line.begin;
  while (first < line.end && IsSpace(CodePointAt(text, first).value)) {
    first += CodePointAt(text, first).length;
  }
  return first;
}

// Characters of the word starting at `first`, up to a space or `end`.
std::size_t WordLength(std::string_view text, std::size_t first, std::size_t end) {
  std::size_t word_end = first;
  while (word_end < end && !IsSpace(CodePointAt(text, word_end).value)) {
    word_end += CodePointAt(text, word_end).length;
  }
  return CountCodePoints(text, first, word_end);
}

// How a line ended against the wrap width. Greedy wrapping breaks a line
// only when the next word does not fit (kFull); a line that had room for
// the next line's first word was broken by its writer (kRoom), and so was
// a line clearly wider than the wrap width (kWide: wrapping never made it;
// a headline over narrower body lines).
enum class LineFit { kFull, kRoom, kWide };

LineFit FitOf(const Line& line, std::size_t next_word, std::size_t width) {
  if (line.visible_length > width + width / 10) return LineFit::kWide;
  if (line.visible_length + 1 + next_word <= width) return LineFit::kRoom;
  return LineFit::kFull;
}

// Whether wrapping made the paragraph's breaks: at least half of them fell
// where the next word did not fit, or at least a quarter of its lines go on
// with a lower-case word (most words of prose are lower-case; proportional
// type, as in a PDF copy, leaves many wrapped lines with room by character
// count). A scraped page's lines (a headline, a byline, a timestamp, a
// caption, one paragraph a line, no blank lines between) mostly have room
// and start capitalised, and the one of them that sets the wrap width is no
// wrapped line either.
bool IsHardWrapped(std::span<const LineFit> fits, std::size_t lower_case_starts) {
  const auto full = static_cast<std::size_t>(std::count(fits.begin(), fits.end(), LineFit::kFull));
  return 2 * full >= fits.size() || 4 * lower_case_starts >= fits.size();
}

enum class LineStart { kText, kBullet, kNumber, kTableRow };

// What a line starts with, after its indentation: a bullet ("- ", "* ",
// "• ", "– ", "◦ ", "▪ "), a number or letter of a numbered list ("1. ",
// "12) ", "a) "), a table row ("|", or a tab inside the line) or text.
LineStart ClassifyLineStart(std::string_view text, const Line& line) {
  const std::string_view content = text.substr(line.begin, line.end - line.begin);
  const std::size_t first = content.find_first_not_of(" \t");
  if (first == std::string_view::npos) return LineStart::kText;
  const std::string_view rest = content.substr(first);
  if (rest.starts_with('|') || rest.find('\t') != std::string_view::npos) {
    return LineStart::kTableRow;
  }
  auto space_at = [&](std::size_t i) {
    return i < rest.size() && (rest[i] == ' ' || rest[i] == '\t');
  };
  for (std::string_view bullet : {"-", "*", "\u2022", "\u2013", "\u25E6", "\u25AA"}) {
    if (rest.starts_with(bullet) && space_at(bullet.size())) return LineStart::kBullet;
  }
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 4 && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits >= 1 && digits <= 3 && digits < rest.size() &&
      (rest[digits] == '.' || rest[digits] == ')') && space_at(digits + 1)) {
    return LineStart::kNumber;
  }
  if (rest.size() > 2 && IsAsciiLetter(rest[0]) && rest[1] == ')' && space_at(2)) {
    return LineStart::kNumber;
  }
  return LineStart::kText;
}

}  // namespace

// The contract is in line_folding.h. A paragraph is a run of non-blank lines
// (a page break with no end punctuation before it does not end one); the
// breaks inside it are judged when it ends.
void FoldWrappedLines(std::string_view text, std::string& prepared) {
  std::vector<Line> paragraph;
  std::vector<LineStart> starts;
  std::vector<std::size_t> lengths;
  std::vector<LineFit> fits;
  auto flush = [&] {
    // A paragraph of one line (most of a news page) has no break to judge.
    if (paragraph.size() < 2) {
      paragraph.clear();
      return;
    }
    for (Line& line : paragraph) line.visible_length = VisibleLength(text, line.begin, line.end);
    std::size_t longest = 0;
    for (const Line& line : paragraph) longest = std::max(longest, line.visible_length);
    const std::size_t width = WrapWidth(paragraph, lengths);
    starts.clear();
    std::size_t bullets = 0;
    std::size_t numbers = 0;
    for (const Line& line : paragraph) {
      starts.push_back(ClassifyLineStart(text, line));
      bullets += starts.back() == LineStart::kBullet;
      numbers += starts.back() == LineStart::kNumber;
    }
    auto is_item = [&](std::size_t i) {
      return (starts[i] == LineStart::kBullet && bullets >= 2) ||
             (starts[i] == LineStart::kNumber && numbers >= 2);
    };
    fits.clear();
    std::size_t lower_case_starts = 0;
    for (std::size_t i = 0; i + 1 < paragraph.size(); ++i) {
      const Line& next = paragraph[i + 1];
      const std::size_t first = FirstVisible(text, next);
      fits.push_back(FitOf(paragraph[i], WordLength(text, first, next.end), width));
      lower_case_starts += first < next.end && u_islower(CodePointAt(text, first).value);
    }
    // Unless wrapping made the breaks, each was made by the writer.
    const bool wrapped = longest >= kShortParagraphLine && IsHardWrapped(fits, lower_case_starts);
    for (std::size_t i = 0; i + 1 < paragraph.size(); ++i) {
      const Line& line = paragraph[i];
      const Line& next = paragraph[i + 1];
      const std::size_t first = FirstVisible(text, next);
      const bool next_starts_sentence =
          first < next.end && StartsLikeSentence(CodePointAt(text, first).value);
      const bool short_line = !wrapped || fits[i] != LineFit::kFull;
      const bool structured = is_item(i + 1) || starts[i] == LineStart::kTableRow ||
                              starts[i + 1] == LineStart::kTableRow ||
                              (is_item(i) && next_starts_sentence);
      const bool ends_sentence = structured || (!EndsWithTerminal(text, line.begin, line.end) &&
                                                short_line && next_starts_sentence);
      if (!ends_sentence) {
        std::fill(prepared.begin() + line.end, prepared.begin() + line.break_end, ' ');
      }
    }
    paragraph.clear();
  };

  const std::vector<PageBreak> page_breaks = FindPageBreaks(text);
  std::size_t next_page = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    std::size_t break_end = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::size_t content_end = end;
    if (content_end > begin && text[content_end - 1] == '\r') --content_end;
    if (IsBlankLine(text, begin, content_end)) {
      flush();
      begin = break_end;
      continue;
    }
    // A page break that ends on this line (or before it: one that blank
    // lines hid) carries the paragraph nowhere.
    while (next_page < page_breaks.size() && page_breaks[next_page].end <= content_end) {
      ++next_page;
    }
    if (next_page < page_breaks.size() && page_breaks[next_page].begin <= content_end) {
      // The last line of a page: the page numbers and the form feed are
      // never text, and a page that ended mid-sentence goes on on the next
      // one, its break judged like any line break.
      const PageBreak page = page_breaks[next_page++];
      for (std::size_t i = page.begin; i < page.end; ++i) {
        if (prepared[i] != '\n') prepared[i] = ' ';
      }
      paragraph.push_back({begin, content_end, page.end, 0});
      if (EndsWithTerminal(text, begin, content_end)) flush();
      begin = page.end;
      continue;
    }
    paragraph.push_back({begin, content_end, break_end, 0});
    begin = break_end;
  }
  flush();
}

}  // namespace precis::text
