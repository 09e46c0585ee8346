// precis-rouge: ROUGE scores of candidate summaries against references,
// exactly as ROUGE-1.5.5 computes them.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunRouge(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err);

}  // namespace precis::cli
