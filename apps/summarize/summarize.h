// precis-summarize: articles in, extractive summaries out.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunSummarize(std::span<const std::string> args, std::istream& in, std::ostream& out,
                 std::ostream& err);

}  // namespace precis::cli
