// Loading the documents and the pairs precis-compare compares.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "common/cli.h"
#include "common/inputs.h"
#include "precis/core/status.h"

namespace precis::cli {

// One pair to compare: indices into the loaded items, or an error.
struct PairRef {
  std::size_t a = 0;
  std::size_t b = 0;
  std::string a_id, b_id;  // as named (for error records when unresolved)
  Status error = {};
};

// Reads a --pairs file ("-" = stdin): one pair per line, two ids separated by
// a tab ("ID_A<TAB>ID_B"); blank lines and lines starting with '#' are
// skipped. Ids are looked up in `items` (first record with that id wins); an
// unknown id makes that pair an error. Fails with kIo when unreadable, and
// with kInvalidInput when a line has no tab. Errors name the file, line and
// byte offset ("pairs.tsv: line 3 (byte 12): unknown id 'x'").
Result<std::vector<PairRef>> ReadPairs(const std::string& path, std::istream& stdin_stream,
                                       const std::vector<InputItem>& items);

}  // namespace precis::cli
