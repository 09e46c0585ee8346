#include "eval/ngram_overlap.h"

namespace precis::eval {
namespace {

constexpr std::uint64_t Pack(std::uint32_t a, std::uint32_t b) {
  return (std::uint64_t{a} << 32) | b;
}

// Token ids never reach this value, so a unigram cannot equal a pair.
constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

}  // namespace

void SortNGrams(std::span<const std::uint32_t> tokens, int n, SortedGrams& grams) {
  grams.narrow.clear();
  grams.wide.clear();
  const std::size_t size = static_cast<std::size_t>(n);
  if (tokens.size() < size) return;
  const std::size_t count = tokens.size() - size + 1;
  if (n <= 2) {
    grams.narrow.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      grams.narrow[i] = n == 1 ? tokens[i] : Pack(tokens[i], tokens[i + 1]);
    }
    std::sort(grams.narrow.begin(), grams.narrow.end());
    return;
  }
  grams.wide.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    grams.wide[i] = {Pack(tokens[i], tokens[i + 1]),
                     Pack(tokens[i + 2], n == 4 ? tokens[i + 3] : 0)};
  }
  std::sort(grams.wide.begin(), grams.wide.end());
}

void SortSkipBigrams(std::span<const std::uint32_t> tokens, std::uint32_t max_skip, bool unigrams,
                     std::vector<std::uint64_t>& keys) {
  keys.clear();
  if (tokens.size() < 2) return;
  const std::size_t last = tokens.size() - 1;
  for (std::size_t i = 0; i < last; ++i) {
    if (unigrams) keys.push_back(Pack(tokens[i], kNoToken));
    const std::size_t stop = std::min<std::size_t>(i + max_skip + 1, last);
    for (std::size_t j = i + 1; j <= stop; ++j) keys.push_back(Pack(tokens[i], tokens[j]));
  }
  std::sort(keys.begin(), keys.end());
}

}  // namespace precis::eval
