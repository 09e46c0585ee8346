// Writing precis-dedup's results: pairs, clusters or the unique stream.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <vector>

#include "common/cli.h"
#include "dedup/near_duplicates.h"
#include "precis/sketch/union_find.h"

namespace precis::cli {

// One line per pair, in (a, b) input order.
void WritePairs(const DocStore& store, std::span<const PairScore> pairs, Format format,
                std::ostream& out);

// Clusters of two or more articles with at least one article of this run
// (store.in_run), ordered by representative (their earliest article). Each member
// comes with its score against the representative (`to_representative`,
// one per non-representative member, sorted by member), and in jsonl the
// accepted pairs inside the cluster.
void WriteClusters(const DocStore& store, sketch::UnionFind& sets,
                   std::span<const PairScore> accepted,
                   std::span<const PairScore> to_representative, Format format,
                   std::ostream& out);

// The (b, representative) pairs WriteClusters needs scores for.
std::vector<std::pair<std::uint32_t, std::uint32_t>> RepresentativePairs(const DocStore& store,
                                                                         sketch::UnionFind& sets);

// Every article of this run (store.in_run) that represents its cluster (or
// stands alone), in store order: its id (text), id TAB cluster size (tsv), or
// the {"id", "text"} record (jsonl). Without texts (--signatures) the jsonl
// record is {"id", "cluster_size"}, the tsv columns by name.
Status WriteUnique(const DocStore& store, const SpillFile& spill, sketch::UnionFind& sets,
                   Format format, std::ostream& out);

}  // namespace precis::cli
