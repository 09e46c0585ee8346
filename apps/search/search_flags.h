// precis-search's command line: the command, its index directories and the
// options each command accepts, all checked before any input is read.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/cli.h"
#include "common/shingle_options.h"
#include "precis/search/index.h"
#include "precis/search/searcher.h"

namespace precis::cli {

enum class SearchCommand { kBuild, kAdd, kQuery, kRoute };

struct SearchFlags {
  SearchCommand command = SearchCommand::kQuery;
  std::vector<std::string> indexes;  // --index DIR, once for build/add, one or more for query
  search::IndexParams params;        // build, and add making an index (else the index's)
  ShingleFlags shingles;             // -k, --shingle-seed, --no-stem, read into `params`
  bool params_given = false;         // an option shaping the index was given
  search::QueryOptions query;
  std::uint32_t threads = 0;
  // build/add: MiB of new articles' text kept in memory; the rest wait in a
  // temporary file in $TMPDIR until the index is written.
  std::uint32_t buffer_mib = search::kDefaultTextMemory >> 20;
  std::optional<std::uint32_t> shards;  // route: the number of shards
  CommonOptions common;
  Format format = Format::kText;
  bool tsv_header = false;  // query, tsv: a header line first
  bool stats = false;       // query: timings on stderr
};

// Parses `args`. Returns an exit status when the run should stop now
// (--help/--version: 0; a usage error, reported on `err`: 2).
std::optional<int> ParseSearchFlags(std::span<const std::string> args, SearchFlags& flags,
                                    std::ostream& out, std::ostream& err);

}  // namespace precis::cli
