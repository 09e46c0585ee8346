// Matched passages: where the text two documents share sits in each of them.
//
//   std::vector<precis::overlap::Passage> passages =
//       precis::overlap::FindPassages(shingles_a, shingles_b, {});
//   for (const precis::overlap::Passage& p : passages) {
//     std::cout << p.a.In(text_a) << "  ==  " << p.b.In(text_b) << "\n";
//   }
//
// Method.
// 1. A run is a maximal stretch of consecutive shingles of A equal, one for
//    one, to consecutive shingles of B (a diagonal of the match matrix).
// 2. One edited word breaks k shingles, so copied text with small edits shows
//    up as several runs, close together in both documents and in the same
//    order; runs are chained into one alignment while the gap between them,
//    in A and in B, is at most `max_gap` units and `max_gap_bytes` bytes (the
//    edited words, which the passage then includes).
// 3. One alignment per region of A: where a region of A matches several
//    places in B (B repeats itself), the alignment with the most shared
//    shingles wins (then the earliest in A, then in B); the others are cut
//    out of it and counted in Passage::alternatives. `all_alignments` keeps
//    them all instead.
// 4. Alignments that follow each other in A within `max_gap` and come from
//    one region of B (together they cover at least 60% of the B span they
//    would make) join: a paragraph whose sentences were reordered is one
//    passage, whose B span covers the source region.
// 5. Passages spanning fewer than `min_units` units of A are dropped: a lone
//    shared phrase ("one of the", "the prime minister said") is not a passage.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "precis/core/span.h"
#include "precis/sketch/shingles.h"
#include "precis/export.h"

namespace precis::overlap {

struct PassageOptions {
  // Largest gap, in units (words for word shingles, code points for character
  // shingles), between two runs that still join into one passage, in each
  // document. 0 joins only touching runs. Range 0..1000000.
  // DefaultPassageOptions() gives the measured defaults per unit.
  std::uint32_t max_gap = 12;
  // The same gap bounded in bytes, in each document, so that a gap of a few
  // "words" cannot hide a long stretch of other text (a URL, a table row).
  // 0 = no byte bound.
  std::uint32_t max_gap_bytes = 96;
  // Fewest units (words, or code points for character shingles) a passage
  // must span in A to be reported; a passage is never shorter than one
  // shingle, so values up to the shingle size admit every run. Range >= 1.
  std::uint32_t min_units = 8;
  // A shingle occurring more often than this in B starts no run (it can still
  // continue one): bounds the work on repetitive text. Range >= 1.
  std::uint32_t max_occurrences = 32;
  // Report every alignment, also where a region of A matches several places
  // in B (passages then overlap in A), instead of one per region.
  bool all_alignments = false;
};

// The defaults per unit: for word shingles the PassageOptions defaults, a gap
// of 12 words and passages of at least 8 words, chosen on planted reuse
// (bench/passage_quality.py, docs/compare.md); for character shingles a gap
// of 8 and passages of 10 code points (not measured: no CJK reuse data).
PRECIS_EXPORT PassageOptions DefaultPassageOptions(sketch::ShingleUnit unit);

struct Passage {
  ByteSpan a;  // the passage in A: start of its first shingle to end of its last
  ByteSpan b;  // the same passage in B
  std::uint32_t shared_shingles = 0;  // shingles of the passage found in both
  // Other places in B that (part of) this passage of A also matches, left
  // out because this alignment is the longest; 0 with all_alignments.
  std::uint32_t alternatives = 0;
};

// The passages `a` and `b` share, ordered by their start in A (then in B).
// `a` and `b` are the shingles of each text in text order (ExtractShingles,
// possibly with some removed, e.g. boilerplate); both must come from the same
// ShingleOptions. Without all_alignments no two passages share a shingle of A
// (neighbours from different places in B may share up to k - 1 boundary words).
PRECIS_EXPORT std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  const PassageOptions& options);
// Same, given `shared`: the sorted intersection of the two texts' shingle
// sets (Intersect in scores.h), which callers that already have it pass to
// skip recomputing it; large documents compare several times faster.
PRECIS_EXPORT std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  std::span<const std::uint64_t> shared,
                                  const PassageOptions& options);

}  // namespace precis::overlap
