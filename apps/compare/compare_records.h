// Writing precis-compare's records: one per compared pair.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "common/cli.h"
#include "precis/overlap/comparer.h"

namespace precis::cli {

// The MinHash estimate shown beside the exact scores with --estimate.
struct Estimate {
  double jaccard = 0;
  double standard_error = 0;
  double containment_a = 0;
  std::uint32_t permutations = 0;
};

struct PairRecord {
  std::string_view a_id;
  std::string_view b_id;
  const overlap::PreparedText* a = nullptr;
  const overlap::PreparedText* b = nullptr;
  const overlap::Comparison* comparison = nullptr;
  std::optional<Estimate> estimate = std::nullopt;
};

struct RecordOptions {
  // List passages (text, jsonl); when false, tsv and jsonl write the passage
  // fields as not measured (empty / null) rather than 0.
  bool passages = true;
  bool coverage = true;  // list sentence coverage (text: covered sentences only; jsonl: all)
};

// Writes one record for the pair in `format` (see --help for the shapes).
void WritePairRecord(const PairRecord& record, Format format, const RecordOptions& options,
                     std::ostream& out);

// The TSV header line's fields (written once, when --header is given).
void WriteTsvHeader(bool estimate, std::ostream& out);

// An {"a", "b", "error"} record for a pair that could not be compared. An id
// that could not be read (invalid UTF-8 spoils a whole JSONL line) is
// nullopt and written as null, as the other apps write "id":null.
void WritePairError(std::optional<std::string_view> a_id, std::optional<std::string_view> b_id,
                    std::string_view message, Format format, std::ostream& out);

}  // namespace precis::cli
