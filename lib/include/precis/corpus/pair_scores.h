// Verifying candidate pairs: their Jaccard similarity and containment both
// ways, exactly from the spilled shingle sets when both articles have one,
// else estimated from the MinHash signatures and shingle counts.
//
//   precis::Result<std::vector<precis::corpus::PairScore>> scores =
//       precis::corpus::ScorePairs(store, spill, pairs, /*threads=*/4);
//   for (const auto& s : *scores) if (s.jaccard >= 0.8) ...
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/document_store.h"
#include "precis/corpus/spill_file.h"
#include "precis/export.h"

namespace precis::corpus {

struct PairScore {
  std::uint32_t a = 0;  // store positions
  std::uint32_t b = 0;
  double jaccard = 0;
  double containment_a = 0;  // |A ∩ B| / |A|
  double containment_b = 0;  // |A ∩ B| / |B|
  bool exact = false;        // from the shingle sets, else from the signatures
};

// One score per pair, in the order given (pairs sorted by `a` read each set
// once per run of `a`). Parallel on `threads`, deterministic. An IoError when
// the spill file cannot be read.
PRECIS_EXPORT Result<std::vector<PairScore>> ScorePairs(
    const DocumentStore& store, const SpillFile& spill,
    std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, unsigned threads);

}  // namespace precis::corpus
