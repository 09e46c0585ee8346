// Reading precis-rouge's JSON Lines documents:
//   {"id": ..., "candidate": ..., "references": [...]}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"

namespace precis::cli {

struct RougeRecord {
  std::string id;  // the "id" string or number; empty when absent
  bool has_id = false;
  std::string candidate;                // sentences separated by "\n"
  std::vector<std::string> references;  // each: sentences separated by "\n"
};

// Parses one line. A text (candidate or reference) is a string, its sentences
// separated by "\n", or an array of sentence strings. "references" is an
// array of texts, or a single string. Fails with kInvalidInput naming the
// problem (malformed JSON, invalid UTF-8, a missing or mistyped field, no
// references); `record.id` is still filled when the id could be read.
Status ParseRougeRecord(std::string_view line, RougeRecord& record);

}  // namespace precis::cli
