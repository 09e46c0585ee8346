// precis-compare: how much of A is in B, and which passages.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunCompare(std::span<const std::string> args, std::istream& in, std::ostream& out,
               std::ostream& err);

}  // namespace precis::cli
