// What build and add refuse to index from stdin: a terminal (nobody types an
// archive, so a FILE was forgotten) and an empty stream (nothing was piped
// in). Either would otherwise index one empty article named '-'.
#pragma once

#include <iosfwd>

#include "common/cli.h"
#include "common/inputs.h"

namespace precis::cli {

// Whether articles would be read from `in` while it is std::cin on a terminal.
bool ReadsTerminal(const CommonOptions& common, const std::istream& in);

// Whether `item` is stdin read whole and found empty.
bool IsEmptyStdin(const InputItem& item);

}  // namespace precis::cli
