// The IDF model file format (see precis/tfidf/idf_model.h for its layout):
// header text and binary entries (saving goes through precis/io/atomic_file.h).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "precis/tfidf/idf_model.h"

namespace precis::tfidf {

struct IdfFileHeader {
  IdfSettings settings;
  std::uint64_t documents = 0;
  std::uint32_t min_df = 1;
  std::uint64_t keys = 0;
};

// Bytes per body entry: uint64 key + uint32 document frequency.
inline constexpr std::size_t kIdfEntryBytes = 12;

// The whole file: header, empty line, `entries` (sorted by key, df >= 1),
// checksum line (tfidf/idf_checksum.h).
std::string WriteIdfFile(const IdfFileHeader& header,
                         const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries);

// Checks the format name, the version and the checksum line of `bytes`, then
// parses the header; `body` receives the binary part (without the checksum
// line). Errors are kFormatMismatch messages starting with `name`.
Status ReadIdfHeader(std::string_view bytes, std::string_view name, IdfFileHeader& header,
                     std::string_view& body);

// Calls `visit` for each of the `keys` entries of `body`, checking the size,
// the key order and that no count is zero. `body_offset` (where the body
// starts in the file) places errors.
Status ForEachIdfEntry(std::string_view body, std::uint64_t body_offset, std::uint64_t keys,
                       std::string_view name,
                       const std::function<void(std::uint64_t, std::uint32_t)>& visit);

// Reads the file at `path` (kIo naming it on failure).
Status ReadWholeFile(const std::string& path, std::string& bytes);

}  // namespace precis::tfidf
