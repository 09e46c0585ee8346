#include "text/sentence_boundaries.h"

#include <unicode/rbbi.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace precis::text {
namespace {

struct ClassifiedChar {
  USentenceBreak sentence_break;
  std::size_t length;  // bytes
};

// Sentence_Break of the ASCII characters, read once from ICU so the direct
// scan uses the very property values ICU's rules were built from.
const std::array<USentenceBreak, 128>& AsciiClasses() {
  static const std::array<USentenceBreak, 128> classes = [] {
    std::array<USentenceBreak, 128> out{};
    for (UChar32 c = 0; c < 128; ++c) {
      out[static_cast<std::size_t>(c)] =
          static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    }
    return out;
  }();
  return classes;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text), ascii_(AsciiClasses()) {}

  ClassifiedChar At(std::size_t offset) const {
    const auto byte = static_cast<unsigned char>(text_[offset]);
    if (byte < 0x80) return {ascii_[byte], 1};
    const CodePoint c = CodePointAt(text_, offset);
    return {static_cast<USentenceBreak>(u_getIntPropertyValue(c.value, UCHAR_SENTENCE_BREAK)),
            c.length};
  }

 private:
  std::string_view text_;
  const std::array<USentenceBreak, 128>& ascii_;
};

bool IsParaSep(USentenceBreak c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
bool IsSATerm(USentenceBreak c) { return c == U_SB_STERM || c == U_SB_ATERM; }
bool IsIgnored(USentenceBreak c) { return c == U_SB_EXTEND || c == U_SB_FORMAT; }

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

}  // namespace

bool HasRootSentenceRules(icu::BreakIterator& iterator) {
  // The rules compiled into ICU's data, compared byte for byte with root's.
  static const std::vector<std::uint8_t> root_rules = [] {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> root(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), error));
    std::vector<std::uint8_t> bytes;
    if (U_FAILURE(error) || !root ||
        root->getDynamicClassID() != icu::RuleBasedBreakIterator::getStaticClassID()) {
      return bytes;
    }
    std::uint32_t length = 0;
    const std::uint8_t* data = static_cast<icu::RuleBasedBreakIterator&>(*root).getBinaryRules(length);
    bytes.assign(data, data + length);
    return bytes;
  }();
  if (root_rules.empty() ||
      iterator.getDynamicClassID() != icu::RuleBasedBreakIterator::getStaticClassID()) {
    return false;
  }
  std::uint32_t length = 0;
  const std::uint8_t* data = static_cast<icu::RuleBasedBreakIterator&>(iterator).getBinaryRules(length);
  return length == root_rules.size() && std::memcmp(data, root_rules.data(), length) == 0;
}

bool DirectSentenceBoundaries(std::string_view text, std::vector<std::uint32_t>& ends) {
  // UAX #29 breaks a sentence only after a paragraph separator (SB4; CR LF
  // stay together, SB3) and after SATerm Close* Sp* ParaSep? (SB11), unless
  // SB6-SB8a keep the sentence going. SB9 and SB10 forbid breaks inside the
  // Close* Sp* run, so each full stop has one candidate break: the end of
  // that run. SB5 (Extend and Format attach to the character before) is left
  // to ICU.
  ends.clear();
  const Scanner scanner(text);
  const std::size_t size = text.size();
  auto end_at = [&](std::size_t offset) { ends.push_back(static_cast<std::uint32_t>(offset)); };
  USentenceBreak previous = U_SB_OTHER;
  std::size_t i = 0;
  while (i < size) {
    const ClassifiedChar c = scanner.At(i);
    if (IsIgnored(c.sentence_break)) return false;
    if (IsParaSep(c.sentence_break)) {
      std::size_t next = i + c.length;
      if (c.sentence_break == U_SB_CR && next < size && text[next] == '\n') ++next;
      end_at(next);
      previous = U_SB_LF;
      i = next;
      continue;
    }
    if (!IsSATerm(c.sentence_break)) {
      previous = c.sentence_break;
      i += c.length;
      continue;
    }
    const bool aterm = c.sentence_break == U_SB_ATERM;
    const bool after_letter = previous == U_SB_UPPER || previous == U_SB_LOWER;
    std::size_t j = i + c.length;
    previous = c.sentence_break;
    i = j;
    if (j == size) break;
    ClassifiedChar next = scanner.At(j);
    if (aterm && next.sentence_break == U_SB_NUMERIC) continue;                // SB6
    if (aterm && after_letter && next.sentence_break == U_SB_UPPER) continue;  // SB7
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
    // The run is Close and Sp only, neither of which SB6/SB7 look back at.
    previous = j > i ? U_SB_SP : previous;
    i = j;
    if (j == size) break;
    if (IsParaSep(next.sentence_break)) continue;                      // SB9, SB10; SB4 after it
    if (IsSATerm(next.sentence_break) || next.sentence_break == U_SB_SCONTINUE) continue;  // SB8a
    if (IsIgnored(next.sentence_break)) return false;
    if (aterm && LowerFollows(scanner, j, size)) continue;  // SB8
    end_at(j);  // SB11
  }
  if (size > 0 && (ends.empty() || ends.back() != size)) end_at(size);
  return true;
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
