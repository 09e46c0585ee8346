#include "precis/overlap/passages.h"

#include <algorithm>
#include <cstdint>

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

struct Chain {
  std::uint32_t a_first, a_last;  // shingle indices
  std::uint32_t b_first, b_last;
  std::uint32_t shared;
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
  std::vector<Passage> passages;
  if (a.empty() || b.empty() || shared.empty()) return passages;
  const std::vector<Run> runs =
      FindRuns(a, b, shared, std::max<std::uint32_t>(options.max_occurrences, 1));

  // Runs arrive ordered by their start in A. Each joins the open chain it
  // continues (forward in both texts, within max_gap) or opens a new one.
  // Chains whose end in A is too far behind can no longer grow and are closed.
  const std::int64_t max_gap = options.max_gap;
  std::vector<Chain> open;
  std::vector<Chain> closed;
  for (const Run& run : runs) {
    const sketch::Shingle& a_start = a[run.a_first];
    const sketch::Shingle& b_start = b[run.b_first];
    std::erase_if(open, [&](const Chain& chain) {
      if (Gap(a[chain.a_last], a_start) <= max_gap) return false;
      closed.push_back(chain);
      return true;
    });
    Chain* best = nullptr;
    std::int64_t best_cost = 0;
    for (Chain& chain : open) {
      const std::int64_t gap_a = Gap(a[chain.a_last], a_start);
      const std::int64_t gap_b = Gap(b[chain.b_last], b_start);
      if (gap_a < 0 || gap_b < 0 || gap_b > max_gap) continue;
      const std::int64_t cost = gap_a + gap_b;
      if (best == nullptr || cost < best_cost) {
        best = &chain;
        best_cost = cost;
      }
    }
    const std::uint32_t a_last = run.a_first + run.length - 1;
    const std::uint32_t b_last = run.b_first + run.length - 1;
    if (best != nullptr) {
      best->a_last = a_last;
      best->b_last = b_last;
      best->shared += run.length;
    } else {
      open.push_back({run.a_first, a_last, run.b_first, b_last, run.length});
    }
  }
  closed.insert(closed.end(), open.begin(), open.end());

  for (const Chain& chain : closed) {
    if (a[chain.a_last].unit_end - a[chain.a_first].unit_begin < options.min_units) continue;
    passages.push_back({ByteSpan{a[chain.a_first].span.begin, a[chain.a_last].span.end},
                        ByteSpan{b[chain.b_first].span.begin, b[chain.b_last].span.end},
                        chain.shared});
  }
  std::sort(passages.begin(), passages.end(), [](const Passage& x, const Passage& y) {
    if (x.a.begin != y.a.begin) return x.a.begin < y.a.begin;
    return x.b.begin < y.b.begin;
  });
  return passages;
}

}  // namespace precis::overlap
