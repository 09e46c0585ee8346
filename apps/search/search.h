// precis-search: build a containment index over a corpus and ask which indexed
// articles contain a text (docs/search.md).
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunSearch(std::span<const std::string> args, std::istream& in, std::ostream& out,
              std::ostream& err);

}  // namespace precis::cli
