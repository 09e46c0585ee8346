#include "precis/sketch/lsh.h"

#include <xxhash.h>

#include <cassert>
#include <cmath>

namespace precis::sketch {

double CatchProbability(double similarity, const LshParams& params) {
  if (params.bands == 0 || params.rows == 0) return 0.0;
  const double band_match = std::pow(similarity, static_cast<double>(params.rows));
  return 1.0 - std::pow(1.0 - band_match, static_cast<double>(params.bands));
}

LshParams ChooseLshParams(double threshold, std::uint32_t permutations,
                          double min_catch_probability) {
  LshParams best{permutations, 1};
  for (std::uint32_t rows = 1; rows <= permutations; ++rows) {
    const LshParams candidate{permutations / rows, rows};
    // Catch probability falls as rows grow (for fixed K), so the last
    // banding that passes is the most selective one that still meets it.
    if (CatchProbability(threshold, candidate) >= min_catch_probability) best = candidate;
  }
  return best;
}

void BandKeys(std::span<const std::uint32_t> signature, const LshParams& params,
              std::span<std::uint64_t> keys) {
  assert(signature.size() >= static_cast<std::size_t>(params.bands) * params.rows);
  assert(keys.size() >= params.bands);
  static_assert(sizeof(std::uint32_t) == 4);
  for (std::uint32_t band = 0; band < params.bands; ++band) {
    // Slots are hashed as their in-memory bytes; the file formats that store
    // keys are documented as little-endian, which every supported target is.
    keys[band] =
        XXH3_64bits_withSeed(signature.data() + static_cast<std::size_t>(band) * params.rows,
                             params.rows * sizeof(std::uint32_t), band);
  }
}

}  // namespace precis::sketch
