#include "precis/sketch/minhash.h"

#include <algorithm>
#include <cmath>

namespace precis::sketch {
namespace {

// splitmix64's finalizer: a bijective mixer, so seeding by xor and mixing is a
// permutation of the 64-bit hash space (what one-permutation hashing needs).
inline std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Maps the high 32 bits of a hash to [0, n) by multiply-shift (Lemire):
// no division, no modulo bias beyond 2^-32.
inline std::uint32_t Reduce(std::uint64_t hash, std::uint32_t n) {
  return static_cast<std::uint32_t>(((hash >> 32) * n) >> 32);
}

// kEmptySlot is reserved for "no element", so a real minimum never takes it.
inline std::uint32_t SlotValue(std::uint64_t hash) {
  return std::min(static_cast<std::uint32_t>(hash), kEmptySlot - 1);
}

void KHashSignature(std::span<const std::uint64_t> hashes, const MinHashOptions& options,
                    Signature& signature) {
  const std::uint32_t k = options.permutations;
  // Hash function i is multiply-shift h * a_i + b_i (a_i odd): cheap, and the
  // inputs are already XXH3 output, so a 2-universal family behaves min-wise.
  std::vector<std::uint64_t> mul(k);
  std::vector<std::uint64_t> add(k);
  for (std::uint32_t i = 0; i < k; ++i) {
    mul[i] = Mix64(options.seed + 2 * i + 1) | 1;
    add[i] = Mix64(options.seed ^ (0x9e3779b97f4a7c15ULL * (i + 1)));
  }
  std::vector<std::uint64_t> minima(k, ~std::uint64_t{0});
  for (std::uint64_t h : hashes) {
    for (std::uint32_t i = 0; i < k; ++i) {
      minima[i] = std::min(minima[i], h * mul[i] + add[i]);
    }
  }
  signature.resize(k);
  for (std::uint32_t i = 0; i < k; ++i) {
    // The high half carries the multiply's best-mixed bits.
    signature[i] = SlotValue(minima[i] >> 32);
  }
}

void OnePermutationSignature(std::span<const std::uint64_t> hashes, const MinHashOptions& options,
                             Signature& signature) {
  const std::uint32_t k = options.permutations;
  signature.assign(k, kEmptySlot);
  for (std::uint64_t h : hashes) {
    const std::uint64_t mixed = Mix64(h ^ options.seed);
    // The bin comes from the high bits and the rank from the low 32, so the
    // two are independent.
    std::uint32_t& slot = signature[Reduce(mixed, k)];
    slot = std::min(slot, SlotValue(mixed));
  }
  // Optimal densification (Shrivastava 2017): every empty bin probes bins in
  // its own pseudo-random order, seeded by (bin, attempt) only, and copies the
  // first bin that was non-empty before densification. Both sets of a pair
  // use the same probe order, so the copy agrees exactly when the source bins
  // agree, which keeps the estimator unbiased with low variance.
  std::vector<std::uint32_t> filled;
  filled.reserve(k);
  for (std::uint32_t i = 0; i < k; ++i) {
    if (signature[i] != kEmptySlot) filled.push_back(i);
  }
  if (filled.empty() || filled.size() == k) return;
  std::vector<bool> original(k, false);
  for (std::uint32_t i : filled) original[i] = true;
  const std::uint64_t probe_seed = Mix64(options.seed ^ 0xd1b54a32d192ed03ULL);
  for (std::uint32_t i = 0; i < k; ++i) {
    if (original[i]) continue;
    for (std::uint64_t attempt = 1;; ++attempt) {
      const std::uint32_t source =
          Reduce(Mix64(probe_seed ^ ((static_cast<std::uint64_t>(i) << 32) | attempt)), k);
      if (original[source]) {
        signature[i] = signature[source];
        break;
      }
    }
  }
}

}  // namespace

std::string_view MethodName(MinHashMethod method) {
  return method == MinHashMethod::kKHash ? "kh" : "oph";
}

bool ParseMethod(std::string_view name, MinHashMethod& method) {
  if (name == "kh" || name == "khash") {
    method = MinHashMethod::kKHash;
    return true;
  }
  if (name == "oph") {
    method = MinHashMethod::kOnePermutation;
    return true;
  }
  return false;
}

Signature ComputeSignature(std::span<const std::uint64_t> shingle_hashes,
                           const MinHashOptions& options) {
  Signature signature;
  ComputeSignature(shingle_hashes, options, signature);
  return signature;
}

void ComputeSignature(std::span<const std::uint64_t> shingle_hashes, const MinHashOptions& options,
                      Signature& signature) {
  if (options.permutations == 0) {
    signature.clear();
    return;
  }
  if (shingle_hashes.empty()) {
    signature.assign(options.permutations, kEmptySlot);
    return;
  }
  if (options.method == MinHashMethod::kKHash) {
    KHashSignature(shingle_hashes, options, signature);
  } else {
    OnePermutationSignature(shingle_hashes, options, signature);
  }
}

bool IsEmptySignature(std::span<const std::uint32_t> signature) {
  // A non-empty set fills every slot (densification), so slot 0 decides.
  return signature.empty() || signature[0] == kEmptySlot;
}

double EstimateJaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  if (a.size() != b.size() || IsEmptySignature(a) || IsEmptySignature(b)) return 0.0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

double EstimateContainment(double jaccard, std::uint64_t size_a, std::uint64_t size_b) {
  if (size_a == 0) return 0.0;
  // |A ∩ B| = J |A ∪ B| and |A ∪ B| = |A| + |B| - |A ∩ B|.
  const double intersection = jaccard * static_cast<double>(size_a + size_b) / (1.0 + jaccard);
  return std::clamp(intersection / static_cast<double>(size_a), 0.0, 1.0);
}

double StandardError(double jaccard, std::uint32_t permutations) {
  if (permutations == 0) return 0.0;
  const double j = std::clamp(jaccard, 0.0, 1.0);
  return std::sqrt(j * (1.0 - j) / permutations);
}

}  // namespace precis::sketch
