// Decoding: raw bytes in, valid UTF-8 out, or an error naming the byte offset.
//
//   precis::Result<precis::text::DecodedText> decoded =
//       precis::text::Decode(bytes, {.encoding = "auto"});
//   if (!decoded.ok()) { /* "invalid UTF-8 at byte 1234" */ }
//   for (const std::string& warning : decoded->warnings) { /* tell the user */ }
//
// UTF-8 input is validated strictly (no overlongs, surrogates or truncated
// sequences) and passed through byte for byte, so offsets computed on the
// result are offsets into the input file; a UTF-8 byte order mark stays in place
// and segmentation skips it. CRLF line ends are kept and treated as line breaks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {

struct DecodeOptions {
  // "utf-8" (default): strict UTF-8; a UTF-16 or UTF-32 byte order mark is
  // honoured and converted with a warning. "auto": valid UTF-8 passes through,
  // anything else is detected with ICU's charset detector and converted with a
  // warning. Any other value is an ICU converter name ("windows-1252",
  // "ISO-8859-1", "Shift_JIS", ...) and the input is converted from it.
  std::string encoding = "utf-8";
};

struct DecodedText {
  std::string text;  // valid UTF-8 without NUL bytes
  // The encoding the input was read as ("UTF-8" when passed through).
  std::string encoding = "UTF-8";
  // True when `text` was converted, so its offsets no longer match the input.
  bool converted = false;
  // One line each, for stderr: what was guessed or converted.
  std::vector<std::string> warnings;
};

// Decodes `bytes`. Fails with kInvalidInput, naming the byte offset in `bytes`,
// on invalid UTF-8 (in "utf-8" mode), NUL bytes (binary data) and input over
// 4 GiB; with kInvalidArgument on an unknown encoding name.
PRECIS_EXPORT Result<DecodedText> Decode(std::string_view bytes, const DecodeOptions& options);

// Ok when Decode() accepts `encoding` as DecodeOptions::encoding ("utf-8",
// "auto" or a converter ICU can open); kInvalidArgument "unknown encoding
// 'NAME'" otherwise. Lets a caller refuse a bad name before reading input.
PRECIS_EXPORT Status CheckEncoding(std::string_view encoding);

// The offset of the first byte that is not part of valid UTF-8, or npos when
// all of `bytes` is valid.
PRECIS_EXPORT std::size_t FindInvalidUtf8(std::string_view bytes);

}  // namespace precis::text
