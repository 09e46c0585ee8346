#include "search/search.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <vector>

#include "common/inputs.h"
#include "common/records.h"
#include "precis/io/file_lock.h"
#include "precis/io/jsonl.h"
#include "precis/search/index.h"
#include "precis/search/searcher.h"
#include "search/article_inputs.h"
#include "search/build_pipeline.h"
#include "search/index_set.h"
#include "search/search_flags.h"
#include "search/search_records.h"

namespace precis::cli {
namespace {

constexpr std::string_view kApp = "precis-search";
// The index directory of build/add: a directory, or nothing yet (made).
Status PrepareDirectory(const std::string& directory) {
  std::error_code error;
  const auto status = std::filesystem::status(directory, error);
  if (status.type() == std::filesystem::file_type::directory) return Status::Ok();
  if (status.type() != std::filesystem::file_type::not_found) {
    return InvalidArgument(directory + ": not a directory (--index names a directory)");
  }
  if (!std::filesystem::create_directories(directory, error) && error) {
    return IoError(directory + ": cannot create: " + error.message());
  }
  return Status::Ok();
}

int BuildOrAdd(const SearchFlags& flags, std::istream& in, std::ostream& err) {
  const bool quiet = flags.common.quiet;
  const std::string& directory = flags.indexes.front();
  const std::string path = search::IndexFilePath(directory);
  if (Status ready = PrepareDirectory(directory); !ready.ok()) {
    Report(err, kApp, ready.message(), quiet);
    return ready.code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitDataError;
  }
  // Held until the new index is in place, so that a second build or add
  // waits and then reads what this one wrote (docs/search.md).
  Result<io::FileLock> lock = io::FileLock::Acquire(path, [&](const std::string& lock_file) {
    Report(err, kApp, "waiting for " + lock_file + ": another run is updating " + directory, quiet);
  });
  if (!lock.ok()) {
    Report(err, kApp, lock.status().message(), quiet);
    return kExitDataError;
  }
  const auto started = std::chrono::steady_clock::now();
  const std::uint64_t text_memory = std::uint64_t{flags.buffer_mib} << 20;
  std::optional<search::Index> held;
  if (flags.command == SearchCommand::kAdd && std::filesystem::exists(path)) {
    Result<search::Index> opened = search::Index::Open(path);
    if (!opened.ok()) {
      Report(err, kApp, opened.status().message(), quiet);
      return kExitDataError;
    }
    held = std::move(*opened);
    if (flags.params_given) {
      Report(err, kApp,
             path + ": exists; its shingle options and window are kept (give them to build)",
             quiet);
      return kExitUsage;
    }
    const search::IndexParams& kept = held->params();
    if (flags.params.shard_count != 1 && (kept.shard_index != flags.params.shard_index ||
                                          kept.shard_count != flags.params.shard_count)) {
      Report(err, kApp,
             path + ": holds shard " + std::to_string(kept.shard_index) + "/" +
                 std::to_string(kept.shard_count) + ", not the --shard given",
             quiet);
      return kExitUsage;
    }
  }
  Result<search::IndexBuilder> builder =
      held ? search::IndexBuilder::From(*held, flags.threads, text_memory)
           : search::IndexBuilder::Create(flags.params, flags.threads, text_memory);
  if (!builder.ok()) {
    Report(err, kApp, builder.status().message(), quiet);
    return kExitDataError;
  }
  if (ReadsTerminal(flags.common, in)) {
    Report(err, kApp,
           "no FILE given and stdin is a terminal: give the articles as FILEs, or pipe them in "
           "(try --help)",
           quiet);
    return kExitUsage;
  }
  bool bad_input = false;
  std::uint64_t added = 0, unchanged = 0, changed = 0, other_shard = 0;
  BuildPipeline pipeline(*builder, [&](const search::Added& result) {
    added += result.added;
    unchanged += result.unchanged;
    changed += result.changed.size();
    other_shard += result.outside_shard;
    for (const std::string& id : result.changed) {
      Report(err, kApp, "warning: " + id + ": changed since it was indexed; replaced", quiet);
    }
  });
  ForEachInput(flags.common, in, [&](InputItem& item) {
    ReportWarnings(item, kApp, quiet, err);
    if (!item.error.ok()) {
      Report(err, kApp, item.Where() + item.error.message(), quiet);
      bad_input = true;
      return !flags.common.fail_fast;
    }
    if (IsEmptyStdin(item)) {
      // Not an article: a forgotten FILE or an upstream step that wrote nothing.
      Report(err, kApp, item.Where() + "stdin is empty: no article to index", quiet);
      bad_input = true;
      return !flags.common.fail_fast;
    }
    // False when the builder failed (its temporary file): reading on is moot.
    return pipeline.Add({std::move(item.id), std::move(item.text)});
  });
  if (bad_input && flags.common.fail_fast) return kExitDataError;  // index left as it was
  if (Status finished = pipeline.Finish(); !finished.ok()) {
    Report(err, kApp, finished.message(), quiet);
    return kExitDataError;  // the index is left as it was
  }
  if (Status written = builder->Write(path); !written.ok()) {
    Report(err, kApp, written.message(), quiet);
    return kExitDataError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::string summary = directory + ": " + std::to_string(builder->size()) + " articles (" +
                        std::to_string(added) + " added, " + std::to_string(unchanged) +
                        " unchanged, " + std::to_string(changed) + " replaced";
  if (builder->params().shard_count > 1) {
    summary += ", " + std::to_string(other_shard) + " of other shards skipped; shard " +
               std::to_string(builder->params().shard_index) + "/" +
               std::to_string(builder->params().shard_count);
  }
  char rate[64];
  std::snprintf(rate, sizeof rate, ") in %.2f s", seconds);
  Report(err, kApp, summary + rate, quiet);
  return bad_input ? kExitDataError : kExitOk;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// --stats: what a capacity plan needs, on stderr.
void ReportStats(const std::vector<search::Index>& indexes, double open_ms,
                 std::vector<double> query_ms, std::uint64_t candidates, std::uint64_t verified,
                 std::ostream& err) {
  std::uint64_t articles = 0, file = 0, lookup = 0;
  for (const search::Index& index : indexes) {
    articles += index.size();
    file += index.FileBytes();
    lookup += index.LookupBytes();
  }
  char line[512];
  std::snprintf(line, sizeof line,
                "stats: %zu index file(s), %llu articles, %.1f MiB on disk (%.1f MiB of lookup "
                "tables), opened and checked in %.1f ms",
                indexes.size(), static_cast<unsigned long long>(articles), file / 1048576.0,
                lookup / 1048576.0, open_ms);
  Report(err, kApp, line, false);
  if (query_ms.empty()) return;
  std::sort(query_ms.begin(), query_ms.end());
  const auto at = [&](double q) {
    return query_ms[static_cast<std::size_t>(q * (query_ms.size() - 1))];
  };
  std::snprintf(line, sizeof line,
                "stats: %zu queries, per query %.2f ms median, %.2f ms p90, %.2f ms max; %.1f "
                "candidates per query, %.1f compared exactly",
                query_ms.size(), at(0.5), at(0.9), query_ms.back(),
                static_cast<double>(candidates) / query_ms.size(),
                static_cast<double>(verified) / query_ms.size());
  Report(err, kApp, line, false);
}

int Query(const SearchFlags& flags, std::istream& in, std::ostream& out, std::ostream& err) {
  const bool quiet = flags.common.quiet;
  SetErrorStatus(out, kExitUsage);  // grep's contract: a failed write is an error, not "no match"
  const auto opening = std::chrono::steady_clock::now();
  std::vector<search::Index> indexes;
  for (const std::string& directory : flags.indexes) {
    Result<search::Index> opened = search::Index::Open(search::IndexFilePath(directory));
    if (!opened.ok()) {
      Report(err, kApp, opened.status().message(), quiet);
      return kExitUsage;
    }
    indexes.push_back(std::move(*opened));
  }
  if (Status checked = CheckIndexSet(flags.indexes, indexes); !checked.ok()) {
    Report(err, kApp, checked.message(), quiet);
    return kExitUsage;
  }
  std::vector<const search::Index*> shards;
  for (const search::Index& index : indexes) shards.push_back(&index);
  Result<search::Searcher> searcher = search::Searcher::Create(shards, flags.query);
  if (!searcher.ok()) {
    Report(err, kApp, searcher.status().message(), quiet);
    return kExitUsage;
  }
  const double open_ms = MillisecondsSince(opening);
  if (flags.tsv_header && !quiet) WriteSearchTsvHeader(out);
  std::vector<double> query_ms;
  std::uint64_t candidates = 0, verified = 0;
  bool found = false;
  bool failed = false;
  bool damaged = false;  // the index: no answer after it can be trusted
  ForEachInput(flags.common, in, [&](InputItem& item) {
    ReportWarnings(item, kApp, quiet, err);
    if (!item.error.ok()) {
      failed = true;
      if (!quiet) WriteQueryError(item, flags.format, kApp, out, err);
      return !flags.common.fail_fast;
    }
    const auto started = std::chrono::steady_clock::now();
    const Result<search::QueryResult> answered = searcher->Query(item.text);
    if (!answered.ok()) {
      Report(err, kApp, answered.status().message(), quiet);
      damaged = true;
      return false;
    }
    const search::QueryResult& result = *answered;
    query_ms.push_back(MillisecondsSince(started));
    candidates += result.candidates;
    verified += result.verified;
    found = found || !result.matches.empty();
    // grep -q: the exit status is the answer.
    if (!quiet) {
      WriteQueryAnswer(item.id, item.text, result, flags.query.min_containment, flags.format, out);
    }
    return true;
  });
  if (flags.stats) {
    ReportStats(indexes, open_ms, std::move(query_ms), candidates, verified, err);
  }
  if (failed || damaged) return kExitUsage;
  return found ? kExitOk : kExitDataError;
}

// route: each article, re-encoded as one JSON Lines record, after its shard.
int Route(const SearchFlags& flags, std::istream& in, std::ostream& out, std::ostream& err) {
  bool bad_input = false;
  ForEachInput(flags.common, in, [&](InputItem& item) {
    ReportWarnings(item, kApp, flags.common.quiet, err);
    if (!item.error.ok()) {
      Report(err, kApp, item.Where() + item.error.message(), flags.common.quiet);
      bad_input = true;
      return !flags.common.fail_fast;
    }
    out << search::ShardOf(item.id, *flags.shards) << '\t'
        << io::JsonObject().Add("id", item.id).Add("text", item.text).Finish() << '\n';
    return true;
  });
  return bad_input ? kExitDataError : kExitOk;
}

}  // namespace

int RunSearch(std::span<const std::string> args, std::istream& in, std::ostream& out,
              std::ostream& err) {
  SearchFlags flags;
  if (std::optional<int> stop = ParseSearchFlags(args, flags, out, err)) return *stop;
  if (flags.command == SearchCommand::kQuery) return Query(flags, in, out, err);
  if (flags.command == SearchCommand::kRoute) return Route(flags, in, out, err);
  return BuildOrAdd(flags, in, err);
}

}  // namespace precis::cli
