// Small UTF-8 helpers shared by the segmenters. Input is valid UTF-8.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis::text {

struct CodePoint {
  UChar32 value = 0;
  std::size_t length = 0;  // bytes
};

// ICU's UTF-8 macros expand to C casts; they are ICU's, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"

// The code point starting at byte `offset` of `text`; requires offset < size.
// The macros work on 32-bit indexes, so they see a window of at most 4 bytes.
inline CodePoint CodePointAt(std::string_view text, std::size_t offset) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data()) + offset;
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(4, text.size() - offset));
  std::int32_t next = 0;
  UChar32 value = 0;
  U8_NEXT(data, next, length, value);
  return {value, static_cast<std::size_t>(next)};
}

// The code point ending just before byte `offset`; requires offset > 0.
inline CodePoint CodePointBefore(std::string_view text, std::size_t offset) {
  const std::size_t window = std::min<std::size_t>(4, offset);
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data()) + (offset - window);
  auto previous = static_cast<std::int32_t>(window);
  UChar32 value = 0;
  U8_PREV(data, 0, previous, value);
  return {value, window - static_cast<std::size_t>(previous)};
}

#pragma GCC diagnostic pop

// Whitespace for segmentation: Unicode White_Space plus the byte order mark,
// which carries no text and must never start or end a sentence.
inline bool IsSpace(UChar32 c) { return c == 0xFEFF || u_isUWhiteSpace(c); }

// Line and paragraph separators as ICU's sentence rules see them.
inline bool IsLineSeparator(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

}  // namespace precis::text
