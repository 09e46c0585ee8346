// Small UTF-8 helpers shared by the segmenters. Input is valid UTF-8.
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/scratch.h"

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
// ASCII is answered inline (White_Space there is TAB..CR and SPACE): the
// segmenters ask at every span edge.
inline bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xFEFF || u_isUWhiteSpace(c);
}

// Line and paragraph separators as ICU's sentence rules see them.
inline bool IsLineSeparator(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// ICU's break iterators run fastest over UTF-16 (a UTF-8 UText pays for
// chunk mapping on every access). Utf16Copy holds the UTF-16 form of a UTF-8
// text and maps ascending UTF-16 boundaries back to byte offsets in one pass.
class Utf16Copy {
 public:
  // `utf8` must be valid UTF-8.
  void Assign(std::string_view utf8) {
    text_.resize(utf8.size());
    std::int32_t length = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8(text_.data(), static_cast<std::int32_t>(text_.size()), &length, utf8.data(),
                  static_cast<std::int32_t>(utf8.size()), &error);
    text_.resize(U_SUCCESS(error) ? static_cast<std::size_t>(length) : 0);
    Rewind();
  }

  const icu::UnicodeString& text() const { return text_string_; }

  // Empties the copy (see ClearScratch: a huge one is freed). No iterator may
  // still be set to text().
  void Clear() {
    ClearScratch(text_);
    Rewind();
  }

  // Restarts the boundary mapping at offset 0.
  void Rewind() {
    text_string_.setTo(false, text_.data(), static_cast<std::int32_t>(text_.size()));
    unit_ = 0;
    byte_ = 0;
  }

  // The byte offset of UTF-16 index `unit`; calls must not go backwards
  // between rewinds.
  std::size_t ByteOffset(std::size_t unit) {
    while (unit_ < unit) {
      const char16_t c = text_[unit_];
      if (c < 0x80) {
        byte_ += 1;
      } else if (c < 0x800) {
        byte_ += 2;
      } else if (U16_IS_LEAD(c)) {
        byte_ += 4;
        ++unit_;  // the trail unit
      } else {
        byte_ += 3;
      }
      ++unit_;
    }
    return byte_;
  }

 private:
  std::u16string text_;
  icu::UnicodeString text_string_;
  std::size_t unit_ = 0;
  std::size_t byte_ = 0;
};

}  // namespace precis::text
