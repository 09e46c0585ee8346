#include "eval/ngram_overlap.h"

#include <algorithm>

namespace precis::eval {
namespace {

constexpr std::uint64_t Pack(std::uint32_t a, std::uint32_t b) {
  return (std::uint64_t{a} << 32) | b;
}

// Token ids never reach this value, so a unigram cannot equal a pair.
constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

}  // namespace

void SortedNGrams(std::span<const std::uint32_t> tokens, int n, std::vector<GramKey>& keys) {
  keys.clear();
  const std::size_t size = static_cast<std::size_t>(n);
  if (tokens.size() < size) return;
  keys.reserve(tokens.size() - size + 1);
  for (std::size_t i = 0; i + size <= tokens.size(); ++i) {
    std::uint32_t t[4] = {0, 0, 0, 0};
    for (std::size_t k = 0; k < size; ++k) t[k] = tokens[i + k];
    keys.push_back({Pack(t[0], t[1]), Pack(t[2], t[3])});
  }
  std::sort(keys.begin(), keys.end());
}

void SortedSkipBigrams(std::span<const std::uint32_t> tokens, std::uint32_t max_skip, bool unigrams,
                       std::vector<GramKey>& keys) {
  keys.clear();
  if (tokens.size() < 2) return;
  const std::size_t last = tokens.size() - 1;
  for (std::size_t i = 0; i < last; ++i) {
    if (unigrams) keys.push_back({Pack(tokens[i], kNoToken), 0});
    const std::size_t stop = std::min<std::size_t>(i + max_skip + 1, last);
    for (std::size_t j = i + 1; j <= stop; ++j) keys.push_back({Pack(tokens[i], tokens[j]), 0});
  }
  std::sort(keys.begin(), keys.end());
}

std::uint64_t ClippedHits(std::span<const GramKey> a, std::span<const GramKey> b) {
  std::uint64_t hits = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      const GramKey key = a[i];
      std::uint64_t count_a = 0;
      std::uint64_t count_b = 0;
      while (i < a.size() && a[i] == key) ++i, ++count_a;
      while (j < b.size() && b[j] == key) ++j, ++count_b;
      hits += std::min(count_a, count_b);
    }
  }
  return hits;
}

}  // namespace precis::eval
