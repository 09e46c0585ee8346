// Longest common subsequences of token-id sequences, as ROUGE-1.5.5 computes
// them (its DP and its traceback order, which decides which positions of a
// reference sentence an LCS covers when several LCSs exist).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace precis::eval {

// Reusable buffers, so scoring many pairs does not allocate per pair.
struct LcsScratch {
  std::vector<std::uint32_t> rows;
  std::vector<std::uint8_t> moves;
};

// |LCS(a, b)|, in O(|a| |b|) time and O(|b|) memory.
std::uint32_t LcsLength(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                        LcsScratch& scratch);

// Sets mask[i] = 1 for every position i of `reference` on ROUGE-1.5.5's LCS
// path against `candidate`: traceback from the end, diagonal on equal
// tokens, else up (shorter reference) when c[i-1][j] >= c[i][j-1], else left.
// `mask` must have |reference| entries; others are left as they are.
void MarkLcs(std::span<const std::uint32_t> reference, std::span<const std::uint32_t> candidate,
             std::span<std::uint8_t> mask, LcsScratch& scratch);

}  // namespace precis::eval
