#include "precis/overlap/passages.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>

#include "overlap/occurrence_index.h"
#include "precis/overlap/scores.h"

namespace precis::overlap {
namespace {

// A maximal diagonal: a[a_first + t] == b[b_first + t] for t in [0, length).
struct Run {
  std::uint32_t a_first;
  std::uint32_t b_first;
  std::uint32_t length;
};

// Runs chained into one alignment; `runs` keeps them so that a region
// another alignment owns can be cut out.
struct Chain {
  std::uint32_t a_first, a_last;  // shingle indices
  std::uint32_t b_first, b_last;
  std::uint32_t shared;
  std::uint32_t alternatives = 0;
  std::vector<Run> runs;
  std::int64_t b_units = 0;  // units of B its pieces span (set when joining starts)
};

// Length of the diagonal starting at a[i] == b[j]: how many shingles on from
// there stay equal.
std::uint32_t RunLength(std::span<const sketch::Shingle> a, std::span<const sketch::Shingle> b,
                        std::uint32_t i, std::uint32_t j) {
  std::uint32_t length = 1;
  while (i + length < a.size() && j + length < b.size() &&
         a[i + length].hash == b[j + length].hash) {
    ++length;
  }
  return length;
}

std::vector<Run> FindRuns(std::span<const sketch::Shingle> a, std::span<const sketch::Shingle> b,
                          std::span<const std::uint64_t> shared, std::uint32_t max_occurrences) {
  // Only shingles of both texts can seed a run; on large documents they are
  // few, so B's index holds just those, and one probe per shingle of A either
  // rejects it or yields its occurrences in B. Over-frequent shingles are left
  // out of the index: on repetitive text one shingle can occur in most of B,
  // and walking its occurrences for every i is quadratic.
  const OccurrenceIndex b_index(b, shared, max_occurrences);

  // Runs come out ordered by i, then j, as the chaining in FindPassages (and
  // so its output) expects: the index keeps each hash's positions increasing.
  std::vector<Run> runs;
  for (std::uint32_t i = 0; i < a.size(); ++i) {
    for (const std::uint32_t j : b_index.Find(a[i].hash)) {
      // Only the start of a diagonal seeds a run; its continuation is found
      // by extension (which also walks through over-frequent shingles).
      if (i > 0 && j > 0 && a[i - 1].hash == b[j - 1].hash) continue;
      runs.push_back({i, j, RunLength(a, b, i, j)});
    }
  }
  return runs;
}

// Units between the end of shingle `before` and the start of shingle `after`;
// negative when they overlap.
std::int64_t Gap(const sketch::Shingle& before, const sketch::Shingle& after) {
  return static_cast<std::int64_t>(after.unit_begin) - static_cast<std::int64_t>(before.unit_end);
}

std::int64_t ByteGap(const sketch::Shingle& before, const sketch::Shingle& after) {
  return static_cast<std::int64_t>(after.span.begin) - static_cast<std::int64_t>(before.span.end);
}

class PassageBuilder {
 public:
  PassageBuilder(std::span<const sketch::Shingle> a, std::span<const sketch::Shingle> b,
                 const PassageOptions& options)
      : a_(a),
        b_(b),
        options_(options),
        max_gap_(options.max_gap),
        max_gap_bytes_(options.max_gap_bytes == 0 ? std::numeric_limits<std::int64_t>::max()
                                                  : options.max_gap_bytes) {}

  // Step 2: runs, ordered by their start in A, join the open chain they
  // continue (forward in both texts, within the gaps) or open a new one.
  // Chains whose end in A is too far behind can no longer grow and close.
  std::vector<Chain> ChainRuns(const std::vector<Run>& runs) const {
    std::vector<Chain> open;
    std::vector<Chain> closed;
    for (const Run& run : runs) {
      const sketch::Shingle& a_start = a_[run.a_first];
      const sketch::Shingle& b_start = b_[run.b_first];
      for (auto it = open.begin(); it != open.end();) {
        if (Gap(a_[it->a_last], a_start) <= max_gap_) {
          ++it;
          continue;
        }
        closed.push_back(std::move(*it));
        it = open.erase(it);
      }
      Chain* best = nullptr;
      std::int64_t best_cost = 0;
      for (Chain& chain : open) {
        const std::int64_t gap_a = Gap(a_[chain.a_last], a_start);
        const std::int64_t gap_b = Gap(b_[chain.b_last], b_start);
        if (gap_a < 0 || gap_b < 0 || gap_b > max_gap_) continue;
        if (ByteGap(a_[chain.a_last], a_start) > max_gap_bytes_ ||
            ByteGap(b_[chain.b_last], b_start) > max_gap_bytes_) {
          continue;
        }
        const std::int64_t cost = gap_a + gap_b;
        if (best == nullptr || cost < best_cost) {
          best = &chain;
          best_cost = cost;
        }
      }
      if (best != nullptr) {
        Extend(*best, run);
      } else {
        open.push_back(FromRun(run));
      }
    }
    std::move(open.begin(), open.end(), std::back_inserter(closed));
    return closed;
  }

  // Step 3: one alignment per region of A. The strongest chain keeps its
  // region; a weaker one loses the shingles of A already owned (the rest may
  // still stand, split where the cut leaves a hole wider than the gap) and
  // counts as an alternative of the chain that owns most of what it lost.
  std::vector<Chain> OnePerRegion(std::vector<Chain> chains) const {
    std::sort(chains.begin(), chains.end(), [](const Chain& x, const Chain& y) {
      if (x.shared != y.shared) return x.shared > y.shared;
      if (x.a_first != y.a_first) return x.a_first < y.a_first;
      return x.b_first < y.b_first;
    });
    std::vector<Chain> kept;
    std::map<std::uint32_t, Owner> owned;  // first shingle of A -> owner, disjoint
    for (Chain& chain : chains) {
      std::vector<Run> free_runs;
      std::map<std::size_t, std::uint32_t> lost;  // kept chain -> shingles it took
      for (const Run& run : chain.runs) CutOwned(run, owned, free_runs, lost);
      if (!lost.empty()) {
        const auto most = std::max_element(lost.begin(), lost.end(), [](const auto& x, const auto& y) {
          return x.second < y.second;
        });
        ++kept[most->first].alternatives;
      }
      for (Chain& piece : SplitAtHoles(free_runs)) {
        owned.emplace(piece.a_first, Owner{piece.a_last, kept.size()});
        kept.push_back(std::move(piece));
      }
    }
    return kept;
  }

  // Step 4: neighbours in A that come from one region of B join. A join
  // widens the B span, which can bring the previous neighbour within reach
  // (sentences 3, 1, 2 of a paragraph: 1 and 2 join, then 3 with both), so
  // passes repeat until nothing joins; a few suffice in practice, and the
  // bound keeps pathological input linear.
  std::vector<Chain> JoinReordered(std::vector<Chain> chains) const {
    std::sort(chains.begin(), chains.end(),
              [](const Chain& x, const Chain& y) { return x.a_first < y.a_first; });
    for (Chain& chain : chains) chain.b_units = BUnits(chain.b_first, chain.b_last);
    constexpr int kMaxPasses = 8;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
      std::vector<Chain> joined;
      for (Chain& chain : chains) {
        if (!joined.empty() && FromOneRegion(joined.back(), chain)) {
          Chain& last = joined.back();
          last.a_last = std::max(last.a_last, chain.a_last);
          last.b_first = std::min(last.b_first, chain.b_first);
          last.b_last = std::max(last.b_last, chain.b_last);
          last.b_units = std::min(last.b_units + chain.b_units, BUnits(last.b_first, last.b_last));
          last.shared += chain.shared;
          last.alternatives += chain.alternatives;
          continue;
        }
        joined.push_back(std::move(chain));
      }
      const bool changed = joined.size() != chains.size();
      chains = std::move(joined);
      if (!changed) break;
    }
    return chains;
  }

  // Step 5 and the byte spans.
  std::vector<Passage> ToPassages(const std::vector<Chain>& chains) const {
    std::vector<Passage> passages;
    for (const Chain& chain : chains) {
      if (a_[chain.a_last].unit_end - a_[chain.a_first].unit_begin < options_.min_units) continue;
      passages.push_back({ByteSpan{a_[chain.a_first].span.begin, a_[chain.a_last].span.end},
                          ByteSpan{b_[chain.b_first].span.begin, b_[chain.b_last].span.end},
                          chain.shared, chain.alternatives});
    }
    std::sort(passages.begin(), passages.end(), [](const Passage& x, const Passage& y) {
      if (x.a.begin != y.a.begin) return x.a.begin < y.a.begin;
      return x.b.begin < y.b.begin;
    });
    return passages;
  }

 private:
  struct Owner {
    std::uint32_t a_last;
    std::size_t chain;  // index into the kept chains
  };

  static Chain FromRun(const Run& run) {
    return Chain{run.a_first, run.a_first + run.length - 1, run.b_first,
                 run.b_first + run.length - 1, run.length, 0, {run}};
  }

  static void Extend(Chain& chain, const Run& run) {
    chain.a_last = run.a_first + run.length - 1;
    chain.b_last = run.b_first + run.length - 1;
    chain.shared += run.length;
    chain.runs.push_back(run);
  }

  // Appends to `free_runs` the parts of `run` whose shingles of A no kept
  // chain owns, and adds the owned ones to `lost`.
  static void CutOwned(Run run, const std::map<std::uint32_t, Owner>& owned,
                       std::vector<Run>& free_runs, std::map<std::size_t, std::uint32_t>& lost) {
    const std::uint32_t last = run.a_first + run.length - 1;
    auto it = owned.upper_bound(run.a_first);
    if (it != owned.begin() && std::prev(it)->second.a_last >= run.a_first) --it;
    for (; it != owned.end() && it->first <= last && run.length > 0; ++it) {
      const std::uint32_t cut_first = std::max(it->first, run.a_first);
      const std::uint32_t cut_last = std::min(it->second.a_last, run.a_first + run.length - 1);
      if (cut_first > cut_last) continue;
      if (cut_first > run.a_first) free_runs.push_back({run.a_first, run.b_first, cut_first - run.a_first});
      lost[it->second.chain] += cut_last - cut_first + 1;
      const std::uint32_t skip = cut_last + 1 - run.a_first;
      run = {run.a_first + skip, run.b_first + skip, run.length - skip};
    }
    if (run.length > 0) free_runs.push_back(run);
  }

  // Chains of consecutive free runs, split where a cut left a gap the
  // chaining would not have bridged.
  std::vector<Chain> SplitAtHoles(const std::vector<Run>& runs) const {
    std::vector<Chain> pieces;
    for (const Run& run : runs) {
      if (!pieces.empty()) {
        const Chain& last = pieces.back();
        if (Gap(a_[last.a_last], a_[run.a_first]) <= max_gap_ &&
            Gap(b_[last.b_last], b_[run.b_first]) <= max_gap_) {
          Extend(pieces.back(), run);
          continue;
        }
      }
      pieces.push_back(FromRun(run));
    }
    return pieces;
  }

  std::int64_t BUnits(std::uint32_t first, std::uint32_t last) const {
    return static_cast<std::int64_t>(b_[last].unit_end) - b_[first].unit_begin;
  }

  // `next` follows `chain` in A within the gap, and together they come from
  // one region of B: their pieces cover at least kMinSourceShare of the B
  // span they would make. Swapped sentences of a paragraph tile it; two
  // quotes from opposite ends of an article leave most of it uncovered.
  bool FromOneRegion(const Chain& chain, const Chain& next) const {
    constexpr double kMinSourceShare = 0.6;
    if (Gap(a_[chain.a_last], a_[next.a_first]) > max_gap_ ||
        ByteGap(a_[chain.a_last], a_[next.a_first]) > max_gap_bytes_) {
      return false;
    }
    const std::int64_t hull =
        BUnits(std::min(chain.b_first, next.b_first), std::max(chain.b_last, next.b_last));
    return static_cast<double>(chain.b_units + next.b_units) >= kMinSourceShare * hull;
  }

  std::span<const sketch::Shingle> a_;
  std::span<const sketch::Shingle> b_;
  const PassageOptions& options_;
  std::int64_t max_gap_;
  std::int64_t max_gap_bytes_;
};

}  // namespace

std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  const PassageOptions& options) {
  std::vector<std::uint64_t> set_a, set_b;
  set_a.reserve(a.size());
  set_b.reserve(b.size());
  for (const sketch::Shingle& shingle : a) set_a.push_back(shingle.hash);
  for (const sketch::Shingle& shingle : b) set_b.push_back(shingle.hash);
  sketch::SortUnique(set_a);
  sketch::SortUnique(set_b);
  return FindPassages(a, b, Intersect(set_a, set_b), options);
}

std::vector<Passage> FindPassages(std::span<const sketch::Shingle> a,
                                  std::span<const sketch::Shingle> b,
                                  std::span<const std::uint64_t> shared,
                                  const PassageOptions& options) {
  if (a.empty() || b.empty() || shared.empty()) return {};
  const std::vector<Run> runs =
      FindRuns(a, b, shared, std::max<std::uint32_t>(options.max_occurrences, 1));

  const PassageBuilder builder(a, b, options);
  std::vector<Chain> chains = builder.ChainRuns(runs);
  if (!options.all_alignments) chains = builder.JoinReordered(builder.OnePerRegion(std::move(chains)));
  return builder.ToPassages(chains);
}

PassageOptions DefaultPassageOptions(sketch::ShingleUnit unit) {
  if (unit == sketch::ShingleUnit::kChar) return {.max_gap = 8, .min_units = 10};
  return {};
}

}  // namespace precis::overlap
