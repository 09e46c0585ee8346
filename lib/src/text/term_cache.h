// What each surface form normalizes to, remembered per analyzer: news repeats
// its words heavily, so most tokens skip case folding, stemming and hashing.
//
// An open-addressing table keyed by a 64-bit hash of the surface form. It
// starts small (creating an analyzer must stay cheap: apps start in
// milliseconds), doubles as it fills, and starts afresh at its maximum size.
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
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
      const Slot& entry = slots_[slot];
      if (entry.key == key) return TermInfo{entry.term, entry.stopword};
      if (entry.key == kEmpty) return std::nullopt;
    }
  }

  // Starts loading the slot where a lookup of `surface_hash` begins: an
  // analyzer prefetches a few words ahead, so that a large vocabulary's
  // table (megabytes) costs no memory latency per word.
  void Prefetch(std::uint64_t surface_hash) const {
    __builtin_prefetch(&slots_[Key(surface_hash) & (slots_.size() - 1)]);
  }

  void Insert(std::uint64_t surface_hash, TermInfo info) {
    // At 3/4 full, grow; at the maximum size, start afresh: bounded memory,
    // short probes.
    if (size_ >= slots_.size() / 4 * 3) {
      if (slots_.size() < kMaxCapacity) {
        Grow();
      } else {
        slots_.assign(slots_.size(), Slot{});
        size_ = 0;
      }
    }
    Place(Slot{Key(surface_hash), info.term, info.stopword});
  }

 private:
  static constexpr std::size_t kInitialCapacity = 1 << 10;
  static constexpr std::size_t kMaxCapacity = 1 << 18;
  static constexpr std::uint64_t kEmpty = 0;

  struct Slot {
    std::uint64_t key = kEmpty;
    std::uint64_t term = 0;
    bool stopword = false;
  };

  // Hash 0 marks an empty slot, so it is stored as 1.
  static std::uint64_t Key(std::uint64_t hash) { return hash == kEmpty ? 1 : hash; }

  void Place(const Slot& entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = entry.key & mask;
    while (slots_[slot].key != kEmpty && slots_[slot].key != entry.key) slot = (slot + 1) & mask;
    if (slots_[slot].key == kEmpty) ++size_;
    slots_[slot] = entry;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& entry : old) {
      if (entry.key != kEmpty) Place(entry);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(kInitialCapacity);
  std::size_t size_ = 0;
};

}  // namespace precis::text
