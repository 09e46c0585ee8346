// The reduce and components steps of a distributed dedup, as line filters:
//
//   precis-sketch --emit-bands ... | LC_ALL=C sort | precis-dedup --reduce-bands
//       | precis-dedup --components
//
// They read and write plain lines, so Hadoop Streaming and Spark's RDD.pipe
// can run them unchanged (docs/dedup.md).
#pragma once

#include <iosfwd>
#include <string_view>

#include "common/cli.h"

namespace precis::cli {

// Reads "<band key> TAB <id>" lines grouped by key (sorted) and writes, for
// every bucket of two or more distinct ids, one "<smallest id> TAB <id>" edge
// per other id (a star, not all pairs; ids compared as bytes). Memory: one
// bucket. Refuses (exit 1) keys made with different parameters.
int ReduceBands(std::istream& in, std::ostream& out, std::ostream& err, std::string_view app,
                bool quiet);

// Reads "<id> TAB <id>" edges (from any number of reducers, in any order) and
// writes the connected components of two or more ids, each represented by its
// smallest id (bytes), clusters ordered by representative, in `format`:
//   text   "cluster N: S articles, representative R" then "  <member>" lines
//   tsv    cluster N, representative, member (one line per member)
//   jsonl  {"cluster", "representative", "size", "members": [...]}
int Components(std::istream& in, std::ostream& out, std::ostream& err, std::string_view app,
               Format format, bool quiet);

}  // namespace precis::cli
