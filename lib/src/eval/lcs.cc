#include "eval/lcs.h"

#include <algorithm>

namespace precis::eval {
namespace {

enum Move : std::uint8_t { kDiagonal, kUp, kLeft };

}  // namespace

std::uint32_t LcsLength(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                        LcsScratch& scratch) {
  if (a.empty() || b.empty()) return 0;
  // One row plus the diagonal value carried along.
  std::vector<std::uint32_t>& row = scratch.rows;
  row.assign(b.size() + 1, 0);
  for (const std::uint32_t token : a) {
    std::uint32_t diagonal = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::uint32_t up = row[j];
      row[j] = token == b[j - 1] ? diagonal + 1 : std::max(up, row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.size()];
}

void MarkLcs(std::span<const std::uint32_t> reference, std::span<const std::uint32_t> candidate,
             std::span<std::uint8_t> mask, LcsScratch& scratch) {
  const std::size_t m = reference.size();
  const std::size_t n = candidate.size();
  if (m == 0 || n == 0) return;
  // Two DP rows for the lengths, one byte per cell for the moves: the
  // traceback needs only the moves.
  std::vector<std::uint32_t>& rows = scratch.rows;
  rows.assign(2 * (n + 1), 0);
  std::vector<std::uint8_t>& moves = scratch.moves;
  moves.resize(m * n);
  std::uint32_t* previous = rows.data();
  std::uint32_t* current = rows.data() + n + 1;
  for (std::size_t i = 1; i <= m; ++i) {
    const std::uint32_t token = reference[i - 1];
    std::uint8_t* move_row = moves.data() + (i - 1) * n;
    current[0] = 0;
    for (std::size_t j = 1; j <= n; ++j) {
      if (token == candidate[j - 1]) {
        current[j] = previous[j - 1] + 1;
        move_row[j - 1] = kDiagonal;
      } else if (previous[j] >= current[j - 1]) {
        current[j] = previous[j];
        move_row[j - 1] = kUp;
      } else {
        current[j] = current[j - 1];
        move_row[j - 1] = kLeft;
      }
    }
    std::swap(previous, current);
  }
  std::size_t i = m;
  std::size_t j = n;
  while (i > 0 && j > 0) {
    switch (moves[(i - 1) * n + (j - 1)]) {
      case kDiagonal:
        mask[i - 1] = 1;
        --i;
        --j;
        break;
      case kUp:
        --i;
        break;
      default:
        --j;
        break;
    }
  }
}

}  // namespace precis::eval
