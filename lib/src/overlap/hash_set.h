// A flat set of 64-bit shingle hashes for membership tests on the hot path.
// Shingle hashes are already uniform, so the low bits index the table
// directly; a binary search per shingle was the largest cost of comparing
// large documents.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace precis::overlap {

class HashSet {
 public:
  // A set of `keys` (duplicates allowed).
  explicit HashSet(std::span<const std::uint64_t> keys) {
    const std::size_t capacity = std::bit_ceil(keys.size() * 2 + 2);
    mask_ = capacity - 1;
    slots_.assign(capacity, kEmpty);
    // A bit filter 4x the table's slot count in bits (1/16 of its bytes)
    // answers most misses from cache; it is indexed by the hash's high bits,
    // independent of the table's low bits.
    const std::size_t filter_bits = std::max<std::size_t>(capacity * 4, 64);
    filter_shift_ = 64 - std::countr_zero(filter_bits);
    filter_.assign(filter_bits / 64, 0);
    for (std::uint64_t key : keys) Insert(key);
  }

  bool Contains(std::uint64_t key) const { return Slot(key) != kAbsent; }

  // Where `key` is stored: an index below slot_count(), distinct for each key
  // of the set, or kAbsent. Lets a caller keep data per key in an array of
  // slot_count() entries beside the set instead of a second table.
  static constexpr std::size_t kAbsent = SIZE_MAX;
  std::size_t Slot(std::uint64_t key) const {
    if (key == kEmpty) return has_empty_key_ ? slots_.size() : kAbsent;
    const std::uint64_t bit = key >> filter_shift_;
    if ((filter_[bit >> 6] & (std::uint64_t{1} << (bit & 63))) == 0) return kAbsent;
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == key) return i;
      if (slots_[i] == kEmpty) return kAbsent;
    }
  }

  // The table's slots, plus one past them for the key equal to the empty
  // marker (which the table cannot hold).
  std::size_t slot_count() const { return slots_.size() + 1; }

 private:
  // A real key equal to the empty marker is tracked separately.
  static constexpr std::uint64_t kEmpty = 0;

  void Insert(std::uint64_t key) {
    if (key == kEmpty) {
      has_empty_key_ = true;
      return;
    }
    const std::uint64_t bit = key >> filter_shift_;
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::size_t i = key & mask_;
    while (slots_[i] != kEmpty && slots_[i] != key) i = (i + 1) & mask_;
    slots_[i] = key;
  }

  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::vector<std::uint64_t> filter_;
  int filter_shift_ = 0;
  bool has_empty_key_ = false;
};

}  // namespace precis::overlap
