#include "dedup/dedup.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <vector>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/records.h"
#include "dedup/dedup_output.h"
#include "dedup/distributed.h"
#include "dedup/near_duplicates.h"
#include "dedup/spill_file.h"
#include "precis/io/atomic_file.h"
#include "precis/io/jsonl.h"
#include "precis/sketch/lsh.h"
#include "precis/sketch/union_find.h"
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
        "            or {\"id\", \"text\"} records (jsonl) ready for the next pipeline stage\n"
        "--index FILE keeps the signatures of every article seen: a later run with the same\n"
        "FILE reports only pairs, clusters and unique articles involving the new articles.\n"
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

std::uint64_t PeakRssBytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
}

std::string Mib(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return text;
}

// Replaces the index whole or not at all (precis/io/atomic_file.h): a full
// disk or a crash mid-write must not cost the articles of earlier runs.
Status WriteIndex(const std::string& path, const SketchParams& params, const DocStore& store) {
  io::AtomicFile file;
  if (Status opened = file.Open(path); !opened.ok()) return opened;
  SignatureWriter writer(params);
  file.Write(writer.Header());
  std::string line;
  for (std::uint32_t i = 0; i < store.size(); ++i) {
    line.clear();
    writer.AppendRecord(line, store.ids[i], store.shingles[i], store.Signature(i));
    if (Status written = file.Write(line); !written.ok()) return written;
  }
  file.Write(writer.End());
  return file.Commit();
}

// Opens a signature stream or the index: "<path>: cannot open" or "<path>: is
// a directory" (which would otherwise read as an empty stream).
Status OpenInput(const std::string& path, std::ifstream& file) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) return IoError(path + ": is a directory");
  file.open(path, std::ios::binary);
  if (!file) return IoError(path + ": cannot open");
  return Status::Ok();
}

// Opens FILE or stdin for the single-stream modes.
std::istream* OpenSingle(const CommonOptions& common, std::istream& in, std::ifstream& file,
                         std::ostream& err) {
  if (common.inputs.size() > 1) {
    err << kHelp.name << ": this mode reads one stream (stdin or one FILE)\n";
    return nullptr;
  }
  if (common.inputs.empty() || common.inputs[0] == "-") return &in;
  file.open(common.inputs[0], std::ios::binary);
  if (!file) {
    err << kHelp.name << ": " << common.inputs[0] << ": cannot open\n";
    return nullptr;
  }
  return &file;
}

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
      ("threshold", po::value(&flags.threshold)->default_value(flags.threshold, "0.8"),
       "minimum Jaccard similarity of a near-duplicate pair (0-1]")
      ("containment", po::value<double>(),
       "instead of --threshold: minimum containment of either article in the other (0-1]")
      ("max-size-ratio", po::value(&flags.max_size_ratio)->default_value(flags.max_size_ratio),
       "with --containment: largest size ratio of a pair the LSH banding is tuned to catch")
      ("verify", po::value(&flags.verify)->default_value(flags.verify),
       "exact (shingle sets when texts were read, else estimate), estimate (signatures), or "
       "none (every LSH candidate is a pair: the distributed pipeline's clusters)")
      ("signatures", po::bool_switch(&flags.signatures),
       "inputs are precis-sketch signature streams, not articles")
      ("index", po::value(&flags.index),
       "signature index to extend: report only what involves the new articles")
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
  if (parsed.count("containment")) flags.containment = parsed["containment"].as<double>();
  const std::optional<Format> format = ParseFormat(common.format);
  if (flags.reduce_bands || flags.components) {
    if (flags.reduce_bands && flags.components) {
      err << kHelp.name << ": --reduce-bands and --components are separate steps\n";
      return kExitUsage;
    }
    std::ifstream file;
    std::istream* stream = OpenSingle(common, in, file, err);
    if (stream == nullptr) return kExitUsage;
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
  if (!(threshold > 0.0 && threshold <= 1.0)) {
    err << kHelp.name << ": the threshold must be in (0, 1]\n";
    return kExitUsage;
  }
  if (!(flags.max_size_ratio >= 1.0)) {
    err << kHelp.name << ": --max-size-ratio must be >= 1\n";
    return kExitUsage;
  }
  const unsigned threads = ResolveThreads(sketch_flags.threads);
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
  std::unique_ptr<DocStore> store_holder;
  DocStore* store = nullptr;
  std::uint64_t bad = 0;
  int status = kExitOk;
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
  // and skipped; a damaged index stops the run instead (`strict`), since
  // rewriting it would silently drop the damaged articles for good. With
  // --fail-fast the first damaged line of any stream stops the run.
  auto load_stream = [&](std::istream& stream, const std::string& name, bool strict) -> bool {
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
               store->ids.push_back(record.id);
               store->slots.insert(store->slots.end(), record.signature.begin(),
                                   record.signature.end());
               store->shingles.push_back(record.shingles);
               store->set_offsets.push_back(kNoOffset);
               store->text_offsets.push_back(kNoOffset);
               store->text_sizes.push_back(0);
             },
         .damage =
             [&](const Status& problem) {
               damaged = true;
               ++bad;
               Report(err, kHelp.name, problem.message(), common.quiet && !strict);
               return !common.fail_fast;
             }});
    if (!read.ok()) {
      Report(err, kHelp.name, read.message(), false);
      return false;
    }
    return !((strict || common.fail_fast) && damaged);
  };

  // 1. The index of earlier runs.
  std::uint32_t first_new = 0;
  if (!flags.index.empty() && std::filesystem::exists(flags.index)) {
    std::ifstream index_file;
    if (Status opened = OpenInput(flags.index, index_file); !opened.ok()) {
      Report(err, kHelp.name, opened.message() + " (the --index file)", false);
      return kExitDataError;
    }
    if (!load_stream(index_file, flags.index, true)) return kExitDataError;
    if (store != nullptr) first_new = store->size();
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
    SketchPipeline pipeline(
        *sketcher, keep_sets, [&](std::vector<InputItem>& items, std::vector<SketchJob>& jobs) {
          for (std::size_t i = 0; i < items.size() && spill_status.ok(); ++i) {
            const InputItem& item = items[i];
            if (!item.error.ok()) {
              Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
              continue;
            }
            ReportWarnings(item, kHelp.name, common.quiet, err);
            store->ids.push_back(item.id);
            store->slots.insert(store->slots.end(), jobs[i].signature.begin(),
                                jobs[i].signature.end());
            store->shingles.push_back(jobs[i].shingles);
            std::uint64_t set_offset = kNoOffset;
            if (keep_sets) {
              const auto& set = jobs[i].set;
              Result<std::uint64_t> offset = spill.Append(std::string_view(
                  reinterpret_cast<const char*>(set.data()), set.size() * sizeof(std::uint64_t)));
              if (!offset.ok())
                spill_status = offset.status();
              else
                set_offset = *offset;
            }
            store->set_offsets.push_back(set_offset);
            std::uint64_t text_offset = kNoOffset;
            if (keep_texts) {
              Result<std::uint64_t> offset = spill.Append(item.text);
              if (!offset.ok())
                spill_status = offset.status();
              else
                text_offset = *offset;
            }
            store->text_offsets.push_back(text_offset);
            store->text_sizes.push_back(item.text.size());
          }
          if (progress) {
            err << "\r" << kHelp.name << ": sketched " << store->size() - first_new << " articles"
                << std::flush;
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
      .lsh = *lsh, .first_new = first_new, .all_pairs = flags.verify != "none", .threads = threads};
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
    const auto rep_pairs = RepresentativePairs(*store, sets, first_new);
    Result<std::vector<PairScore>> rep_scores = ScorePairs(*store, spill, rep_pairs, threads);
    if (!rep_scores.ok()) {
      Report(err, kHelp.name, rep_scores.status().message(), false);
      return kExitDataError;
    }
    // ScorePairs orders (root, member); the writer looks scores up by member.
    WriteClusters(*store, sets, accepted, *rep_scores, first_new, *format, out);
  } else {
    if (Status written = WriteUnique(*store, spill, sets, first_new, *format, out); !written.ok()) {
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
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time).count();
  char catch_text[32];
  std::snprintf(catch_text, sizeof catch_text, "%.4f",
                sketch::CatchProbability(lsh_threshold, *lsh));
  Report(err, kHelp.name,
         std::to_string(store->size() - first_new) + " new articles, " + std::to_string(first_new) +
             " indexed; LSH " + std::to_string(lsh->bands) + " bands x " +
             std::to_string(lsh->rows) + " rows (catch probability " + catch_text + " at Jaccard " +
             io::FormatScore(lsh_threshold) + "); " + std::to_string(candidates.size()) +
             " candidate pairs, " + std::to_string(accepted.size()) + " near-duplicate pairs, " +
             std::to_string(clusters) + " clusters; " + io::FormatScore(seconds) +
             " s; peak memory " + Mib(PeakRssBytes()) + " (index " + Mib(index_bytes) +
             ", spilled to disk " + Mib(spill.size()) + ")",
         common.quiet);
  return status;
}

}  // namespace precis::cli
