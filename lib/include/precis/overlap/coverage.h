// Sentence coverage: which sentences of A are found in B, and how much of each.
//
//   std::vector<precis::overlap::SentenceCoverage> coverage =
//       precis::overlap::CoverSentences(analysis_a, shingles_a, set_b);
//   // coverage[s].fraction == 1: every shingle touching sentence s is in B.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "precis/core/span.h"
#include "precis/sketch/shingles.h"
#include "precis/text/analyzer.h"
#include "precis/export.h"

namespace precis::overlap {

struct SentenceCoverage {
  ByteSpan sentence;           // the sentence in A
  std::uint32_t shingles = 0;  // shingles of A that cover at least one of its words
  std::uint32_t shared = 0;    // of those, how many B also has
  // shared / shingles in [0, 1]; 0 for a sentence no shingle touches.
  double fraction = 0;
};

// One entry per sentence of `analysis` (the Analysis of A). `shingles` are A's
// word shingles (ExtractShingles over that analysis, possibly filtered);
// `set_b` is B's sorted shingle set, or its intersection with A's (Intersect
// in scores.h: same result, and faster on large texts). A shingle spanning a sentence boundary
// counts for every sentence it touches. For character shingles, pass them too:
// a shingle touches the sentences its byte span overlaps.
PRECIS_EXPORT std::vector<SentenceCoverage> CoverSentences(const text::Analysis& analysis,
                                             std::span<const sketch::Shingle> shingles,
                                             std::span<const std::uint64_t> set_b);

}  // namespace precis::overlap
