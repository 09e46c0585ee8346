// MinHash signatures: a fixed-size summary of a set of shingle hashes whose
// slot-by-slot agreement estimates the Jaccard similarity of two sets.
//
//   precis::sketch::MinHashOptions options;             // K = 128, one-permutation
//   precis::sketch::Signature a = precis::sketch::ComputeSignature(hashes_a, options);
//   precis::sketch::Signature b = precis::sketch::ComputeSignature(hashes_b, options);
//   double j = precis::sketch::EstimateJaccard(a, b);    // ~ |A ∩ B| / |A ∪ B|
//   double se = precis::sketch::StandardError(j, options.permutations);
//
// Two methods compute the signature (both only compare when made with the
// same options):
//  - kKHash: classic MinHash, K independent hash functions, slot i keeps the
//    minimum of hash_i over the set. Cost O(n * K) for n shingles.
//  - kOnePermutation: one hash splits the hash range into K bins, slot i keeps
//    the minimum inside bin i (Li, Owen, Zhang 2012); bins left empty by a
//    small set are filled by optimal densification (Shrivastava 2017): empty
//    bin i borrows from the first non-empty bin on its own pseudo-random probe
//    sequence, which both documents share. Cost O(n + K).
// docs/dedup.md gives the measured error and speed of both; the default is the
// one that won (one-permutation: as accurate for news-sized sets, ~20x faster).
//
// Input hashes should already be well mixed 64-bit values (shingles.h makes
// them with XXH3); duplicates in the input do not change the signature.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/export.h"

namespace precis::sketch {

// A signature is K 32-bit slot values. 32 bits halve the memory of a corpus
// index; two different minima agree by accident with probability 2^-32 per
// slot, far below the estimator's own error.
using Signature = std::vector<std::uint32_t>;

// The slot value of every slot of the signature of an empty set. Such
// signatures estimate Jaccard 0 against anything (including each other).
inline constexpr std::uint32_t kEmptySlot = 0xFFFFFFFFu;

enum class MinHashMethod : std::uint8_t {
  kKHash,          // K independent hash functions ("kh" in file headers)
  kOnePermutation  // one permutation + optimal densification ("oph")
};

struct MinHashOptions {
  // Number of slots K (permutations or bins). Standard error of the Jaccard
  // estimate is sqrt(J(1-J)/K). Range 1..4096; 128 gives +-0.035 at J = 0.8.
  std::uint32_t permutations = 128;
  // Seeds every hash function; signatures only compare when made with the
  // same seed. Any value.
  std::uint64_t seed = 0x5eed0f9ec15a11ceULL;
  // How slots are computed (see the overview).
  MinHashMethod method = MinHashMethod::kOnePermutation;
};

// The valid values of a count: min..max, both included.
struct PRECIS_EXPORT CountRange {
  std::uint32_t min;
  std::uint32_t max;
  constexpr bool Contains(std::uint64_t value) const { return value >= min && value <= max; }
};

// MinHashOptions::permutations: every flag, file header and banding that
// names K accepts this range and no other.
inline constexpr CountRange kPermutationRange = {1, 4096};

// Short name used in headers and flags: "kh" or "oph".
PRECIS_EXPORT std::string_view MethodName(MinHashMethod method);
// Parses "kh"/"khash" or "oph"; returns false (leaving `method` untouched)
// for anything else.
PRECIS_EXPORT bool ParseMethod(std::string_view name, MinHashMethod& method);

// The signature of the set of `shingle_hashes` (order and repeats do not
// matter). Always returns options.permutations slots; an empty input gives
// all kEmptySlot. Pure; thread-safe.
PRECIS_EXPORT Signature ComputeSignature(std::span<const std::uint64_t> shingle_hashes,
                           const MinHashOptions& options);

// Same, writing into `signature` (resized to K) to reuse its buffer.
PRECIS_EXPORT void ComputeSignature(std::span<const std::uint64_t> shingle_hashes, const MinHashOptions& options,
                      Signature& signature);

// True when the signature came from an empty set.
PRECIS_EXPORT bool IsEmptySignature(std::span<const std::uint32_t> signature);

// The fraction of slots on which `a` and `b` agree: an unbiased estimate of
// the Jaccard similarity of the two sets. Both must have the same length and
// come from the same options; returns 0 when either is empty or when the
// lengths differ.
PRECIS_EXPORT double EstimateJaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

// Containment |A ∩ B| / |A| estimated from the Jaccard estimate and the set
// sizes: J (|A| + |B|) / (1 + J) / |A|, clamped to [0, 1]. 0 when |A| is 0.
PRECIS_EXPORT double EstimateContainment(double jaccard, std::uint64_t size_a, std::uint64_t size_b);

// Standard error of a K-slot estimate of Jaccard `jaccard`: sqrt(J(1-J)/K).
PRECIS_EXPORT double StandardError(double jaccard, std::uint32_t permutations);

}  // namespace precis::sketch
