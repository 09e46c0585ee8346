// Writing precis-search's query answers: per query, the matching articles.
//   text   a block per query: a summary line, then each match with its scores
//          and passages (quoted)
//   tsv    one line per match: query, rank, article, containment_query,
//          containment_article, jaccard, shared, shingles_query,
//          shingles_article, passages (QS-QE:AS-AE, comma separated)
//   jsonl  one record per query: {"id", "candidates", "matches": [{"article",
//          "rank", "containment_query", "containment_article", "jaccard",
//          "shared", "shingles_query", "shingles_article", "passages":
//          [{"query_start", "query_end", "article_start", "article_end",
//          "shingles", "query_text", "article_text"}]}]}
#pragma once

#include <iosfwd>
#include <string_view>

#include "common/cli.h"
#include "precis/search/searcher.h"

namespace precis::cli {

void WriteQueryAnswer(std::string_view query_id, std::string_view query_text,
                      const search::QueryResult& result, double min_containment, Format format,
                      std::ostream& out);

// The TSV header line.
void WriteSearchTsvHeader(std::ostream& out);

}  // namespace precis::cli
