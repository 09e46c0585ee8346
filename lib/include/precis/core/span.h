// Byte spans into a UTF-8 text.
//
// Every sentence, word and passage precis reports is a half-open byte range
// [begin, end) into the text it was given, so callers can slice the original
// bytes without re-tokenizing. Offsets are 32-bit: a single document is limited
// to 4 GiB, which the decoder enforces.
#pragma once

#include <cstdint>
#include <string_view>

#include "precis/export.h"

namespace precis {

struct PRECIS_EXPORT ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  // The bytes this span covers in `text`; requires end <= text.size().
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace precis
