// What each surface form normalizes to, remembered per analyzer: news repeats
// its words heavily, so most tokens skip case folding, stemming and hashing.
//
// An open-addressing table keyed by a 64-bit hash of the surface form. It
// starts small (creating an analyzer must stay cheap: apps start in
// milliseconds) and doubles as it fills, up to 2^19 slots (12 MiB). A full
// table becomes the previous generation and a new one starts: a word found
// only in the previous one is copied into the new one, and the generation
// before is dropped. So memory stays bounded (two tables, 24 MiB, reached
// only by streams of 400,000 distinct words and more), and the words a stream
// keeps using survive every change of generation. Starting afresh at 2^18
// slots made a stream whose vocabulary was near that size fold and stem
// nearly every word again after each restart: a fifth of the CPU time of
// indexing 20,000 generated articles (bench/search_scale.sh).
// Two different surface forms sharing a 64-bit hash would share an entry; at
// the tables' size (2 x 393,216 live entries at most) the chance that any such
// pair exists is below 2^-25, far under the rate of hardware memory errors.
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
  std::optional<TermInfo> Find(std::uint64_t surface_hash) {
    const std::uint64_t key = Key(surface_hash);
    if (const Slot* found = Probe(slots_, key)) return TermInfo{found->term, found->stopword};
    if (previous_.empty()) return std::nullopt;
    const Slot* found = Probe(previous_, key);
    if (found == nullptr) return std::nullopt;
    const Slot entry = *found;  // copied first: Add may drop `previous_`
    Add(entry);
    return TermInfo{entry.term, entry.stopword};
  }

  // Starts loading the slot where a lookup of `surface_hash` begins: an
  // analyzer prefetches a few words ahead, so that a large vocabulary's
  // table (megabytes) costs no memory latency per word.
  void Prefetch(std::uint64_t surface_hash) const {
    __builtin_prefetch(&slots_[Key(surface_hash) & (slots_.size() - 1)]);
  }

  void Insert(std::uint64_t surface_hash, TermInfo info) {
    Add(Slot{Key(surface_hash), info.term, info.stopword});
  }

 private:
  static constexpr std::size_t kInitialCapacity = 1 << 10;
  static constexpr std::size_t kMaxCapacity = 1 << 19;
  static constexpr std::uint64_t kEmpty = 0;

  struct Slot {
    std::uint64_t key = kEmpty;
    std::uint64_t term = 0;
    bool stopword = false;
  };

  // Hash 0 marks an empty slot, so it is stored as 1.
  static std::uint64_t Key(std::uint64_t hash) { return hash == kEmpty ? 1 : hash; }

  static const Slot* Probe(const std::vector<Slot>& table, std::uint64_t key) {
    const std::size_t mask = table.size() - 1;
    for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
      const Slot& entry = table[slot];
      if (entry.key == key) return &entry;
      if (entry.key == kEmpty) return nullptr;
    }
  }

  void Add(const Slot& entry) {
    // At 3/4 full, grow; at the maximum size, a new generation: bounded
    // memory, short probes.
    if (size_ >= slots_.size() / 4 * 3) {
      if (slots_.size() < kMaxCapacity) {
        Grow();
      } else {
        previous_.swap(slots_);
        slots_.assign(kMaxCapacity, Slot{});  // reuses the dropped generation's memory
        size_ = 0;
      }
    }
    Place(entry);
  }

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
  std::vector<Slot> previous_;  // the full generation before, or empty
};

}  // namespace precis::text
