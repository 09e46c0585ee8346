#include "precis/corpus/pair_scores.h"

#include <atomic>
#include <mutex>

#include "corpus/parallel.h"
#include "precis/overlap/scores.h"
#include "precis/sketch/minhash.h"

namespace precis::corpus {

Result<std::vector<PairScore>> ScorePairs(
    const DocumentStore& store, const SpillFile& spill,
    std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, unsigned threads) {
  std::vector<PairScore> scores(pairs.size());
  std::atomic<bool> failed{false};
  std::mutex failure_mutex;
  Status failure;
  ParallelFor(pairs.size(), threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::uint64_t> set_a, set_b;
    std::uint32_t loaded_a = ~std::uint32_t{0};
    auto load = [&](std::uint32_t doc, std::vector<std::uint64_t>& set) {
      set.resize(store.shingles[doc]);
      return spill.Read(
          store.set_offsets[doc],
          std::span<char>(reinterpret_cast<char*>(set.data()), set.size() * sizeof(std::uint64_t)));
    };
    for (std::size_t i = begin; i < end && !failed; ++i) {
      const auto [a, b] = pairs[i];
      PairScore& score = scores[i];
      score.a = a;
      score.b = b;
      if (store.set_offsets[a] != kNoOffset && store.set_offsets[b] != kNoOffset) {
        // Pairs come sorted by a, so one set read serves a whole run.
        Status status = loaded_a == a ? Status::Ok() : load(a, set_a);
        if (status.ok()) status = load(b, set_b);
        if (!status.ok()) {
          const std::lock_guard<std::mutex> lock(failure_mutex);
          failed = true;
          failure = status;
          return;
        }
        loaded_a = a;
        const overlap::OverlapScores exact = overlap::ScoreSets(set_a, set_b);
        score.exact = true;
        score.jaccard = exact.jaccard;
        score.containment_a = exact.containment_a;
        score.containment_b = exact.containment_b;
      } else {
        score.jaccard = sketch::EstimateJaccard(store.Signature(a), store.Signature(b));
        score.containment_a =
            sketch::EstimateContainment(score.jaccard, store.shingles[a], store.shingles[b]);
        score.containment_b =
            sketch::EstimateContainment(score.jaccard, store.shingles[b], store.shingles[a]);
      }
    }
  });
  if (failed) return failure;
  return scores;
}

}  // namespace precis::corpus
