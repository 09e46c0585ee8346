// Matched passages: where the text two documents share sits in each of them.
//
//   std::vector<precis::overlap::Passage> passages =
//       precis::overlap::FindPassages(shingles_a, shingles_b, {});
//   for (const precis::overlap::Passage& p : passages) {
//     std::cout << p.a.In(text_a) << "  ==  " << p.b.In(text_b) << "\n";
//   }
//
// Method. A run is a maximal stretch of consecutive shingles of A equal,
// one for one, to consecutive shingles of B (a diagonal of the match matrix).
// One edited word breaks k shingles, so copied text with small edits shows up
// as several runs, close together in both documents and in the same order;
// runs are chained into one passage while the gap between them, in A and in
// B, is at most `max_gap` units (the edited words, which the passage then
// includes). Passages spanning fewer than `min_units` words in A are dropped:
// a lone 3-word phrase ("the prime minister") shared by chance is not a
// passage. Reordered paragraphs give one passage each.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "precis/core/span.h"
#include "precis/sketch/shingles.h"

namespace precis::overlap {

struct PassageOptions {
  // Largest gap, in units (words for word shingles, code points for character
  // shingles), between two runs that still join into one passage, in each
  // document. 0 joins only touching runs. Range 0..10000.
  std::uint32_t max_gap = 4;
  // Fewest units (words, or code points for character shingles) a passage
  // must span in A to be reported; a passage is never shorter than one
  // shingle, so values up to the shingle size admit every run. Range >= 1.
  std::uint32_t min_units = 5;
  // A shingle occurring more often than this in B starts no run (it can still
  // continue one): bounds the work on repetitive text. Range >= 1.
  std::uint32_t max_occurrences = 32;
};

struct Passage {
  ByteSpan a;  // the passage in A: start of its first shingle to end of its last
  ByteSpan b;  // the same passage in B
  std::uint32_t shared_shingles = 0;  // shingles of the passage found in both
};

// The passages `a` and `b` share, ordered by their start in A (then in B).
// `a` and `b` are the shingles of each text in text order (ExtractShingles,
// possibly with some removed, e.g. boilerplate); both must come from the same
// ShingleOptions. Passages may overlap when A or B repeats itself.
std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  const PassageOptions& options);
// Same, given `shared`: the sorted intersection of the two texts' shingle
// sets (Intersect in scores.h), which callers that already have it pass to
// skip recomputing it; large documents compare several times faster.
std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  std::span<const std::uint64_t> shared,
                                  const PassageOptions& options);

}  // namespace precis::overlap
