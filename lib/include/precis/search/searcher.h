// Querying containment indexes: which indexed articles contain a given text.
//
//   precis::Result<precis::search::Index> index = precis::search::Index::Open(path);
//   std::vector<const precis::search::Index*> shards = {&*index};
//   precis::Result<precis::search::Searcher> searcher =
//       precis::search::Searcher::Create(shards, {.min_containment = 0.5});
//   precis::Result<precis::search::QueryResult> result = searcher->Query(press_release);
//   for (const precis::search::Match& m : result->matches) {
//     std::cout << m.id << ' ' << m.comparison.scores.containment_a << '\n';
//     for (const auto& p : m.comparison.passages) std::cout << p.b.In(m.text) << '\n';
//   }
//
// A query is prepared as precis-compare prepares a text; every one of its
// shingles is looked up in each index (the fan-out over shards is in
// process), the articles found are screened by their stored 32-bit shingle
// hashes (an upper bound of the containment) and the survivors verified
// exactly by the comparer
// (precis/overlap/comparer.h, with the query as A and the article as B), and
// those containing at least `min_containment` of the query are returned,
// ranked. Answers do not depend on how the corpus was sharded.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"
#include "precis/overlap/comparer.h"
#include "precis/search/index.h"

namespace precis::search {

struct QueryOptions {
  // Smallest containment of the query in an article (shared shingles over the
  // query's shingles) for the article to be a match. Range (0, 1].
  double min_containment = 0.5;
  // A fingerprint held by more articles than this nominates none of them
  // (boilerplate such as "said in a statement"); they can still match through
  // their other shared text. Range >= 1.
  std::uint32_t max_postings = 10000;
  // At most this many matches per query, the best ranked; 0 = all.
  std::uint32_t limit = 0;
};

struct Match {
  std::string_view id;    // the article's id (points into its index)
  std::string_view text;  // the article's text (points into its index)
  // Query as A, article as B: scores.containment_a is the share of the query
  // found in the article, containment_b the share of the article in the query;
  // passages have byte spans in both (a: query, b: article).
  overlap::Comparison comparison;
};

struct QueryResult {
  // Best first: containment of the query desc, then of the article desc, then
  // id ascending (bytes), so the order is the same however the corpus is sharded.
  std::vector<Match> matches;
  std::uint64_t candidates = 0;      // articles sharing a fingerprint with the query
  std::uint64_t verified = 0;        // of them, compared exactly (the rest screened out)
  std::uint64_t skipped_common = 0;  // query fingerprints over max_postings
  std::size_t query_shingles = 0;    // distinct shingles of the query
};

class PRECIS_EXPORT Searcher {
 public:
  // `indexes` (one or more shards, which must outlive the Searcher) must share
  // their analysis and shingle params; kInvalidArgument otherwise ("index 2
  // was built with stemming none (index 1: snowball); ...", counting from 1),
  // or for bad options.
  static Result<Searcher> Create(std::span<const Index* const> indexes,
                                 const QueryOptions& options);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // The matches for `query` (valid UTF-8), which must outlive the result
  // (passages refer to it). Fails only when a candidate's text in an index is
  // damaged (Index::CheckedText). Not thread-safe (one analyzer).
  Result<QueryResult> Query(std::string_view query);

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::search
