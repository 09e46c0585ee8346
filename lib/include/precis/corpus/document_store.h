// The articles of a corpus held for near-duplicate work: ids, MinHash
// signatures and shingle counts in memory, and where each article's shingle
// set and text were spilled to disk (spill_file.h), so memory stays bounded by
// the signatures, not the corpus.
//
//   precis::corpus::DocumentStore store(params.minhash.permutations);
//   precis::corpus::Placement placed =
//       store.Add("a1", job.signature, job.shingles, /*in_run=*/true);
//   if (placed.arrival != precis::corpus::Arrival::kSame) {
//     precis::Status kept = precis::corpus::SpillArticle(store, spill, placed.position,
//                                                        job.set, text);
//   }
//
// Articles keep their input order (an index's first): position decides which
// article of a cluster represents it. One article per id (article_ids.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/article_ids.h"
#include "precis/corpus/spill_file.h"
#include "precis/export.h"

namespace precis::corpus {

// The offset of data that was not spilled.
inline constexpr std::uint64_t kNoOffset = ~std::uint64_t{0};

struct PRECIS_EXPORT DocumentStore {
  explicit DocumentStore(std::uint32_t slots_per_signature) : permutations(slots_per_signature) {}

  std::uint32_t permutations;
  std::vector<std::string> ids;
  std::vector<std::uint32_t> slots;         // size() * permutations
  std::vector<std::uint64_t> shingles;      // distinct shingles per article
  std::vector<std::uint64_t> set_offsets;   // spilled sorted set, or kNoOffset
  std::vector<std::uint64_t> text_offsets;  // spilled text, or kNoOffset
  std::vector<std::uint64_t> text_sizes;
  // 1: the article is in this run's input (new, seen again or changed); 0:
  // only in an index read earlier. Reported pairs and clusters involve at
  // least one article of this run.
  std::vector<std::uint8_t> in_run;
  ArticleIds known;

  std::uint32_t size() const { return static_cast<std::uint32_t>(ids.size()); }
  // Adds an article by the rules of article_ids.h; `in_run` as above (a kSame
  // or kChanged arrival from the input marks the held article). kNew appends
  // it without a spilled set or text; kChanged replaces its signature and
  // shingle count and forgets its spilled set and text; SpillArticle keeps
  // this run's.
  Placement Add(std::string_view id, std::span<const std::uint32_t> signature,
                std::uint64_t shingles, bool in_run);
  std::span<const std::uint32_t> Signature(std::uint32_t i) const {
    return std::span<const std::uint32_t>(slots).subspan(std::size_t{i} * permutations,
                                                         permutations);
  }
  // Bytes held in memory (for reports).
  std::uint64_t MemoryBytes() const;
};

// Spills the sorted shingle `set` (when given) and the `text` (when given) of
// the article at `position` unless it already has them, and records their
// offsets; call it for an arrival other than kSame, or to lend a held article
// without them this run's copy. An IoError when the spill file cannot be
// written (the offsets that were written stay recorded).
PRECIS_EXPORT Status SpillArticle(DocumentStore& store, SpillFile& spill, std::uint32_t position,
                                  std::optional<std::span<const std::uint64_t>> set,
                                  std::optional<std::string_view> text);

}  // namespace precis::corpus
