// Reading documents the way every precis app does: files or stdin, whole
// files or JSON Lines records, decoded to UTF-8, and every problem turned into
// an error item in its place rather than a crash or a silent skip.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "common/cli.h"
#include "precis/core/status.h"

namespace precis::cli {

struct InputItem {
  std::string id = {};  // file path ("-" for stdin) or the record's "id"
  std::string text = {};  // decoded UTF-8 (empty when `error` is set)
  std::string source = {};  // the file it came from ("-" for stdin)
  std::uint64_t line = 0;         // JSONL line number (1-based), 0 for whole files
  std::uint64_t line_offset = 0;  // byte offset of that line in `source`
  Status error = {};              // not OK: the item is an error record
  std::vector<std::string> warnings = {};  // decoder warnings (converted encodings)
  std::string key = {};  // the CommonOptions::key_field of a JSONL record
  bool has_key = false;  // whether the record has that field
  bool key_is_number = false;  // the field was a JSON number (`key` is its text)

  // "<source>: " or "<source>: line N (byte B): ", for messages about this item.
  std::string Where() const;
};

// Calls `visit` once per input item, in order: one per file, or one per line
// of JSONL input (blank lines included, as errors: a line in is a record out).
// `visit` returns false to stop early. Extra JSON fields beyond id and text
// are ignored; a record without "id" gets "<source>:<line>".
void ForEachInput(const CommonOptions& options, std::istream& stdin_stream,
                  const std::function<bool(InputItem&)>& visit);

// Reads a whole file ("-" = `stdin_stream`) into `bytes`.
Status ReadFile(const std::string& path, std::istream& stdin_stream, std::string& bytes);

}  // namespace precis::cli
