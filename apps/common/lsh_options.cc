#include "common/lsh_options.h"

#include <string>

#include "common/number_options.h"
#include "precis/sketch/minhash.h"

namespace po = boost::program_options;

namespace precis::cli {

void AddLshOptions(po::options_description& options, LshFlags& flags) {
  const IntegerRange range = {0, sketch::kPermutationRange.max};
  // clang-format off
  options.add_options()
      ("bands", IntegerValue("--bands", flags.bands, range),
       "LSH bands (0 = chosen from the threshold; give with --rows)")
      ("rows", IntegerValue("--rows", flags.rows, range),
       "signature slots per LSH band (0 = chosen from the threshold)");
  // clang-format on
}

Result<sketch::LshParams> MakeLshParams(const LshFlags& flags, double jaccard_threshold,
                                        std::uint32_t permutations) {
  if ((flags.bands == 0) != (flags.rows == 0)) {
    return InvalidArgument("give both --bands and --rows, or neither");
  }
  if (flags.bands != 0) {
    if (static_cast<std::uint64_t>(flags.bands) * flags.rows > permutations) {
      return InvalidArgument("--bands x --rows exceeds --permutations (" +
                             std::to_string(permutations) + ")");
    }
    return sketch::LshParams{flags.bands, flags.rows};
  }
  return sketch::ChooseLshParams(jaccard_threshold, permutations);
}

}  // namespace precis::cli
