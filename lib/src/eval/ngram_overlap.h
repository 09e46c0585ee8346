// Clipped n-gram and skip-bigram overlap between token-id sequences: each
// text becomes a sorted list of gram keys, and two lists merge in linear time
// (hit = sum over shared grams of the smaller count).
#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <vector>

namespace precis::eval {

// Up to four token ids packed two per word; exact, no hashing, so clipping
// is exact.
struct GramKey {
  std::uint64_t hi = 0;
  std::uint64_t lo = 0;
  auto operator<=>(const GramKey&) const = default;
};

// Replaces `keys` with the sorted n-grams (1 <= n <= 4) of `tokens`:
// max(0, |tokens| - n + 1) keys.
void SortedNGrams(std::span<const std::uint32_t> tokens, int n, std::vector<GramKey>& keys);

// Replaces `keys` with ROUGE-1.5.5's sorted skip-bigrams (-2 max_skip, with
// -u unigrams when `unigrams`): for each position i except the last, the
// unigram t_i and the pairs (t_i, t_j), i < j <= i + max_skip + 1.
void SortedSkipBigrams(std::span<const std::uint32_t> tokens, std::uint32_t max_skip, bool unigrams,
                       std::vector<GramKey>& keys);

// Sum over distinct keys of min(count in a, count in b); both sorted.
std::uint64_t ClippedHits(std::span<const GramKey> a, std::span<const GramKey> b);

}  // namespace precis::eval
