#include "precis/overlap/coverage.h"

#include "overlap/hash_set.h"

namespace precis::overlap {

std::vector<SentenceCoverage> CoverSentences(const text::Analysis& analysis,
                                             std::span<const sketch::Shingle> shingles,
                                             std::span<const std::uint64_t> set_b) {
  std::vector<SentenceCoverage> coverage(analysis.sentences.size());
  for (std::size_t s = 0; s < coverage.size(); ++s) coverage[s].sentence = analysis.sentences[s];
  // Shingles and sentences are both in text order, so the first sentence a
  // shingle may touch only moves forward.
  std::size_t first = 0;
  const HashSet in_b(set_b);
  for (const sketch::Shingle& shingle : shingles) {
    while (first < coverage.size() && coverage[first].sentence.end <= shingle.span.begin) ++first;
    const bool shared = in_b.Contains(shingle.hash);
    for (std::size_t s = first;
         s < coverage.size() && coverage[s].sentence.begin < shingle.span.end; ++s) {
      ++coverage[s].shingles;
      if (shared) ++coverage[s].shared;
    }
  }
  for (SentenceCoverage& entry : coverage) {
    if (entry.shingles > 0) {
      entry.fraction = static_cast<double>(entry.shared) / static_cast<double>(entry.shingles);
    }
  }
  return coverage;
}

}  // namespace precis::overlap
