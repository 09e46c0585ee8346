// Where each shingle hash of interest occurs in a text, found with one probe.
//
// The passage finder looks up every shingle of A among B's shingles. A sorted
// vector of (hash, position) pairs costs a membership probe plus two binary
// searches per shared shingle, each a chain of cache misses on large texts.
// Here a flat hash set of the keys doubles as the index: its slot for a hash
// holds a range [first, first + count) of one positions array, in which each
// hash's positions in B sit together, increasing (a compressed sparse row
// layout). A lookup is one probe that either rejects the hash or yields all
// its occurrences. Building it takes one pass over B and no sort.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "overlap/hash_set.h"
#include "precis/sketch/shingles.h"

namespace precis::overlap {

class OccurrenceIndex {
 public:
  // Indexes the positions j of `text` whose hash is one of `keys` (duplicates
  // allowed). A key occurring more than `max_occurrences` times in `text` is
  // indexed as if absent: on repetitive text, walking its occurrences for
  // every lookup would make the caller quadratic.
  OccurrenceIndex(std::span<const sketch::Shingle> text, std::span<const std::uint64_t> keys,
                  std::uint32_t max_occurrences);

  // The positions in the text of shingles with `hash`, increasing; empty when
  // `hash` is not a key, does not occur, or occurs too often.
  std::span<const std::uint32_t> Find(std::uint64_t hash) const {
    const std::size_t slot = keys_.Slot(hash);
    if (slot == HashSet::kAbsent) return {};
    const Range range = ranges_[slot];
    return std::span<const std::uint32_t>(positions_).subspan(range.first, range.count);
  }

 private:
  // A key's positions: positions_[first, first + count).
  struct Range {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };

  // A position of the text whose hash is a key, and the key's slot.
  struct Occurrence {
    std::uint32_t position;
    std::size_t slot;
  };

  std::vector<Occurrence> CountOccurrences(std::span<const sketch::Shingle> text);
  std::uint32_t PlaceRanges(std::uint32_t max_occurrences);
  void FillPositions(std::span<const Occurrence> occurrences);

  HashSet keys_;
  std::vector<Range> ranges_;  // indexed by keys_.Slot()
  std::vector<std::uint32_t> positions_;
};

}  // namespace precis::overlap
