// Sorting hashes (64-bit, and the 32-bit low halves a search index keeps), the
// core of every shingle set.
//
// Shingle hashes are uniform, so a stable radix sort on only their top bits
// (about two per element, at most 24) leaves each element within a tiny run
// of equal prefixes, which an insertion pass then orders: at most three
// 8-bit counting passes instead of the eight a full LSD radix sort makes. Inputs that are not uniform (crafted
// or repetitive values) make the insertion pass give up and std::sort the
// nearly sorted result, so the worst case stays O(n log n).
#pragma once

#include <cstdint>
#include <vector>

namespace precis::sketch {

// Sorts `hashes` ascending (fastest when they are uniform, as shingle hashes
// and their low halves are).
void SortHashes(std::vector<std::uint64_t>& hashes);
void SortHashes(std::vector<std::uint32_t>& hashes);

}  // namespace precis::sketch
