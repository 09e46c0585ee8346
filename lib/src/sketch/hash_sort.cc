#include "sketch/hash_sort.h"

#include <algorithm>
#include <array>
#include <bit>

namespace precis::sketch {
namespace {

// Below this, std::sort beats setting up counting passes.
constexpr std::size_t kRadixCutoff = 64;
// Digit width: 2^11 counters and output streams stay in L1/L2.
constexpr int kDigitBits = 11;
constexpr std::size_t kDigits = std::size_t{1} << kDigitBits;
// The insertion pass may move each element this many places on average
// before it hands over to std::sort.
constexpr std::size_t kMovesPerElement = 8;

// Stable counting sort of `from` into `to` by bits [shift, shift + bits).
void CountingPass(const std::vector<std::uint64_t>& from, std::vector<std::uint64_t>& to, int shift,
                  int bits) {
  const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  std::array<std::size_t, kDigits + 1> offsets{};
  for (const std::uint64_t h : from) ++offsets[((h >> shift) & mask) + 1];
  for (std::size_t d = 1; d <= kDigits; ++d) offsets[d] += offsets[d - 1];
  for (const std::uint64_t h : from) to[offsets[(h >> shift) & mask]++] = h;
}

// Finishes a sort whose elements are near their places; false (leaving a
// permutation of the input) when that takes too many moves.
bool InsertionFinish(std::vector<std::uint64_t>& hashes) {
  std::size_t budget = kMovesPerElement * hashes.size();
  for (std::size_t i = 1; i < hashes.size(); ++i) {
    const std::uint64_t value = hashes[i];
    std::size_t j = i;
    while (j > 0 && hashes[j - 1] > value) {
      hashes[j] = hashes[j - 1];
      --j;
    }
    hashes[j] = value;
    const std::size_t moved = i - j;
    if (moved > budget) return false;
    budget -= moved;
  }
  return true;
}

}  // namespace

void SortHashes(std::vector<std::uint64_t>& hashes) {
  const std::size_t n = hashes.size();
  if (n < kRadixCutoff) {
    std::sort(hashes.begin(), hashes.end());
    return;
  }
  // About two top bits per element: runs of equal prefixes average below one
  // element. One or two digit passes, least significant first.
  const int top_bits = std::min(2 * kDigitBits, static_cast<int>(std::bit_width(n)) + 1);
  const int passes = (top_bits + kDigitBits - 1) / kDigitBits;
  const int bits = (top_bits + passes - 1) / passes;
  std::vector<std::uint64_t> buffer(n);
  for (int pass = passes - 1; pass >= 0; --pass) {
    const int shift = 64 - bits * (pass + 1);
    CountingPass(hashes, buffer, shift, bits);
    hashes.swap(buffer);
  }
  if (!InsertionFinish(hashes)) std::sort(hashes.begin(), hashes.end());
}

}  // namespace precis::sketch
