// precis-idf: count document frequencies into an IDF model file, or merge
// model files.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunIdf(std::span<const std::string> args, std::istream& in, std::ostream& out,
           std::ostream& err);

}  // namespace precis::cli
