// Sentence-ending punctuation and the closing marks that may follow it.
#pragma once

#include <unicode/uchar.h>

#include <string_view>

#include "text/unicode_util.h"

namespace precis::text {

inline bool IsTerminal(UChar32 c) {
  switch (c) {
    case '.': case '!': case '?': case 0x2026:  // …
    case 0x3002: case 0xFF01: case 0xFF1F:      // 。！？
    case 0xFF0E: case 0x0589: case 0x061F: case 0x06D4: case 0x0964:
      return true;
    default:
      return false;
  }
}

inline bool IsClosing(UChar32 c) {
  const auto category = u_charType(c);
  return c == '"' || c == '\'' || category == U_END_PUNCTUATION ||
         category == U_FINAL_PUNCTUATION || category == U_INITIAL_PUNCTUATION;
}

// Whether the line [begin, end) ends a sentence: its last visible character is
// end punctuation, possibly followed by closing quotes or brackets.
inline bool EndsWithTerminal(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const CodePoint c = CodePointBefore(text, end);
    if (IsSpace(c.value) || IsClosing(c.value)) {
      end -= c.length;
      continue;
    }
    return IsTerminal(c.value);
  }
  return false;
}

}  // namespace precis::text
