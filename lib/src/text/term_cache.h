// What each surface form normalizes to, remembered per analyzer: news repeats
// its words heavily, so most tokens skip case folding, stemming and hashing.
//
// An open-addressing table keyed by the XXH3-64 hash of the surface form.
// Two different surface forms sharing a 64-bit hash would share an entry; at
// the table's size (2^18 live entries at most) the chance that any such pair
// exists is below 2^-28, far under the rate of hardware memory errors.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace precis::text {

struct TermInfo {
  std::uint64_t term;
  bool stopword;
};

class TermCache {
 public:
  std::optional<TermInfo> Find(std::uint64_t surface_hash) const {
    const std::uint64_t key = Key(surface_hash);
    for (std::size_t slot = key & kMask;; slot = (slot + 1) & kMask) {
      const Slot& entry = slots_[slot];
      if (entry.key == key) return TermInfo{entry.term, entry.stopword};
      if (entry.key == kEmpty) return std::nullopt;
    }
  }

  void Insert(std::uint64_t surface_hash, TermInfo info) {
    // Start afresh when the table is 3/4 full: bounded memory, short probes.
    if (size_ >= kCapacity / 4 * 3) {
      slots_.assign(kCapacity, Slot{});
      size_ = 0;
    }
    const std::uint64_t key = Key(surface_hash);
    std::size_t slot = key & kMask;
    while (slots_[slot].key != kEmpty && slots_[slot].key != key) slot = (slot + 1) & kMask;
    if (slots_[slot].key == kEmpty) ++size_;
    slots_[slot] = Slot{key, info.term, info.stopword};
  }

 private:
  static constexpr std::size_t kCapacity = 1 << 18;
  static constexpr std::size_t kMask = kCapacity - 1;
  static constexpr std::uint64_t kEmpty = 0;

  struct Slot {
    std::uint64_t key = kEmpty;
    std::uint64_t term = 0;
    bool stopword = false;
  };

  // Hash 0 marks an empty slot, so it is stored as 1.
  static std::uint64_t Key(std::uint64_t hash) { return hash == kEmpty ? 1 : hash; }

  std::vector<Slot> slots_ = std::vector<Slot>(kCapacity);
  std::size_t size_ = 0;
};

}  // namespace precis::text
