// Finding bytes in text eight at a time ("SIMD within a register"), for the
// scans that run over every byte of every article: the next space between
// words, the next full stop. A call to memchr costs more than it saves on a
// six-byte word, and a byte loop mispredicts a branch at every match.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace precis::text {

namespace byte_scan_detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// A word with the high bit set in (at least) the lowest byte of `word` that
// equals `byte`, and in no byte below it; 0 when no byte equals it. Higher
// flags can be false positives (a borrow runs upward), the lowest never is.
inline std::uint64_t MatchFlags(std::uint64_t word, unsigned char byte) {
  const std::uint64_t x = word ^ (kOnes * byte);
  return (x - kOnes) & ~x & kHighs;
}

inline std::uint64_t Load(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

}  // namespace byte_scan_detail

// The first position in [from, end) of `text` holding one of the bytes `a`,
// `b`, `c` (pass a byte twice to look for fewer), or `end` when none does.
inline std::size_t FindAnyByte(const char* text, std::size_t from, std::size_t end, char a, char b,
                               char c) {
  using namespace byte_scan_detail;
  if constexpr (std::endian::native == std::endian::little) {
    for (; from + 8 <= end; from += 8) {
      const std::uint64_t word = Load(text + from);
      const std::uint64_t flags = MatchFlags(word, static_cast<unsigned char>(a)) |
                                  MatchFlags(word, static_cast<unsigned char>(b)) |
                                  MatchFlags(word, static_cast<unsigned char>(c));
      if (flags != 0) return from + static_cast<std::size_t>(std::countr_zero(flags)) / 8;
    }
  }
  for (; from < end; ++from) {
    if (text[from] == a || text[from] == b || text[from] == c) return from;
  }
  return end;
}

// The first position of `byte` in [from, end) of `text`, or `end`.
inline std::size_t FindByte(const char* text, std::size_t from, std::size_t end, char byte) {
  return FindAnyByte(text, from, end, byte, byte, byte);
}

// The first position in [from, end) of `text` that is not an ASCII letter
// (A-Z, a-z), or `end`.
inline std::size_t SkipAsciiLetters(const char* text, std::size_t from, std::size_t end) {
  using namespace byte_scan_detail;
  if constexpr (std::endian::native == std::endian::little) {
    for (; from + 8 <= end; from += 8) {
      const std::uint64_t word = Load(text + from);
      // Lower-cased and without the high bit, no byte carries into the next
      // below: it is a letter when it lies in 'a'..'z' and was ASCII.
      const std::uint64_t folded = (word | (kOnes * 0x20)) & ~kHighs;
      const std::uint64_t at_least_a = folded + kOnes * (0x80 - 'a');
      const std::uint64_t above_z = folded + kOnes * (0x80 - 'z' - 1);
      const std::uint64_t letters = at_least_a & ~above_z & ~word & kHighs;
      const std::uint64_t others = ~letters & kHighs;
      if (others != 0) return from + static_cast<std::size_t>(std::countr_zero(others)) / 8;
    }
  }
  for (; from < end; ++from) {
    const char c = text[from];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return from;
  }
  return end;
}

}  // namespace precis::text
