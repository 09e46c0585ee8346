// --bands and --rows: the LSH banding of precis-sketch --emit-bands and
// precis-dedup, when not chosen from the threshold.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>

#include "precis/core/status.h"
#include "precis/sketch/lsh.h"

namespace precis::cli {

struct LshFlags {
  std::uint32_t bands = 0;  // 0: chosen from the threshold
  std::uint32_t rows = 0;   // 0: chosen from the threshold
};

// Adds --bands and --rows (each 0..sketch::kPermutationRange.max).
void AddLshOptions(boost::program_options::options_description& options, LshFlags& flags);

// The banding: --bands/--rows when given (both), else ChooseLshParams for the
// Jaccard threshold the candidates must reach. kInvalidArgument when bands x
// rows exceeds K or only one of the two is given.
Result<sketch::LshParams> MakeLshParams(const LshFlags& flags, double jaccard_threshold,
                                        std::uint32_t permutations);

}  // namespace precis::cli
