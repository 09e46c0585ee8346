#include "search/search_flags.h"

#include <charconv>
#include <ostream>

#include "common/number_options.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-search",
    .synopsis = "--index DIR [OPTIONS] build|add|query [FILE...]  |  --shards N route [FILE...]",
    .summary = "Which articles of a corpus contain this text? A containment index and its queries.",
    .details =
        "build  reads articles (each FILE, stdin, or with --jsonl {\"id\", \"text\"} lines) and\n"
        "       writes a new index in DIR (created if missing; an index there is replaced).\n"
        "add    adds articles to the index in DIR (made if missing) with the id rules of\n"
        "       precis-dedup's --index: an id held with the same text is not added again\n"
        "       (a retried run leaves the same index bytes); an id held with another text\n"
        "       is replaced in place, with a warning naming the id.\n"
        "query  reads queries (each FILE, stdin, or --jsonl records) and writes, per query,\n"
        "       the indexed articles containing at least --min-containment of it, ranked\n"
        "       by that containment (then the article's containment in the query, then\n"
        "       id), with the matched passages and their byte offsets in both texts.\n"
        "       Several --index DIRs (shards) are searched as one.\n"
        "route  (no --index) writes each article as `<shard> TAB {\"id\", \"text\"}` for\n"
        "       --shards N: the map step that sends articles to their shard's builder in a\n"
        "       distributed build (scripts/dask_precis.py).\n"
        "Articles are cut as precis-compare cuts them (word shingles) and indexed by\n"
        "winnowed shingle hashes: every article sharing a run of at least\n"
        "--window + --shingle-size - 1 words with the query is verified exactly.\n"
        "--shard i/n keeps only the articles whose id hashes to shard i of n (build\n"
        "shards in parallel, query them together; docs/search.md).\n"
        "Output of query (--format): text, a block per query; tsv, one line per match;\n"
        "jsonl, one record per query (an error record for a bad one). build and add write\n"
        "nothing on stdout and a summary on stderr.\n"
        "Exit status of query as grep: 0 some query matched, 1 none did, 2 an error\n"
        "(usage, unreadable or damaged index, bad query). build/add: 0, or 1 when an input\n"
        "was bad (reported, the others indexed) or the index could not be read or written.\n"
        "-q: query writes no records (the exit status tells); all commands print no\n"
        "diagnostics.",
    .example = "precis-search --index idx query -q release.txt && echo reused",
    .has_predicates = true,
};

// Options that shape an index: for build, and for add when it makes the index.
constexpr const char* kBuildOnly[] = {"shingle-size", "shingle-seed", "no-stem", "window", "lang"};
constexpr const char* kQueryOnly[] = {"min-containment", "max-postings", "limit", "header",
                                      "stats"};
constexpr const char* kWriteOnly[] = {"shard", "threads", "buffer-size"};

bool ParseShard(const std::string& text, search::IndexParams& params) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  std::uint32_t index = 0, count = 0;
  const char* end = text.data() + text.size();
  auto [p1, e1] = std::from_chars(text.data(), text.data() + slash, index);
  auto [p2, e2] = std::from_chars(text.data() + slash + 1, end, count);
  if (e1 != std::errc() || e2 != std::errc() || p1 != text.data() + slash || p2 != end) {
    return false;
  }
  if (count < 1 || index >= count) return false;
  params.shard_index = index;
  params.shard_count = count;
  return true;
}

}  // namespace

std::optional<int> ParseSearchFlags(std::span<const std::string> args, SearchFlags& flags,
                                    std::ostream& out, std::ostream& err) {
  std::string command;
  std::string shard;
  po::options_description options;
  po::positional_options_description positional;
  // clang-format off
  options.add_options()
      ("index", po::value(&flags.indexes)->composing(),
       "index directory (query: repeat for shards)")
      ("command", po::value(&command), "build, add, query or route");
  positional.add("command", 1);
  AddInputOptions(options, positional, flags.common);
  AddFormatOption(options, flags.common);
  AddQuietOption(options, flags.common);
  // build/add: words per shingle (5, as precis-compare), its hash seed, stemming.
  AddShingleOptions(options, flags.shingles,
                    {.default_size = search::IndexParams{}.shingle_size, .unit_choice = false});
  options.add_options()
      ("window", IntegerValue("--window", flags.params.window, {1, search::kMaxWindow}),
       "build/add: winnowing window in shingles; every shared run of window + shingle-size - 1 "
       "words is found")
      ("shard", po::value(&shard), "build/add: keep only shard i/n of the articles (by id hash)")
      ("threads", IntegerValue("--threads", flags.threads, {0, 1024}),
       "build/add: analysis threads (0 = one per core)")
      ("buffer-size", IntegerValue("--buffer-size", flags.buffer_mib, {0, 1u << 30}),
       "build/add: MiB of article texts kept in memory until the index is written, and as "
       "many of their fingerprints and shingle hashes; the rest wait in temporary files in "
       "$TMPDIR (default 64)")
      ("min-containment",
       RealValue("--min-containment", flags.query.min_containment, {.min = 0, .max = 1, .min_open = true}),
       "query: smallest share of the query an article must contain")
      ("max-postings", IntegerValue("--max-postings", flags.query.max_postings, {1, 4294967295u}),
       "query: a fingerprint in more articles than this nominates none (boilerplate)")
      ("limit", IntegerValue("--limit", flags.query.limit, {0, 4294967295u}),
       "query: at most this many matches per query, the best (0 = all)")
      ("header", po::bool_switch(&flags.tsv_header), "query, tsv: write a header line first")
      ("shards", IntegerValue("--shards", flags.shards, {1, 1000000}),
       "route: the number of shards")
      ("stats", po::bool_switch(&flags.stats),
       "query: print index load time and per-query time (median, p90, max) on stderr");
  // clang-format on
  po::variables_map given;
  if (std::optional<int> stop =
          ParseCommandLine(kHelp, options, positional, args, out, err, &given)) {
    return stop;
  }
  auto usage = [&](const std::string& message) {
    err << kHelp.name << ": " << message << " (try --help)\n";
    return kExitUsage;
  };
  auto given_explicitly = [&](const char* name) {
    return given.count(name) != 0 && !given[name].defaulted();
  };
  if (command == "build") {
    flags.command = SearchCommand::kBuild;
  } else if (command == "add") {
    flags.command = SearchCommand::kAdd;
  } else if (command == "query") {
    flags.command = SearchCommand::kQuery;
  } else if (command == "route") {
    flags.command = SearchCommand::kRoute;
  } else {
    return usage(command.empty()
                     ? "missing command: build, add, query or route"
                     : "unknown command '" + command + "' (build, add, query or route)");
  }
  if (flags.command == SearchCommand::kRoute) {
    if (!flags.shards) return usage("route needs --shards N");
    if (!flags.indexes.empty()) return usage("route takes no --index");
    for (const char* name :
         {"shingle-size", "shingle-seed", "no-stem", "window", "shard", "threads", "buffer-size",
          "min-containment", "max-postings", "limit", "header", "stats", "format"}) {
      if (given_explicitly(name)) return usage("--" + std::string(name) + " is not for route");
    }
    flags.format = Format::kJsonl;
    return std::nullopt;
  }
  if (flags.shards) return usage("--shards is for route");
  if (flags.indexes.empty()) return usage("missing --index DIR");
  if (flags.command != SearchCommand::kQuery && flags.indexes.size() != 1) {
    return usage(command + " takes one --index");
  }
  const auto refuse = [&](std::span<const char* const> names,
                          const char* where) -> std::optional<int> {
    for (const char* name : names) {
      if (given_explicitly(name)) {
        return usage("--" + std::string(name) + " is for " + where + ", not " + command);
      }
    }
    return std::nullopt;
  };
  if (flags.command == SearchCommand::kQuery) {
    if (auto stop = refuse(kBuildOnly, "build and add (the index keeps it)")) return stop;
  }
  for (const char* name : kBuildOnly)
    flags.params_given = flags.params_given || given_explicitly(name);
  if (flags.command != SearchCommand::kQuery) {
    if (auto stop = refuse(kQueryOnly, "query")) return stop;
  } else {
    if (auto stop = refuse(kWriteOnly, "build and add")) return stop;
  }
  if (!shard.empty() && !ParseShard(shard, flags.params)) {
    return usage("--shard must be i/n with 0 <= i < n (got '" + shard + "')");
  }
  flags.params.language = flags.common.language;
  flags.params.shingle_size = flags.shingles.shingle_size;
  flags.params.shingle_seed = flags.shingles.shingle_seed;
  flags.params.stem = !flags.shingles.no_stem;
  flags.format = *ParseFormat(flags.common.format);
  if (flags.tsv_header && flags.format != Format::kTsv) {
    return usage("--header needs --format tsv");
  }
  return std::nullopt;
}

}  // namespace precis::cli
