#include "overlap/occurrence_index.h"

namespace precis::overlap {

OccurrenceIndex::OccurrenceIndex(std::span<const sketch::Shingle> text,
                                 std::span<const std::uint64_t> keys, std::uint32_t max_occurrences)
    : keys_(keys), ranges_(keys_.slot_count()) {
  const std::vector<Occurrence> occurrences = CountOccurrences(text);
  positions_.resize(PlaceRanges(max_occurrences));
  FillPositions(occurrences);
}

// Counts each key's occurrences into its range, and returns them: on large
// texts few shingles are keys, and filling from this list spares a second
// pass that would read every shingle and probe again.
std::vector<OccurrenceIndex::Occurrence> OccurrenceIndex::CountOccurrences(
    std::span<const sketch::Shingle> text) {
  std::vector<Occurrence> occurrences;
  for (std::uint32_t j = 0; j < text.size(); ++j) {
    const std::size_t slot = keys_.Slot(text[j].hash);
    if (slot == HashSet::kAbsent) continue;
    ++ranges_[slot].count;
    occurrences.push_back({j, slot});
  }
  return occurrences;
}

// Lays the ranges out one after another and returns their total length.
// Over-frequent keys get an empty range, so they take no room and Find
// rejects them like absent hashes. Each range's `first` is left at its END:
// FillPositions moves it back to the start as it places the positions.
std::uint32_t OccurrenceIndex::PlaceRanges(std::uint32_t max_occurrences) {
  std::uint32_t end = 0;
  for (Range& range : ranges_) {
    if (range.count > max_occurrences) range.count = 0;
    end += range.count;
    range.first = end;
  }
  return end;
}

// Walking the occurrences backwards and filling each range from its end
// keeps every key's positions in increasing order, which callers rely on.
void OccurrenceIndex::FillPositions(std::span<const Occurrence> occurrences) {
  for (auto it = occurrences.rbegin(); it != occurrences.rend(); ++it) {
    Range& range = ranges_[it->slot];
    if (range.count != 0) positions_[--range.first] = it->position;
  }
}

}  // namespace precis::overlap
