// LSH banding over MinHash signatures: split the K slots into `bands` groups
// of `rows` slots and hash each group; two signatures that agree on a whole
// band land in the same bucket and become a candidate pair.
//
//   precis::sketch::LshParams lsh = precis::sketch::ChooseLshParams(0.8, 128);
//   // lsh.bands = 21, lsh.rows = 6: a pair with Jaccard 0.8 is caught with
//   // probability CatchProbability(0.8, lsh) = 0.998.
//   std::vector<std::uint64_t> keys(lsh.bands);
//   precis::sketch::BandKeys(signature, lsh, keys);
//
// A pair of Jaccard similarity s shares at least one band with probability
// 1 - (1 - s^rows)^bands (the S-curve). More rows per band means fewer
// candidates below the threshold but more missed pairs above it.
#pragma once

#include <cstdint>
#include <span>

#include "precis/export.h"

namespace precis::sketch {

struct LshParams {
  std::uint32_t bands = 0;  // number of band keys per signature, >= 1
  std::uint32_t rows = 0;   // slots per band, >= 1; bands * rows <= K
};

// Default minimum probability of catching a pair exactly at the threshold.
inline constexpr double kDefaultMinCatchProbability = 0.995;

// The banding for `permutations` slots with the most rows per band (fewest
// candidates below the threshold) whose catch probability at `threshold`
// (a Jaccard similarity in (0, 1]) is still >= `min_catch_probability`;
// bands = floor(K / rows). Falls back to rows = 1, bands = K when no banding
// reaches it. Requires permutations >= 1.
PRECIS_EXPORT LshParams ChooseLshParams(double threshold, std::uint32_t permutations,
                          double min_catch_probability = kDefaultMinCatchProbability);

// Probability that a pair of Jaccard similarity `similarity` shares at least
// one band: 1 - (1 - s^rows)^bands.
PRECIS_EXPORT double CatchProbability(double similarity, const LshParams& params);

// Writes the key of every band of `signature` into `keys` (size params.bands):
// XXH3-64 of the band's slots (little-endian 32-bit values), seeded with the
// band index, so equal slots in different bands give different keys.
// Requires signature.size() >= bands * rows.
PRECIS_EXPORT void BandKeys(std::span<const std::uint32_t> signature, const LshParams& params,
              std::span<std::uint64_t> keys);

}  // namespace precis::sketch
