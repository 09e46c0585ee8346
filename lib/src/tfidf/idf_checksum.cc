#include "tfidf/idf_checksum.h"

#include <xxhash.h>

#include <cstdio>

namespace precis::tfidf {
namespace {

std::string Hex64(std::uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

bool IsLowerHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::string IdfChecksumLine(std::string_view contents) {
  return std::string(kIdfChecksumPrefix) + Hex64(XXH3_64bits(contents.data(), contents.size())) +
         "\n";
}

Status CheckIdfChecksum(std::string_view bytes, std::string_view name, std::string_view& contents) {
  const std::string where = std::string(name) + ": ";
  // The line has a fixed length, so it is found from the end even though the
  // binary body before it may hold newline bytes.
  const std::size_t at =
      bytes.size() >= kIdfChecksumLineBytes ? bytes.size() - kIdfChecksumLineBytes : 0;
  const std::string_view line = bytes.substr(at);
  const bool well_formed = line.size() == kIdfChecksumLineBytes &&
                           line.starts_with(kIdfChecksumPrefix) && line.back() == '\n' &&
                           IsLowerHex(line.substr(kIdfChecksumPrefix.size(), 16));
  if (!well_formed) {
    return FormatMismatch(where + "IDF model ends at byte " + std::to_string(bytes.size()) +
                          " without its checksum line (truncated or corrupt)");
  }
  contents = bytes.substr(0, at);
  if (IdfChecksumLine(contents) != line) {
    return FormatMismatch(where + "IDF model checksum at byte " + std::to_string(at) +
                          " does not match the bytes before it (corrupted bytes)");
  }
  return Status::Ok();
}

}  // namespace precis::tfidf
