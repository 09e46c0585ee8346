// A document: an identifier and its text, decoded to valid UTF-8.
#pragma once

#include <string>

namespace precis {

struct Document {
  // Where the text came from: a file path, "-" for stdin, or a JSONL record's id.
  std::string id;
  // Valid UTF-8 (see text/decode.h); a leading byte order mark may remain and is
  // skipped by segmentation, so offsets still match the input file.
  std::string text;
};

}  // namespace precis
