// An article's fingerprints: its winnowed shingle hashes (index.h, "Method").
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/search/index.h"
#include "precis/sketch/shingles.h"
#include "precis/text/analyzer.h"

namespace precis::search {

// The shingle options an index with `params` uses: precis-compare's cut.
sketch::ShingleOptions ShingleOptionsOf(const IndexParams& params);
text::AnalyzerOptions AnalyzerOptionsOf(const IndexParams& params);

// Winnowing: the smallest hash of every `window` consecutive hashes (the
// rightmost on ties), sorted and distinct. A sequence shorter than the window
// is one window. Empty input gives nothing.
std::vector<std::uint64_t> Winnow(std::span<const std::uint64_t> hashes, std::uint32_t window);

// The low 32 bits of a shingle hash: what the index keeps of every shingle
// of an article, to screen candidates cheaply (a superset test: two shingles
// that share a hash share its low bits).
inline std::uint32_t ShortHash(std::uint64_t hash) { return static_cast<std::uint32_t>(hash); }

// What the index keeps of one article besides its text.
struct ArticlePrints {
  std::vector<std::uint64_t> fingerprints;  // winnowed, sorted, distinct
  std::vector<std::uint32_t> shingles;      // ShortHash of every shingle, sorted, distinct
};

// Analyzes `text` with `analyzer` and winnows its shingles. `scratch` buffers
// are reused between calls.
struct FingerprintScratch {
  text::Analysis analysis;
  std::vector<std::uint64_t> hashes;
};
ArticlePrints Fingerprints(std::string_view text, text::Analyzer& analyzer,
                           const IndexParams& params, FingerprintScratch& scratch);

}  // namespace precis::search
