// Clipped n-gram and skip-bigram overlap between token-id sequences: each
// text becomes a sorted list of gram keys, and two lists merge in linear time
// (hit = sum over shared grams of the smaller count). Keys pack token ids
// exactly (no hashing), so clipping is exact.
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <span>
#include <vector>

namespace precis::eval {

// Three or four token ids, two per word.
struct WideGramKey {
  std::uint64_t hi = 0;
  std::uint64_t lo = 0;
  auto operator<=>(const WideGramKey&) const = default;
};

// One text's sorted grams: unigrams and bigrams in `narrow` (one 64-bit key
// each), trigrams and 4-grams in `wide`.
struct SortedGrams {
  std::vector<std::uint64_t> narrow;
  std::vector<WideGramKey> wide;
  std::size_t size() const { return narrow.size() + wide.size(); }
};

// Replaces `grams` with the sorted n-grams (1 <= n <= 4) of `tokens`:
// max(0, |tokens| - n + 1) keys.
void SortNGrams(std::span<const std::uint32_t> tokens, int n, SortedGrams& grams);

// Replaces `keys` with ROUGE-1.5.5's sorted skip-bigrams (-2 max_skip, with
// -u unigrams when `unigrams`): for each position i except the last, the
// unigram t_i and the pairs (t_i, t_j), i < j <= i + max_skip + 1.
void SortSkipBigrams(std::span<const std::uint32_t> tokens, std::uint32_t max_skip, bool unigrams,
                     std::vector<std::uint64_t>& keys);

// Sum over distinct keys of min(count in a, count in b); both sorted.
template <typename Key>
std::uint64_t ClippedHits(std::span<const Key> a, std::span<const Key> b) {
  std::uint64_t hits = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      const Key key = a[i];
      std::uint64_t count_a = 0;
      std::uint64_t count_b = 0;
      for (; i < a.size() && a[i] == key; ++i) ++count_a;
      for (; j < b.size() && b[j] == key; ++j) ++count_b;
      hits += std::min(count_a, count_b);
    }
  }
  return hits;
}

// ClippedHits of two texts' n-grams of the same n.
inline std::uint64_t ClippedHits(const SortedGrams& a, const SortedGrams& b) {
  return ClippedHits<std::uint64_t>(a.narrow, b.narrow) + ClippedHits<WideGramKey>(a.wide, b.wide);
}

}  // namespace precis::eval
