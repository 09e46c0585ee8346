#include "text/sentence_boundaries.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>


namespace precis::text {
namespace {

struct ClassifiedChar {
  USentenceBreak sentence_break;
  std::size_t length;  // bytes
};

struct AsciiTables {
  // Sentence_Break of the ASCII characters, read from ICU so the direct scan
  // uses the very property values ICU's rules were built from.
  std::array<USentenceBreak, 128> classes;
  // Bytes the scan must stop at: full stops, paragraph separators, classes
  // it leaves to ICU, and every non-ASCII byte (classified when reached).
  std::array<bool, 256> stop;
};

bool IsParaSep(USentenceBreak c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
bool IsSATerm(USentenceBreak c) { return c == U_SB_STERM || c == U_SB_ATERM; }
bool IsIgnored(USentenceBreak c) { return c == U_SB_EXTEND || c == U_SB_FORMAT; }

// Where the paragraph separator `c` at `offset` ends: CR LF is one (SB3).
std::size_t ParaSepEnd(std::string_view text, std::size_t offset, ClassifiedChar c) {
  std::size_t end = offset + c.length;
  if (c.sentence_break == U_SB_CR && end < text.size() && text[end] == '\n') ++end;
  return end;
}

const AsciiTables& Ascii() {
  static const AsciiTables tables = [] {
    AsciiTables out{};
    for (std::size_t b = 0; b < 256; ++b) {
      if (b >= 128) {
        out.stop[b] = true;
        continue;
      }
      const auto c =
          static_cast<USentenceBreak>(u_getIntPropertyValue(static_cast<UChar32>(b), UCHAR_SENTENCE_BREAK));
      out.classes[b] = c;
      out.stop[b] = IsParaSep(c) || IsSATerm(c) || IsIgnored(c);
    }
    return out;
  }();
  return tables;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text), ascii_(Ascii()) {}

  ClassifiedChar At(std::size_t offset) const {
    const auto byte = static_cast<unsigned char>(text_[offset]);
    if (byte < 0x80) return {ascii_.classes[byte], 1};
    const CodePoint c = CodePointAt(text_, offset);
    return {static_cast<USentenceBreak>(u_getIntPropertyValue(c.value, UCHAR_SENTENCE_BREAK)),
            c.length};
  }

  // The first offset from `offset` on that may hold a character other than
  // an ASCII one of no interest to the rules.
  std::size_t SkipPlain(std::size_t offset) const {
    while (offset < text_.size() && !ascii_.stop[static_cast<unsigned char>(text_[offset])]) ++offset;
    return offset;
  }

  // The class of the character before `offset` (Other at the start).
  USentenceBreak Before(std::size_t offset) const {
    if (offset == 0) return U_SB_OTHER;
    return At(offset - CodePointBefore(text_, offset).length).sentence_break;
  }

 private:
  std::string_view text_;
  const AsciiTables& ascii_;
};

// SB8's look-ahead: whether the characters from `offset` on are
// ¬(OLetter | Upper | Lower | ParaSep | SATerm)* followed by Lower.
bool LowerFollows(const Scanner& scanner, std::size_t offset, std::size_t size) {
  while (offset < size) {
    const ClassifiedChar c = scanner.At(offset);
    switch (c.sentence_break) {
      case U_SB_LOWER:
        return true;
      case U_SB_OLETTER: case U_SB_UPPER: case U_SB_SEP: case U_SB_CR: case U_SB_LF:
      case U_SB_STERM: case U_SB_ATERM:
        return false;
      default:
        offset += c.length;
    }
  }
  return false;
}

// The direct scan from `begin`, a paragraph start (or 0), appending the
// boundaries it finds to `ends`. Stops at the first Extend or Format character
// and returns its offset (npos when it reached the end of the text).
std::size_t ScanFrom(std::string_view text, std::size_t begin, std::vector<std::uint32_t>& ends) {
  // UAX #29 breaks a sentence only after a paragraph separator (SB4; CR LF
  // stay together, SB3) and after SATerm Close* Sp* ParaSep? (SB11), unless
  // SB6-SB8a keep the sentence going. SB9 and SB10 forbid breaks inside the
  // Close* Sp* run, so each full stop has one candidate break: the end of
  // that run. SB5 (Extend and Format attach to the character before) is left
  // to ICU.
  const Scanner scanner(text);
  const std::size_t size = text.size();
  auto end_at = [&](std::size_t offset) { ends.push_back(static_cast<std::uint32_t>(offset)); };
  std::size_t i = begin;
  while ((i = scanner.SkipPlain(i)) < size) {
    const ClassifiedChar c = scanner.At(i);
    if (IsIgnored(c.sentence_break)) return i;
    if (IsParaSep(c.sentence_break)) {
      i = ParaSepEnd(text, i, c);
      end_at(i);
      continue;
    }
    if (!IsSATerm(c.sentence_break)) {
      i += c.length;
      continue;
    }
    const bool aterm = c.sentence_break == U_SB_ATERM;
    std::size_t j = i + c.length;
    if (j == size) break;
    ClassifiedChar next = scanner.At(j);
    if (aterm && next.sentence_break == U_SB_NUMERIC) {  // SB6
      i = j;
      continue;
    }
    if (aterm && next.sentence_break == U_SB_UPPER) {  // SB7
      const USentenceBreak before = scanner.Before(i);
      if (before == U_SB_UPPER || before == U_SB_LOWER) {
        i = j;
        continue;
      }
    }
    while (next.sentence_break == U_SB_CLOSE) {
      j += next.length;
      if (j == size) break;
      next = scanner.At(j);
    }
    while (j < size && next.sentence_break == U_SB_SP) {
      j += next.length;
      if (j == size) break;
      next = scanner.At(j);
    }
    i = j;
    if (j == size) break;
    if (IsParaSep(next.sentence_break)) continue;  // SB9, SB10; SB4 breaks after it
    if (IsSATerm(next.sentence_break) || next.sentence_break == U_SB_SCONTINUE) continue;  // SB8a
    if (IsIgnored(next.sentence_break)) return j;
    if (aterm && LowerFollows(scanner, j, size)) continue;  // SB8
    end_at(j);  // SB11
  }
  if (size > 0 && (ends.empty() || ends.back() != size)) end_at(size);
  return std::string_view::npos;
}

// The paragraph around `offset`, found by scanning from `begin`, a paragraph
// start before it: [start, end), the end just after the paragraph's separator
// (CR LF counting as one) or the end of the text.
ByteSpan ParagraphAround(std::string_view text, std::size_t begin, std::size_t offset) {
  const Scanner scanner(text);
  std::size_t start = begin;
  std::size_t i = begin;
  while ((i = scanner.SkipPlain(i)) < text.size()) {
    const ClassifiedChar c = scanner.At(i);
    if (!IsParaSep(c.sentence_break)) {
      i += c.length;
      continue;
    }
    i = ParaSepEnd(text, i, c);
    if (i > offset) return {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i)};
    start = i;
  }
  return {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(text.size())};
}

}  // namespace

bool DirectSentenceBoundaries(std::string_view text, std::vector<std::uint32_t>& ends) {
  ends.clear();
  return ScanFrom(text, 0, ends) == std::string_view::npos;
}

std::size_t SentenceBoundaries(icu::BreakIterator& iterator, Utf16Copy& utf16,
                               std::string_view text, std::vector<std::uint32_t>& ends) {
  // No rule looks across a paragraph separator and SB4 always breaks after
  // one, so each paragraph can be segmented on its own: a soft hyphen or a
  // combining accent sends only its own paragraph to ICU.
  ends.clear();
  std::vector<std::uint32_t> paragraph_ends;
  std::size_t icu_bytes = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t stop = ScanFrom(text, begin, ends);
    if (stop == std::string_view::npos) break;
    const ByteSpan paragraph = ParagraphAround(text, begin, stop);
    while (!ends.empty() && ends.back() > paragraph.begin) ends.pop_back();
    IcuSentenceBoundaries(iterator, utf16, paragraph.In(text), paragraph_ends);
    for (const std::uint32_t end : paragraph_ends) ends.push_back(paragraph.begin + end);
    icu_bytes += paragraph.end - paragraph.begin;
    begin = paragraph.end;
  }
  return icu_bytes;
}

void IcuSentenceBoundaries(icu::BreakIterator& iterator, Utf16Copy& utf16, std::string_view text,
                           std::vector<std::uint32_t>& ends) {
  ends.clear();
  utf16.Assign(text);
  iterator.setText(utf16.text());
  iterator.first();
  for (std::int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
    ends.push_back(static_cast<std::uint32_t>(utf16.ByteOffset(static_cast<std::size_t>(end))));
  }
  iterator.setText(icu::UnicodeString());
}

}  // namespace precis::text
