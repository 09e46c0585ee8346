// precis-sketch: articles in, one MinHash signature line per article out
// (or, with --emit-bands, one LSH band key line per band for a distributed
// shuffle). See docs/dedup.md.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunSketch(std::span<const std::string> args, std::istream& in, std::ostream& out,
              std::ostream& err);

}  // namespace precis::cli
