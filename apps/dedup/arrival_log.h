// What the id rules (precis/corpus/article_ids.h) did with a run's articles:
// a warning for each changed one as it comes, and one summary line each for
// the quiet cases, so a retry is visible but not loud.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "precis/corpus/article_ids.h"

namespace precis::cli {

class ArrivalLog {
 public:
  ArrivalLog(std::string_view app, bool quiet) : app_(app), quiet_(quiet) {}

  // Notes one placement; `where` prefixes the warning ("file: line 3: ").
  void Note(const corpus::Placement& placed, bool from_index, std::string_view where,
            std::string_view id, std::ostream& err);
  // The summary lines (records of `index` repeating an id; articles seen before).
  void Summarize(const std::string& index, std::ostream& err) const;

 private:
  std::string_view app_;
  bool quiet_;
  std::uint64_t same_ = 0;
  std::uint64_t changed_ = 0;
  std::uint64_t index_repeats_ = 0;  // records of the --index repeating an id
};

}  // namespace precis::cli
