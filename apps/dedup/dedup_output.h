// Writing precis-dedup's results: pairs, clusters, the unique stream, or the
// clusters of a distributed run.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <vector>

#include "common/cli.h"
#include "precis/corpus/distributed.h"
#include "precis/corpus/document_store.h"
#include "precis/corpus/pair_scores.h"
#include "precis/corpus/spill_file.h"
#include "precis/sketch/union_find.h"

namespace precis::cli {

// One line per pair, in (a, b) input order.
void WritePairs(const corpus::DocumentStore& store, std::span<const corpus::PairScore> pairs,
                Format format, std::ostream& out);

// Clusters of two or more articles with at least one article of this run
// (store.in_run), ordered by representative (their earliest article). Each member
// comes with its score against the representative (`to_representative`,
// one per non-representative member, sorted by member), and in jsonl the
// accepted pairs inside the cluster.
void WriteClusters(const corpus::DocumentStore& store, sketch::UnionFind& sets,
                   std::span<const corpus::PairScore> accepted,
                   std::span<const corpus::PairScore> to_representative, Format format,
                   std::ostream& out);

// Every article of this run (store.in_run) that represents its cluster (or
// stands alone), in store order: its id (text), id TAB cluster size (tsv), or
// the {"id", "text"} record (jsonl). Without texts (--signatures) the jsonl
// record is {"id", "cluster_size"}, the tsv columns by name.
Status WriteUnique(const corpus::DocumentStore& store, const corpus::SpillFile& spill,
                   sketch::UnionFind& sets, Format format, std::ostream& out);

// Every article of this run (store.in_run), in store order, labelled with
// its cluster's representative (itself when it stands alone): id TAB
// representative (text, tsv), or {"id", "text", "cluster"} (jsonl; without
// texts, --signatures, {"id", "cluster"}), so that the stream feeds
// `precis summarize --jsonl --group-by cluster` directly: one story per cluster.
Status WriteLabeled(const corpus::DocumentStore& store, const corpus::SpillFile& spill,
                    sketch::UnionFind& sets, Format format, std::ostream& out);

// The components of a distributed run (corpus::FindComponents), numbered from
// 1, in `format`:
//   text   "cluster N: S articles, representative R" then "  <member>" lines
//   tsv    cluster N, representative, member (one line per member)
//   jsonl  {"cluster", "representative", "size", "members": [...]}
void WriteComponents(std::span<const corpus::Component> components, Format format,
                     std::ostream& out);

}  // namespace precis::cli
