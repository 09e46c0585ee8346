// Candidate pairs of a corpus by LSH banding: articles whose signatures agree
// on every slot of at least one band (sketch/lsh.h chooses the banding that
// catches pairs above a Jaccard threshold).
//
//   precis::corpus::CandidateOptions options{
//       .lsh = precis::sketch::ChooseLshParams(0.8, store.permutations)};
//   std::uint64_t band_entries = 0;
//   auto pairs = precis::corpus::FindCandidates(store, options, &band_entries);
//   // pairs: (a, b) store positions, a < b, sorted; verify them with pair_scores.h
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "precis/corpus/document_store.h"
#include "precis/export.h"
#include "precis/sketch/lsh.h"

namespace precis::corpus {

struct CandidateOptions {
  sketch::LshParams lsh;
  // Pairs of two articles not in this run (DocumentStore::in_run) are left
  // out: the run that indexed them reported them.
  // true: every pair sharing a bucket of at most kMaxBucketPairs articles
  // (a star to the earliest article beyond that); false: only the star, which
  // has the same connected components (what the distributed reduce emits).
  bool all_pairs = true;
  // Worker threads (0 counts as 1); the result does not depend on it.
  unsigned threads = 1;
};

// Buckets larger than this contribute a star, not all pairs, so a flood of
// identical articles costs linear, not quadratic, work.
inline constexpr std::size_t kMaxBucketPairs = 64;

// Candidate pairs (a < b, by position), sorted and distinct; articles without
// shingles have none. Deterministic. `*band_entries` (when given) receives
// the number of band keys sorted, for memory reports.
PRECIS_EXPORT std::vector<std::pair<std::uint32_t, std::uint32_t>> FindCandidates(
    const DocumentStore& store, const CandidateOptions& options, std::uint64_t* band_entries);

}  // namespace precis::corpus
