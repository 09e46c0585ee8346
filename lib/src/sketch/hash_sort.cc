#include "sketch/hash_sort.h"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

namespace precis::sketch {
namespace {

// Below this, std::sort beats setting up counting passes.
constexpr std::size_t kRadixCutoff = 64;
// Digit width: 2^8 counters and output streams stay in L1.
constexpr int kDigitBits = 8;
constexpr std::size_t kDigits = std::size_t{1} << kDigitBits;
constexpr int kMaxPasses = 3;

// Where digit `pass` of a `Bits`-bit hash starts; digit 0 is the most significant.
template <int Bits>
constexpr int Shift(int pass) {
  return Bits - kDigitBits * (pass + 1);
}
// The insertion pass may move each element this many places on average
// before it hands over to std::sort.
constexpr std::size_t kMovesPerElement = 8;

// Stable counting sort of `from` into `to` by the digit at `shift`, given
// the digit's exclusive prefix counts.
template <typename Hash>
void CountingPass(const std::vector<Hash>& from, std::vector<Hash>& to, int shift,
                  std::array<std::size_t, kDigits>& offsets) {
  for (const std::uint64_t h : from) to[offsets[(h >> shift) & (kDigits - 1)]++] = h;
}

// Finishes a sort whose elements are near their places; false (leaving a
// permutation of the input) when that takes too many moves.
template <typename Hash>
bool InsertionFinish(std::vector<Hash>& hashes) {
  std::size_t budget = kMovesPerElement * hashes.size();
  for (std::size_t i = 1; i < hashes.size(); ++i) {
    const Hash value = hashes[i];
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

template <typename Hash>
void SortUniform(std::vector<Hash>& hashes) {
  constexpr int kBits = 8 * sizeof(Hash);
  const std::size_t n = hashes.size();
  if (n < kRadixCutoff) {
    std::sort(hashes.begin(), hashes.end());
    return;
  }
  // About two top bits per element, so runs of equal prefixes average below
  // one element: up to three 8-bit digits, least significant first, all
  // counted in one read.
  const int top_bits = std::min(kMaxPasses * kDigitBits, static_cast<int>(std::bit_width(n)) + 1);
  const int passes = (top_bits + kDigitBits - 1) / kDigitBits;
  std::array<std::array<std::size_t, kDigits>, kMaxPasses> offsets{};
  for (const Hash h : hashes) {
    for (int pass = 0; pass < passes; ++pass) {
      ++offsets[pass][(h >> Shift<kBits>(pass)) & (kDigits - 1)];
    }
  }
  for (auto& counts : offsets) {
    std::size_t sum = 0;
    for (std::size_t& count : counts) sum += std::exchange(count, sum);
  }
  std::vector<Hash> buffer(n);
  for (int pass = passes - 1; pass >= 0; --pass) {
    CountingPass(hashes, buffer, Shift<kBits>(pass), offsets[pass]);
    hashes.swap(buffer);
  }
  if (!InsertionFinish(hashes)) std::sort(hashes.begin(), hashes.end());
}

}  // namespace

void SortHashes(std::vector<std::uint64_t>& hashes) { SortUniform(hashes); }
void SortHashes(std::vector<std::uint32_t>& hashes) { SortUniform(hashes); }

}  // namespace precis::sketch
