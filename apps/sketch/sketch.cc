#include "sketch/sketch.h"

#include <ostream>
#include <vector>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/lsh_options.h"
#include "common/number_options.h"
#include "common/records.h"
#include "common/shingle_options.h"
#include "common/sketch_pipeline.h"
#include "common/threads_option.h"
#include "precis/corpus/band_keys.h"
#include "precis/sketch/lsh.h"
#include "precis/sketch/signature_stream.h"
#include "precis/sketch/sketcher.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-sketch",
    .synopsis = "[OPTIONS] [FILE...]",
    .summary = "MinHash signatures of articles, for precis-dedup or a distributed shuffle.",
    .details =
        "Reads each FILE (or stdin when there is none or FILE is -), or with --jsonl one\n"
        "{\"id\": ..., \"text\": ...} article per line. Writes a header line naming the\n"
        "format, version and every parameter:\n"
        "  #precis-signatures  v3  k=3  unit=word  ...  K=128  seed=...  check=...\n"
        "then one line per article, in input order:\n"
        "  id <TAB> distinct shingle count <TAB> K slots as 8 hex digits each <TAB> check\n"
        "(an article without shingles gets slots ffffffff), and last an end line:\n"
        "  #precis-signatures-end  records=N  check=...\n"
        "Every line carries a checksum and the end line counts the records, so a damaged\n"
        "line or a cut stream is noticed; streams of several runs concatenate (cat).\n"
        "precis-dedup --signatures reads them and refuses other parameters.\n"
        "With --emit-bands, writes instead the map side of a distributed dedup, one line\n"
        "per LSH band of every article with shingles and no header:\n"
        "  <params fingerprint>:<band>:<band hash> <TAB> id\n"
        "Sort these lines (or let Hadoop/Spark shuffle on the key), then run\n"
        "precis-dedup --reduce-bands and precis-dedup --components (docs/dedup.md).\n"
        "Bad inputs are reported on stderr (exit status 1); the others are still sketched.",
    .example = "precis-sketch --jsonl news.jsonl > news.sig && precis-dedup --signatures news.sig",
};

}  // namespace

int RunSketch(std::span<const std::string> args, std::istream& in, std::ostream& out,
              std::ostream& err) {
  CommonOptions common;
  ShingleFlags flags;
  unsigned threads_flag = 0;
  LshFlags lsh_flags;
  bool emit_bands = false;
  double threshold = 0.8;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddShingleOptions(options, flags, {});
  AddMinHashOptions(options, flags, {});
  AddThreadsOption(options, threads_flag);
  // clang-format off
  options.add_options()
      ("emit-bands", po::bool_switch(&emit_bands),
       "write LSH band keys (key TAB id) instead of signatures")
      ("threshold", RealValue("--threshold", threshold, {.min = 0, .max = 1, .min_open = true}),
       "with --emit-bands: the Jaccard threshold the banding is chosen for (0-1]");
  // clang-format on
  AddLshOptions(options, lsh_flags);
  AddQuietOption(options, common);
  AddDeprecatedAliases(options, flags, kSketchAliases);
  po::variables_map parsed;
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err, &parsed)) {
    return *exit;
  }
  ApplyDeprecatedFlags(flags, parsed, kHelp.name, common.quiet, err);

  Result<sketch::SketchParams> params = MakeSketchParams(flags, common);
  if (!params.ok()) {
    err << kHelp.name << ": " << params.status().message() << "\n";
    return kExitUsage;
  }
  Result<sketch::LshParams> lsh = MakeLshParams(lsh_flags, threshold, params->minhash.permutations);
  if (!lsh.ok()) {
    err << kHelp.name << ": " << lsh.status().message() << "\n";
    return kExitUsage;
  }
  std::string threads_note;
  const unsigned threads = ResolveThreads(threads_flag, &threads_note);
  if (!threads_note.empty()) Report(err, kHelp.name, threads_note, common.quiet);
  Result<sketch::Sketcher> sketcher = sketch::Sketcher::Create(*params, threads);
  if (!sketcher.ok()) {
    Report(err, kHelp.name, sketcher.status().message(), false);
    return kExitDataError;
  }
  const std::string fingerprint = sketch::ParamsFingerprint(*params);
  sketch::SignatureWriter writer(*params);
  if (!emit_bands) out << writer.Header();

  int status = kExitOk;
  std::string line;
  // Batches are sketched on all threads while the next is read, and written
  // in input order, so output never depends on the thread count.
  SketchPipeline pipeline(
      *sketcher, false, [&](std::vector<InputItem>& items, std::vector<sketch::SketchJob>& jobs) {
        for (std::size_t i = 0; i < items.size(); ++i) {
          const InputItem& item = items[i];
          if (!item.error.ok()) {
            Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
            continue;
          }
          ReportWarnings(item, kHelp.name, common.quiet, err);
          line.clear();
          if (emit_bands) {
            corpus::AppendBandKeyLines(line, fingerprint, jobs[i].signature, *lsh, item.id);
          } else {
            writer.AppendRecord(line, item.id, jobs[i].shingles, jobs[i].signature);
          }
          out << line;
        }
      });
  ForEachInput(common, in, [&](InputItem& item) {
    const bool bad = !item.error.ok();
    if (bad) status = kExitDataError;
    pipeline.Add(std::move(item));
    return !(bad && common.fail_fast);
  });
  pipeline.Finish();
  // Written only once every input is done: a stream without it was cut short.
  if (!emit_bands) out << writer.End();
  return status;
}

}  // namespace precis::cli
