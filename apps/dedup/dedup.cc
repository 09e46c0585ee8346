#include "dedup/dedup.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <vector>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/records.h"
#include "dedup/dedup_index.h"
#include "dedup/dedup_output.h"
#include "dedup/distributed.h"
#include "dedup/near_duplicates.h"
#include "dedup/run_summary.h"
#include "dedup/spill_file.h"
#include "precis/corpus/article_ids.h"
#include "precis/io/input_file.h"
#include "precis/io/jsonl.h"
#include "precis/sketch/lsh.h"
#include "precis/sketch/union_find.h"
#include "common/number_options.h"
#include "sketch/signature_file.h"
#include "sketch/signature_stream.h"
#include "sketch/sketch_options.h"
#include "sketch/sketcher.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-dedup",
    .synopsis = "[OPTIONS] [FILE...]",
    .summary =
        "Find near-duplicate articles: pairs with scores, clusters, or a de-duplicated stream.",
    .details =
        "Reads articles (each FILE, stdin, or with --jsonl {\"id\", \"text\"} lines) or, with\n"
        "--signatures, streams written by precis-sketch. Sketches each article (word\n"
        "shingles -> MinHash), finds candidate pairs by LSH banding chosen for the\n"
        "threshold, verifies them (exactly from the shingle sets when the texts were read,\n"
        "else by the signature estimate) and writes, per --output:\n"
        "  pairs     a, b, jaccard, containment of a in b, of b in a, basis (exact|estimate)\n"
        "  clusters  groups of near-duplicates (union-find); the representative is the\n"
        "            earliest article in input order; each member with its score against it\n"
        "  unique    one article per cluster (the representative) plus every article without\n"
        "            a near-duplicate, in input order: ids (text), id TAB cluster size (tsv)\n"
        "            or {\"id\", \"text\"} records (jsonl) ready for the next pipeline stage;\n"
        "            with --signatures (no texts) {\"id\", \"cluster_size\"} records\n"
        "An article is known by its id: one seen before (in the --index or earlier in the\n"
        "input) with the same signature is not added again and is reported as when first\n"
        "added, so a retried run writes the same output; with other content its new\n"
        "signature replaces the old one, with a warning naming the id.\n"
        "--index FILE keeps the signatures of every article seen: a later run with the same\n"
        "FILE reports only pairs, clusters and unique articles involving this run's articles.\n"
        "--reduce-bands and --components are the reduce and clustering steps of a\n"
        "distributed run fed by precis-sketch --emit-bands (docs/dedup.md).\n"
        "A summary (articles, banding and its catch probability, candidates, peak memory)\n"
        "goes to stderr unless --quiet. Exit 0 on success, 1 when an input was bad or a\n"
        "signature line damaged (reported with its line and byte offset; the rest is used),\n"
        "or the --index file is damaged (the run stops and leaves it as it was), 2 on usage\n"
        "errors. With --fail-fast the first bad input or damaged signature line stops the\n"
        "run: exit 1, nothing on stdout, the --index file left as it was.",
    .example =
        "precis-dedup --jsonl --output unique --format jsonl news.jsonl | precis-summarize --jsonl",
};

struct DedupFlags {
  std::string output = "pairs";
  std::string verify = "exact";
  double threshold = 0.8;
  std::optional<double> containment;
  double max_size_ratio = 2.0;
  bool signatures = false;
  std::string index;
  bool reduce_bands = false;
  bool components = false;
};

// Largest --max-size-ratio: beyond it the banding's candidate Jaccard,
// T/(1+R-T), is so low that every pair is a candidate.
constexpr double kMaxSizeRatio = 100;

// Opens a signature stream or the index: "<path>: is a directory" (which
// would otherwise read as an empty stream) or "<path>: cannot open: <reason>".
Status OpenInput(const std::string& path, std::ifstream& file) {
  if (Status opened = io::OpenForReading(path, file); !opened.ok()) {
    return Status(opened.code(), path + ": " + opened.message());
  }
  return Status::Ok();
}

// Opens FILE or stdin for the single-stream modes; on failure, the exit
// status (a usage error for several FILEs, a data error for a bad one).
std::optional<int> OpenSingle(const CommonOptions& common, std::istream& in, std::ifstream& file,
                              std::istream*& stream, std::ostream& err) {
  stream = &in;
  if (common.inputs.size() > 1) {
    err << kHelp.name << ": this mode reads one stream (stdin or one FILE)\n";
    return kExitUsage;
  }
  if (common.inputs.empty() || common.inputs[0] == "-") return std::nullopt;
  if (Status opened = OpenInput(common.inputs[0], file); !opened.ok()) {
    err << kHelp.name << ": " << opened.message() << "\n";
    return kExitDataError;
  }
  stream = &file;
  return std::nullopt;
}

// Counts what the id rules (precis/corpus/article_ids.h) did with this run's
// articles, and warns about each changed one as it comes.
struct ArrivalLog {
  std::uint64_t same = 0;
  std::uint64_t changed = 0;
  std::uint64_t index_repeats = 0;  // records of the --index repeating an id

  void Note(const Placement& placed, bool from_index, std::string_view where,
            std::string_view id, bool quiet, std::ostream& err) {
    if (placed.arrival == Arrival::kNew) return;
    if (from_index) {
      ++index_repeats;
      return;
    }
    if (placed.arrival == Arrival::kSame) {
      ++same;
      return;
    }
    ++changed;
    std::string shown;
    io::AppendTsvField(shown, id);
    Report(err, kHelp.name,
           std::string(where) + "id '" + shown +
               "' was seen before with other content: this version replaces it",
           quiet);
  }
  // One line each for the quiet cases, so a retry is visible but not loud.
  void Summarize(const std::string& index, bool quiet, std::ostream& err) const {
    if (index_repeats > 0) {
      Report(err, kHelp.name,
             index + ": " + std::to_string(index_repeats) +
                 " records repeat an earlier id: merged, the last signature of each id kept",
             quiet);
    }
    if (same > 0) {
      Report(err, kHelp.name,
             std::to_string(same) +
                 " articles seen before with the same id and signature (in the index or earlier "
                 "in the input): not added again",
             quiet);
    }
  }
};

}  // namespace

int RunDedup(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  CommonOptions common;
  SketchFlags sketch_flags;
  LshFlags lsh_flags;
  DedupFlags flags;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddFormatOption(options, common);
  // clang-format off
  options.add_options()
      ("output", po::value(&flags.output)->default_value(flags.output),
       "pairs, clusters or unique")
      ("threshold",
       RealValue("--threshold", flags.threshold, {.min = 0, .max = 1, .min_open = true}),
       "minimum Jaccard similarity of a near-duplicate pair (0-1]")
      ("containment",
       RealValue("--containment", flags.containment, {.min = 0, .max = 1, .min_open = true}),
       "instead of --threshold: minimum containment of either article in the other (0-1]")
      ("max-size-ratio",
       RealValue("--max-size-ratio", flags.max_size_ratio, {.min = 1, .max = kMaxSizeRatio}),
       "with --containment: largest size ratio of a pair the LSH banding is tuned to catch "
       "[1-100]")
      ("verify", po::value(&flags.verify)->default_value(flags.verify),
       "exact (shingle sets when texts were read, else estimate), estimate (signatures), or "
       "none (every LSH candidate is a pair: the distributed pipeline's clusters)")
      ("signatures", po::bool_switch(&flags.signatures),
       "inputs are precis-sketch signature streams, not articles")
      ("index", po::value(&flags.index),
       "signature index to extend: report only what involves this run's articles; an id "
       "already indexed is recognised, not added again")
      ("reduce-bands", po::bool_switch(&flags.reduce_bands),
       "distributed reduce: sorted '<band key> TAB <id>' lines -> '<id> TAB <id>' edges")
      ("components", po::bool_switch(&flags.components),
       "distributed clustering: '<id> TAB <id>' edges -> clusters");
  // clang-format on
  AddSketchOptions(options, sketch_flags);
  AddLshOptions(options, lsh_flags);
  AddQuietOption(options, common);
  po::variables_map parsed;
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err, &parsed)) {
    return *exit;
  }
  const std::optional<Format> format = ParseFormat(common.format);
  if (flags.reduce_bands || flags.components) {
    if (flags.reduce_bands && flags.components) {
      err << kHelp.name << ": --reduce-bands and --components are separate steps\n";
      return kExitUsage;
    }
    std::ifstream file;
    std::istream* stream = nullptr;
    if (auto failed = OpenSingle(common, in, file, stream, err)) return *failed;
    return flags.reduce_bands ? ReduceBands(*stream, out, err, kHelp.name, common.quiet)
                              : Components(*stream, out, err, kHelp.name, *format, common.quiet);
  }
  if (flags.output != "pairs" && flags.output != "clusters" && flags.output != "unique") {
    err << kHelp.name << ": unknown --output '" << flags.output << "' (pairs, clusters, unique)\n";
    return kExitUsage;
  }
  if (flags.verify != "exact" && flags.verify != "estimate" && flags.verify != "none") {
    err << kHelp.name << ": unknown --verify '" << flags.verify << "' (exact, estimate, none)\n";
    return kExitUsage;
  }
  const double threshold = flags.containment.value_or(flags.threshold);
  std::string threads_note;
  const unsigned threads = ResolveThreads(sketch_flags.threads, &threads_note);
  if (!threads_note.empty()) Report(err, kHelp.name, threads_note, common.quiet);
  const auto start_time = std::chrono::steady_clock::now();
  const bool progress = !common.quiet && &err == &std::cerr && isatty(STDERR_FILENO);

  // Parameters: from the flags for articles; from the first stream (index or
  // signatures) otherwise; every later stream must agree.
  std::optional<SketchParams> params;
  if (!flags.signatures) {
    Result<SketchParams> made = MakeSketchParams(sketch_flags, common);
    if (!made.ok()) {
      err << kHelp.name << ": " << made.status().message() << "\n";
      return kExitUsage;
    }
    params = *made;
  }
  // Before any input is read: a directory, a FIFO or a device is no index.
  bool index_exists = false;
  if (!flags.index.empty()) {
    if (Status checked = CheckIndexPath(flags.index, &index_exists); !checked.ok()) {
      Report(err, kHelp.name, checked.message(), false);
      return kExitDataError;
    }
  }
  std::unique_ptr<DocStore> store_holder;
  DocStore* store = nullptr;
  std::uint64_t bad = 0;
  int status = kExitOk;
  ArrivalLog arrivals;
  // The index and signature streams are read before the permutation count
  // is known, so the store is created lazily.
  auto ensure_store = [&] {
    if (store == nullptr && params) {
      store_holder = std::make_unique<DocStore>(params->minhash.permutations);
      store = store_holder.get();
    }
  };
  ensure_store();
  // Reads one signature stream (or the index). Damaged records are reported
  // and skipped; a damaged index stops the run instead (`is_index`), since
  // rewriting it would silently drop the damaged articles for good. With
  // --fail-fast the first damaged line of any stream stops the run.
  auto load_stream = [&](std::istream& stream, const std::string& name, bool is_index) -> bool {
    bool damaged = false;
    const Status read = ReadSignatureStream(
        stream, name,
        {.header =
             [&](const SketchParams& found) {
               if (!params) params = found;
               ensure_store();
               return CheckSameParams(*params, found, name);
             },
         .record =
             [&](SignatureRecord& record) {
               const Placement placed =
                   store->Add(record.id, record.signature, record.shingles, !is_index);
               arrivals.Note(placed, is_index, name + ": ", record.id, common.quiet, err);
             },
         .damage =
             [&](const Status& problem) {
               damaged = true;
               ++bad;
               Report(err, kHelp.name, problem.message(), common.quiet && !is_index);
               return !common.fail_fast;
             }});
    if (!read.ok()) {
      Report(err, kHelp.name, read.message(), false);
      return false;
    }
    return !((is_index || common.fail_fast) && damaged);
  };

  // 1. The index of earlier runs.
  std::uint32_t indexed = 0;
  if (index_exists) {
    std::ifstream index_file;
    if (Status opened = OpenInput(flags.index, index_file); !opened.ok()) {
      Report(err, kHelp.name, opened.message() + " (the --index file)", false);
      return kExitDataError;
    }
    if (!load_stream(index_file, flags.index, true)) return kExitDataError;
    if (store != nullptr) indexed = store->size();
  }

  // 2. The new articles or signatures.
  SpillFile spill;
  const bool keep_sets = flags.verify == "exact";
  const bool keep_texts = flags.output == "unique" && *format == Format::kJsonl;
  if (flags.signatures) {
    std::vector<std::string> inputs = common.inputs;
    if (inputs.empty()) inputs.push_back("-");
    for (const std::string& path : inputs) {
      std::ifstream file;
      std::istream* stream = &in;
      if (path != "-") {
        if (Status opened = OpenInput(path, file); !opened.ok()) {
          Report(err, kHelp.name, opened.message(), common.quiet);
          ++bad;
          if (common.fail_fast) return kExitDataError;
          continue;
        }
        stream = &file;
      }
      if (!load_stream(*stream, path, false)) return kExitDataError;
    }
    if (store == nullptr) return bad > 0 ? kExitDataError : kExitOk;  // no input at all
  } else {
    if (keep_sets || keep_texts) {
      if (Status opened = spill.Open(); !opened.ok()) {
        Report(err, kHelp.name, opened.message(), false);
        return kExitDataError;
      }
    }
    Result<Sketcher> sketcher = Sketcher::Create(*params, threads);
    if (!sketcher.ok()) {
      Report(err, kHelp.name, sketcher.status().message(), false);
      return kExitDataError;
    }
    Status spill_status;
    std::uint64_t sketched = 0;
    auto spill_bytes = [&](std::string_view bytes, std::uint64_t& offset) {
      Result<std::uint64_t> at = spill.Append(bytes);
      if (at.ok()) {
        offset = *at;
      } else if (spill_status.ok()) {
        spill_status = at.status();
      }
    };
    SketchPipeline pipeline(
        *sketcher, keep_sets, [&](std::vector<InputItem>& items, std::vector<SketchJob>& jobs) {
          for (std::size_t i = 0; i < items.size() && spill_status.ok(); ++i) {
            const InputItem& item = items[i];
            if (!item.error.ok()) {
              Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
              continue;
            }
            ReportWarnings(item, kHelp.name, common.quiet, err);
            ++sketched;
            const Placement placed =
                store->Add(item.id, jobs[i].signature, jobs[i].shingles, true);
            arrivals.Note(placed, false, item.Where(), item.id, common.quiet, err);
            // A new or changed article brings its set and text; one seen
            // before lends them to an index entry that has none.
            const std::uint32_t at = placed.position;
            const bool fresh = placed.arrival != Arrival::kSame;
            if (keep_sets && (fresh || store->set_offsets[at] == kNoOffset)) {
              const auto& set = jobs[i].set;
              spill_bytes(std::string_view(reinterpret_cast<const char*>(set.data()),
                                           set.size() * sizeof(std::uint64_t)),
                          store->set_offsets[at]);
            }
            if (keep_texts && (fresh || store->text_offsets[at] == kNoOffset)) {
              spill_bytes(item.text, store->text_offsets[at]);
              store->text_sizes[at] = item.text.size();
            }
          }
          if (progress) {
            err << "\r" << kHelp.name << ": sketched " << sketched << " articles" << std::flush;
          }
        });
    ForEachInput(common, in, [&](InputItem& item) {
      const bool failed = !item.error.ok();
      if (failed) ++bad;
      pipeline.Add(std::move(item));
      return !(failed && common.fail_fast) && spill_status.ok();
    });
    pipeline.Finish();
    if (progress) err << "\n";
    // Pairs among the articles before the bad one, and an index holding
    // them, would be a partial answer; a rerun on the mended input would
    // then find each of them again as a duplicate of itself.
    if (common.fail_fast && bad > 0) return kExitDataError;
    if (spill_status.ok()) spill_status = spill.Flush();
    if (!spill_status.ok()) {
      Report(err, kHelp.name, spill_status.message(), false);
      return kExitDataError;
    }
  }
  if (bad > 0) status = kExitDataError;
  arrivals.Summarize(flags.index, common.quiet, err);

  // 3. Candidates, scores, clusters.
  const double lsh_threshold =
      flags.containment ? threshold / (1.0 + flags.max_size_ratio - threshold) : threshold;
  Result<sketch::LshParams> lsh =
      MakeLshParams(lsh_flags, lsh_threshold, params->minhash.permutations);
  if (!lsh.ok()) {
    err << kHelp.name << ": " << lsh.status().message() << "\n";
    return kExitUsage;
  }
  CandidateOptions candidate_options{
      .lsh = *lsh, .all_pairs = flags.verify != "none", .threads = threads};
  std::uint64_t band_entries = 0;
  const auto candidates = FindCandidates(*store, candidate_options, &band_entries);
  const std::uint64_t index_bytes =
      store->MemoryBytes() + band_entries * 16 + candidates.size() * 8;
  Result<std::vector<PairScore>> scores = ScorePairs(*store, spill, candidates, threads);
  if (!scores.ok()) {
    Report(err, kHelp.name, scores.status().message(), false);
    return kExitDataError;
  }
  std::vector<PairScore> accepted;
  for (const PairScore& score : *scores) {
    const bool keep =
        flags.verify == "none" ||
        (flags.containment ? std::max(score.containment_a, score.containment_b) >= threshold
                           : score.jaccard >= threshold);
    if (keep) accepted.push_back(score);
  }
  sketch::UnionFind sets(store->size());
  for (const PairScore& pair : accepted) sets.Union(pair.a, pair.b);

  // 4. Output.
  if (flags.output == "pairs") {
    WritePairs(*store, accepted, *format, out);
  } else if (flags.output == "clusters") {
    const auto rep_pairs = RepresentativePairs(*store, sets);
    Result<std::vector<PairScore>> rep_scores = ScorePairs(*store, spill, rep_pairs, threads);
    if (!rep_scores.ok()) {
      Report(err, kHelp.name, rep_scores.status().message(), false);
      return kExitDataError;
    }
    // ScorePairs orders (root, member); the writer looks scores up by member.
    WriteClusters(*store, sets, accepted, *rep_scores, *format, out);
  } else {
    if (Status written = WriteUnique(*store, spill, sets, *format, out); !written.ok()) {
      Report(err, kHelp.name, written.message(), false);
      return kExitDataError;
    }
  }
  if (!flags.index.empty()) {
    if (Status written = WriteIndex(flags.index, *params, *store); !written.ok()) {
      Report(err, kHelp.name, written.message(), false);
      return kExitDataError;
    }
  }

  std::uint64_t clusters = 0;
  {
    std::vector<std::uint32_t> size(store->size(), 0);
    for (std::uint32_t i = 0; i < store->size(); ++i) ++size[sets.Find(i)];
    for (std::uint32_t s : size) clusters += s >= 2 ? 1 : 0;
  }
  Report(err, kHelp.name,
         SummaryLine({.new_articles = store->size() - indexed,
                      .indexed = indexed,
                      .lsh = *lsh,
                      .lsh_threshold = lsh_threshold,
                      .candidates = candidates.size(),
                      .pairs = accepted.size(),
                      .clusters = clusters,
                      .seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                                               start_time)
                                     .count(),
                      .index_bytes = index_bytes,
                      .spilled_bytes = spill.size()}),
         common.quiet);
  return status;
}

}  // namespace precis::cli
