// The bytes of an index file (version 1): header layout, sections and checks.
//
//   offset  size  field
//   0       16    magic "precis-search\n\0\0"
//   16      4     version (1)
//   20      4     header size (256)
//   24      4     shingle size k          28  4  winnowing window w
//   32      8     shingle seed
//   40      4     shard index             44  4  shard count
//   48      16    language (ISO 639 code, NUL padded)
//   64      1     stem (0/1), then 7 bytes 0
//   72      8     articles                80  8  fingerprints (distinct)
//   88      8     postings
//   96      168   7 sections x {offset, size, XXH3-64 of the section's bytes}
//   264     8     file size
//   272     8     XXH3-64 of bytes 0..271
//   280     8     zero
//
// Sections, each starting at a multiple of 8, zero padded between:
//   articles  per article {u64 id offset, u64 text offset, u32 id size,
//             u32 text size, u64 XXH3-64 of the text, u64 offset of its
//             shingles (in u32 units), u32 shingle count, u32 low 32 bits of
//             XXH3-64 of those shingles' bytes} (48 bytes)
//   ids       the ids' bytes, back to back
//   texts     the texts' bytes, back to back
//   keys      u64 fingerprints, ascending
//   offsets   u32 x (fingerprints + 1): postings of key i are [offsets[i], offsets[i+1])
//   postings  u32 article positions, ascending per key
//   shingles  per article, the low 32 bits of each of its distinct shingle
//             hashes, ascending: the cheap exact screen of a candidate
// All integers little-endian.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/search/index.h"

namespace precis::search {

inline constexpr std::string_view kIndexMagic{"precis-search\n\0\0", 16};
inline constexpr std::size_t kHeaderSize = 288;
inline constexpr std::size_t kArticleEntrySize = 48;

enum Section : std::size_t {
  kArticles,
  kIds,
  kTexts,
  kKeys,
  kOffsets,
  kPostings,
  kShingles,
  kSections
};

// Names for messages ("the postings section").
std::string_view SectionName(std::size_t section);

struct SectionEntry {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint64_t checksum = 0;
};

struct IndexHeader {
  IndexParams params;
  std::uint64_t articles = 0;
  std::uint64_t fingerprints = 0;
  std::uint64_t postings = 0;
  std::array<SectionEntry, kSections> sections{};
  std::uint64_t file_size = 0;
};

// The header bytes, checksum included.
std::string EncodeHeader(const IndexHeader& header);
// Parses and checks the first bytes of a file of `file_size` bytes:
// kFormatMismatch describing the first problem (not an index, another
// version, a bad header checksum, bad params, a section outside the file or
// of the wrong size). Section checksums are checked by the caller.
Result<IndexHeader> DecodeHeader(std::string_view bytes, std::uint64_t file_size);

// Rounds up to a multiple of 8.
constexpr std::uint64_t Align8(std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; }

}  // namespace precis::search
