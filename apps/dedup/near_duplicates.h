// The core of precis-dedup: the articles seen so far (signatures in memory,
// shingle sets spilled to disk), LSH candidate pairs, and their scores.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dedup/spill_file.h"
#include "precis/core/status.h"
#include "precis/corpus/article_ids.h"
#include "precis/sketch/lsh.h"

namespace precis::cli {

using corpus::ArticleIds;
using corpus::Arrival;
using corpus::Placement;

inline constexpr std::uint64_t kNoOffset = ~std::uint64_t{0};

// Articles in input order (the --index's first); index = position, which
// decides representatives. One article per id (precis/corpus/article_ids.h).
struct DocStore {
  explicit DocStore(std::uint32_t slots_per_signature) : permutations(slots_per_signature) {}

  std::uint32_t permutations;
  std::vector<std::string> ids;
  std::vector<std::uint32_t> slots;         // size() * permutations
  std::vector<std::uint64_t> shingles;      // distinct shingles per article
  std::vector<std::uint64_t> set_offsets;   // spilled sorted set, or kNoOffset
  std::vector<std::uint64_t> text_offsets;  // spilled text, or kNoOffset
  std::vector<std::uint64_t> text_sizes;
  // 1: the article is in this run's input (new, seen again or changed); 0:
  // only in the --index. Pairs and clusters reported involve at least one.
  std::vector<std::uint8_t> in_run;
  ArticleIds known;

  std::uint32_t size() const { return static_cast<std::uint32_t>(ids.size()); }
  // Adds an article by the rules of precis/corpus/article_ids.h; `in_run` as above
  // (a kSame or kChanged arrival from the input marks the held article).
  // kNew appends it without a spilled set or text; kChanged replaces its
  // signature and shingle count and forgets its spilled set and text; the
  // caller spills this run's and sets set_offsets/text_offsets/text_sizes.
  Placement Add(std::string_view id, std::span<const std::uint32_t> signature,
                std::uint64_t shingles, bool in_run);
  std::span<const std::uint32_t> Signature(std::uint32_t i) const {
    return std::span<const std::uint32_t>(slots).subspan(std::size_t{i} * permutations,
                                                         permutations);
  }
  // Bytes held in memory (for the report).
  std::uint64_t MemoryBytes() const;
};

struct CandidateOptions {
  sketch::LshParams lsh;
  // Pairs of two articles not in this run (store.in_run) are left out: the
  // run that indexed them reported them.
  // true: every pair sharing a bucket of at most kMaxBucketPairs articles
  // (star to the smallest index beyond that); false: only the star, which has
  // the same connected components (what the distributed reduce emits).
  bool all_pairs = true;
  unsigned threads = 1;
};

// Buckets larger than this contribute a star, not all pairs, so a flood of
// identical articles costs linear, not quadratic, work.
inline constexpr std::size_t kMaxBucketPairs = 64;

// Candidate pairs (a < b, by index), sorted and distinct. Deterministic.
std::vector<std::pair<std::uint32_t, std::uint32_t>> FindCandidates(const DocStore& store,
                                                                    const CandidateOptions& options,
                                                                    std::uint64_t* band_entries);

struct PairScore {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  double jaccard = 0;
  double containment_a = 0;  // |A ∩ B| / |A|
  double containment_b = 0;  // |A ∩ B| / |B|
  bool exact = false;        // from the shingle sets, else from the signatures
};

// Scores every pair: exactly from the spilled shingle sets when both have
// one, else estimated from signatures and shingle counts. Parallel,
// deterministic.
Result<std::vector<PairScore>> ScorePairs(
    const DocStore& store, const SpillFile& spill,
    std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, unsigned threads);

}  // namespace precis::cli
