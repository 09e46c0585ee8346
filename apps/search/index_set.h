// The indexes one query reads together (several --index): each a different
// part of the collection, all cut alike. Checked by the app, which knows the
// directories' names, before the library's Searcher sees them.
#pragma once

#include <span>
#include <string>

#include "precis/core/status.h"
#include "precis/search/index.h"

namespace precis::cli {

// Ok, or kInvalidArgument naming the index and the problem:
//   "sh0 and ./sh0: the same index given twice (each match would be reported twice)"
//   "sh0 and copy: both hold shard 0/3 (each match would be reported twice)"
//   "de-idx: built with --lang de, but sh0 with --lang en; indexes queried together
//    must be built with the same --lang, --no-stem, -k and --shingle-seed"
// `indexes[i]` was opened from `directories[i]`.
Status CheckIndexSet(std::span<const std::string> directories,
                     std::span<const search::Index> indexes);

}  // namespace precis::cli
