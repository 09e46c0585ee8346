#include "search/fingerprints.h"

#include <algorithm>

#include "sketch/hash_sort.h"

namespace precis::search {

sketch::ShingleOptions ShingleOptionsOf(const IndexParams& params) {
  return {.size = params.shingle_size, .seed = params.shingle_seed};
}

text::AnalyzerOptions AnalyzerOptionsOf(const IndexParams& params) {
  return {.language = params.language, .stem = params.stem};
}

std::vector<std::uint64_t> Winnow(std::span<const std::uint64_t> hashes, std::uint32_t window) {
  std::vector<std::uint64_t> selected;
  if (hashes.empty()) return selected;
  const std::size_t w = std::min<std::size_t>(window, hashes.size());
  // A window's minimum is recorded once, when it is first selected; the scan
  // restarts only when the minimum leaves the window (Schleimer et al. 2003).
  std::size_t minimum = 0;
  bool have = false;
  for (std::size_t end = w; end <= hashes.size(); ++end) {
    const std::size_t begin = end - w;
    if (!have || minimum < begin) {
      minimum = begin;
      for (std::size_t i = begin + 1; i < end; ++i) {
        if (hashes[i] <= hashes[minimum]) minimum = i;
      }
      selected.push_back(hashes[minimum]);
      have = true;
    } else if (hashes[end - 1] <= hashes[minimum]) {
      minimum = end - 1;
      selected.push_back(hashes[minimum]);
    }
  }
  sketch::SortHashes(selected);
  selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
  return selected;
}

ArticlePrints Fingerprints(std::string_view text, text::Analyzer& analyzer,
                           const IndexParams& params, FingerprintScratch& scratch) {
  analyzer.Analyze(text, scratch.analysis);
  sketch::ShingleHashes(text, scratch.analysis, ShingleOptionsOf(params), scratch.hashes);
  ArticlePrints prints;
  prints.fingerprints = Winnow(scratch.hashes, params.window);
  prints.shingles.reserve(scratch.hashes.size());
  for (const std::uint64_t hash : scratch.hashes) prints.shingles.push_back(ShortHash(hash));
  sketch::SortHashes(prints.shingles);
  prints.shingles.erase(std::unique(prints.shingles.begin(), prints.shingles.end()),
                        prints.shingles.end());
  return prints;
}

}  // namespace precis::search
