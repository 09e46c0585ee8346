// precis-dedup: near-duplicate pairs, clusters or a de-duplicated stream of
// articles (or precis-sketch signatures), plus the reduce and components
// steps of a distributed run. See docs/dedup.md.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace precis::cli {

int RunDedup(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err);

}  // namespace precis::cli
