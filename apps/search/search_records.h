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
//          or, for a query that could not be read, {"id", "line", "error"}
#pragma once

#include <iosfwd>
#include <string_view>

#include "common/cli.h"
#include "common/inputs.h"
#include "precis/search/searcher.h"

namespace precis::cli {

void WriteQueryAnswer(std::string_view query_id, std::string_view query_text,
                      const search::QueryResult& result, double min_containment, Format format,
                      std::ostream& out);

// A query that could not be read: one line on `err` and, in jsonl, its record
// in its place. Both name the file, line and byte offset, as precis-compare's
// error records do ("q.jsonl: line 2 (byte 96): ...").
void WriteQueryError(const InputItem& item, Format format, std::string_view app, std::ostream& out,
                     std::ostream& err);

// The TSV header line.
void WriteSearchTsvHeader(std::ostream& out);

}  // namespace precis::cli
