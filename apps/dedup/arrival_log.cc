#include "dedup/arrival_log.h"

#include <ostream>

#include "common/cli.h"
#include "precis/io/jsonl.h"

namespace precis::cli {

void ArrivalLog::Note(const corpus::Placement& placed, bool from_index, std::string_view where,
                      std::string_view id, std::ostream& err) {
  if (placed.arrival == corpus::Arrival::kNew) return;
  if (from_index) {
    ++index_repeats_;
    return;
  }
  if (placed.arrival == corpus::Arrival::kSame) {
    ++same_;
    return;
  }
  ++changed_;
  std::string shown;
  io::AppendTsvField(shown, id);
  Report(err, app_,
         std::string(where) + "id '" + shown +
             "' was seen before with other content: this version replaces it",
         quiet_);
}

void ArrivalLog::Summarize(const std::string& index, std::ostream& err) const {
  if (index_repeats_ > 0) {
    Report(err, app_,
           index + ": " + std::to_string(index_repeats_) +
               " records repeat an earlier id: merged, the last signature of each id kept",
           quiet_);
  }
  if (same_ > 0) {
    Report(err, app_,
           std::to_string(same_) +
               " articles seen before with the same id and signature (in the index or earlier "
               "in the input): not added again",
           quiet_);
  }
}

}  // namespace precis::cli
