// The checksum line that ends an IDF model file (format version 2):
//
//   precis-idf-end xxh3=<16 lowercase hex digits>\n
//
// the XXH3-64 (seed 0) of every byte before the line. The header's counts
// and the body's ordering catch only some damage; the checksum catches a
// flipped byte anywhere (header or body) and, being last, a cut file.
#pragma once

#include <string>
#include <string_view>

#include "precis/core/status.h"

namespace precis::tfidf {

inline constexpr std::string_view kIdfChecksumPrefix = "precis-idf-end xxh3=";
// The whole line: prefix, 16 hex digits, newline.
inline constexpr std::size_t kIdfChecksumLineBytes = kIdfChecksumPrefix.size() + 17;

// The checksum line for a file whose other bytes are `contents`.
std::string IdfChecksumLine(std::string_view contents);

// Checks that `bytes` ends with the checksum line of the bytes before it, and
// sets `contents` to those bytes. kFormatMismatch starting with `name` when
// the line is missing (truncated) or does not match (corrupted bytes); the
// message gives the byte offset where the line was expected or found.
Status CheckIdfChecksum(std::string_view bytes, std::string_view name, std::string_view& contents);

}  // namespace precis::tfidf
