// precis-split: text in, sentences out.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunSplit(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err);

}  // namespace precis::cli
