#include "dedup/dedup.h"

#include <chrono>
#include <fstream>
#include <optional>
#include <vector>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/lsh_options.h"
#include "common/number_options.h"
#include "common/shingle_options.h"
#include "common/threads_option.h"
#include "dedup/dedup_output.h"
#include "dedup/run_corpus.h"
#include "dedup/run_summary.h"
#include "precis/corpus/distributed.h"
#include "precis/corpus/document_store.h"
#include "precis/corpus/index_file.h"
#include "precis/corpus/near_duplicates.h"
#include "precis/io/file_lock.h"

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
        "  labeled   every article in input order with its cluster's representative: id TAB\n"
        "            representative (text, tsv) or {\"id\", \"text\", \"cluster\"} (jsonl),\n"
        "            one story per cluster for precis-summarize --jsonl --group-by cluster\n"
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
  double threshold = corpus::NearDuplicateOptions{}.threshold;
  std::optional<double> containment;
  double max_size_ratio = corpus::NearDuplicateOptions{}.max_size_ratio;
  bool signatures = false;
  std::string index;
  bool reduce_bands = false;
  bool components = false;
  unsigned threads = 0;
};

void AddDedupOptions(po::options_description& options, DedupFlags& flags) {
  // clang-format off
  options.add_options()
      ("output", po::value(&flags.output)->default_value(flags.output),
       "pairs, clusters, unique or labeled")
      ("threshold",
       RealValue("--threshold", flags.threshold, {.min = 0, .max = 1, .min_open = true}),
       "minimum Jaccard similarity of a near-duplicate pair (0-1]")
      ("containment",
       RealValue("--containment", flags.containment, {.min = 0, .max = 1, .min_open = true}),
       "instead of --threshold: minimum containment of either article in the other (0-1]")
      ("max-size-ratio",
       RealValue("--max-size-ratio", flags.max_size_ratio,
                 {.min = 1, .max = corpus::kMaxSizeRatio}),
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

// --reduce-bands and --components: the distributed steps, one stream each.
int RunDistributedStep(const DedupFlags& flags, const CommonOptions& common, Format format,
                       std::istream& in, std::ostream& out, std::ostream& err) {
  if (flags.reduce_bands && flags.components) {
    err << kHelp.name << ": --reduce-bands and --components are separate steps\n";
    return kExitUsage;
  }
  std::ifstream file;
  std::istream* stream = nullptr;
  if (auto failed = OpenSingle(common, in, file, stream, err)) return *failed;
  if (flags.reduce_bands) {
    if (Status reduced = corpus::ReduceBands(*stream, out); !reduced.ok()) {
      Report(err, kHelp.name, reduced.message(), common.quiet);
      return kExitDataError;
    }
    return kExitOk;
  }
  Result<std::vector<corpus::Component>> components = corpus::FindComponents(*stream);
  if (!components.ok()) {
    Report(err, kHelp.name, components.status().message(), common.quiet);
    return kExitDataError;
  }
  WriteComponents(*components, format, out);
  return kExitOk;
}

// The --index file's lock, saying on stderr (unless quiet) when another run
// holds it.
Result<io::FileLock> LockIndex(const std::string& index, bool quiet, std::ostream& err) {
  return io::FileLock::Acquire(index, [&](const std::string& lock_file) {
    Report(err, kHelp.name, "waiting for " + lock_file + ": another run is updating " + index,
           quiet);
  });
}

// Writes --output; an exit status on failure.
std::optional<int> WriteOutput(const DedupFlags& flags, Format format, unsigned threads,
                               RunCorpus& articles, corpus::NearDuplicates& found,
                               std::ostream& out, std::ostream& err) {
  const corpus::DocumentStore& store = *articles.store();
  if (flags.output == "pairs") {
    WritePairs(store, found.pairs, format, out);
  } else if (flags.output == "clusters") {
    const auto rep_pairs = corpus::RepresentativePairs(store, found.clusters);
    Result<std::vector<corpus::PairScore>> rep_scores =
        corpus::ScorePairs(store, articles.spill(), rep_pairs, threads);
    if (!rep_scores.ok()) {
      Report(err, kHelp.name, rep_scores.status().message(), false);
      return kExitDataError;
    }
    // ScorePairs orders (root, member); the writer looks scores up by member.
    WriteClusters(store, found.clusters, found.pairs, *rep_scores, format, out);
  } else if (Status written =
                 flags.output == "labeled"
                     ? WriteLabeled(store, articles.spill(), found.clusters, format, out)
                     : WriteUnique(store, articles.spill(), found.clusters, format, out);
             !written.ok()) {
    Report(err, kHelp.name, written.message(), false);
    return kExitDataError;
  }
  return std::nullopt;
}

}  // namespace

int RunDedup(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  CommonOptions common;
  ShingleFlags shingle_flags;
  LshFlags lsh_flags;
  DedupFlags flags;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddFormatOption(options, common);
  AddDedupOptions(options, flags);
  AddShingleOptions(options, shingle_flags, {});
  AddMinHashOptions(options, shingle_flags, {});
  AddThreadsOption(options, flags.threads);
  AddLshOptions(options, lsh_flags);
  AddQuietOption(options, common);
  AddDeprecatedAliases(options, shingle_flags, kSketchAliases);
  po::variables_map parsed;
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err, &parsed)) {
    return *exit;
  }
  ApplyDeprecatedFlags(shingle_flags, parsed, kHelp.name, common.quiet, err);
  const std::optional<Format> format = ParseFormat(common.format);
  if (flags.reduce_bands || flags.components) {
    return RunDistributedStep(flags, common, *format, in, out, err);
  }
  corpus::NearDuplicateOptions near;
  if (flags.output != "pairs" && flags.output != "clusters" && flags.output != "unique" &&
      flags.output != "labeled") {
    err << kHelp.name << ": unknown --output '" << flags.output
        << "' (pairs, clusters, unique, labeled)\n";
    return kExitUsage;
  }
  if (flags.verify == "exact" || flags.verify == "estimate" || flags.verify == "none") {
    near.verify = flags.verify == "exact"      ? corpus::Verification::kExact
                  : flags.verify == "estimate" ? corpus::Verification::kEstimate
                                               : corpus::Verification::kNone;
  } else {
    err << kHelp.name << ": unknown --verify '" << flags.verify << "' (exact, estimate, none)\n";
    return kExitUsage;
  }
  // --containment replaces the Jaccard threshold: with both, one would be
  // silently ignored.
  if (flags.containment && parsed.count("threshold") != 0 && !parsed["threshold"].defaulted()) {
    err << kHelp.name << ": --threshold and --containment exclude each other (try --help)\n";
    return kExitUsage;
  }
  near.threshold = flags.containment.value_or(flags.threshold);
  near.containment = flags.containment.has_value();
  near.max_size_ratio = flags.max_size_ratio;
  std::string threads_note;
  near.threads = ResolveThreads(flags.threads, &threads_note);
  if (!threads_note.empty()) Report(err, kHelp.name, threads_note, common.quiet);
  const auto start_time = std::chrono::steady_clock::now();

  // Parameters: from the flags for articles; from the first stream (index or
  // signatures) otherwise; every later stream must agree.
  RunCorpus articles(kHelp.name, common, err);
  Result<sketch::SketchParams> made = MakeSketchParams(shingle_flags, common);
  if (!made.ok()) {
    err << kHelp.name << ": " << made.status().message() << "\n";
    return kExitUsage;
  }
  if (flags.signatures) {
    // Sketch options given with --signatures are held to the streams.
    articles.SetExpectedParams([&](const sketch::SketchParams& found) {
      return WithGivenFlags(found, *made, shingle_flags, parsed);
    });
  } else {
    articles.SetParams(*made);
  }
  // Before any input is read: a directory, a FIFO or a device is no index.
  // Then held until the new index is in place: a run started meanwhile waits
  // and reads this run's index, instead of both adding to the old one and the
  // last to finish dropping the other's articles (docs/dedup.md).
  bool index_exists = false;
  std::optional<io::FileLock> index_lock;
  if (!flags.index.empty()) {
    if (Status checked = corpus::CheckIndexPath(flags.index, &index_exists); !checked.ok()) {
      Report(err, kHelp.name, checked.message(), false);
      return kExitDataError;
    }
    Result<io::FileLock> locked = LockIndex(flags.index, common.quiet, err);
    if (!locked.ok()) {
      Report(err, kHelp.name, locked.status().message() + " (the --index file)", false);
      return kExitDataError;
    }
    index_lock.emplace(std::move(*locked));
    // Again, under the lock: the run before may have created it.
    if (Status checked = corpus::CheckIndexPath(flags.index, &index_exists); !checked.ok()) {
      Report(err, kHelp.name, checked.message(), false);
      return kExitDataError;
    }
  }

  // 1. The index of earlier runs.
  std::uint32_t indexed = 0;
  if (index_exists) {
    std::ifstream index_file;
    if (Status opened = OpenInput(flags.index, index_file); !opened.ok()) {
      Report(err, kHelp.name, opened.message() + " (the --index file)", false);
      return kExitDataError;
    }
    if (!articles.Load(index_file, flags.index, true)) return kExitDataError;
    if (articles.store() != nullptr) indexed = articles.store()->size();
  }

  // 2. The new articles or signatures.
  if (flags.signatures) {
    if (auto stop = LoadSignatureInputs(kHelp.name, common, in, articles, err)) return *stop;
    if (articles.store() == nullptr) {  // no input at all
      return articles.bad() > 0 ? kExitDataError : kExitOk;
    }
  } else {
    const bool keep_sets = near.verify == corpus::Verification::kExact;
    const bool keep_texts =
        (flags.output == "unique" || flags.output == "labeled") && *format == Format::kJsonl;
    if (auto stop = SketchArticles(kHelp.name, common, near.threads, keep_sets, keep_texts, in,
                                   articles, err)) {
      return *stop;
    }
  }
  const int status = articles.bad() > 0 ? kExitDataError : kExitOk;
  articles.arrivals().Summarize(flags.index, err);

  // 3. Candidates, scores, clusters.
  const corpus::DocumentStore& store = *articles.store();
  Result<sketch::LshParams> lsh =
      MakeLshParams(lsh_flags, corpus::LshThreshold(near), store.permutations);
  if (!lsh.ok()) {
    err << kHelp.name << ": " << lsh.status().message() << "\n";
    return kExitUsage;
  }
  near.lsh = *lsh;
  Result<corpus::NearDuplicates> found = corpus::FindNearDuplicates(store, articles.spill(), near);
  if (!found.ok()) {
    Report(err, kHelp.name, found.status().message(), false);
    return kExitDataError;
  }

  // 4. Output.
  if (auto failed = WriteOutput(flags, *format, near.threads, articles, *found, out, err)) {
    return *failed;
  }
  if (!flags.index.empty()) {
    if (Status written = corpus::WriteIndex(flags.index, *articles.params(), store);
        !written.ok()) {
      Report(err, kHelp.name, written.message(), false);
      return kExitDataError;
    }
  }
  Report(
      err, kHelp.name,
      SummaryLine(
          {.new_articles = store.size() - indexed,
           .indexed = indexed,
           .lsh = found->lsh,
           .lsh_threshold = found->lsh_threshold,
           .candidates = found->candidates,
           .pairs = found->pairs.size(),
           .clusters = corpus::CountClusters(store, found->clusters),
           .seconds =
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time).count(),
           .index_bytes = found->index_bytes,
           .spilled_bytes = articles.spill().size()}),
      common.quiet);
  return status;
}

}  // namespace precis::cli
