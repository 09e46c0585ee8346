#include "rouge/rouge.h"

#include <algorithm>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/records.h"
#include "precis/text/decode.h"
#include "rouge/rouge_jsonl.h"
#include "rouge/rouge_report.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-rouge",
    .synopsis = "[OPTIONS] CANDIDATE REFERENCE...  |  --jsonl [FILE...]",
    .summary = "ROUGE-N, ROUGE-L, ROUGE-Lsum and ROUGE-SU4, exactly as ROUGE-1.5.5 scores them.",
    .details =
        "Scores a candidate summary against one or more reference summaries. Inputs:\n"
        "  CANDIDATE REFERENCE...  text files, one sentence per line (one document)\n"
        "  --jsonl [FILE...]       one document per line: {\"id\": ..., \"candidate\": ...,\n"
        "                          \"references\": [...]}; a text holds its sentences\n"
        "                          separated by \"\\n\" (the candidate may also be an array\n"
        "                          of sentences); stdin when no FILE\n"
        "Tokens are runs of ASCII letters and digits, lowercased (ROUGE-1.5.5's rule).\n"
        "ROUGE-Lsum is what ROUGE-1.5.5 prints as ROUGE-L for one-sentence-per-line input\n"
        "(summary-level union LCS); ROUGE-L here is the LCS of the whole texts.\n"
        "Scores are printed with 5 decimals, rounded as ROUGE-1.5.5 rounds them (F from\n"
        "the rounded R and P). Output: with --per-doc, each document's scores; then the\n"
        "mean over documents with a bootstrap confidence interval (fixed seed):\n"
        "  text   '<id> ROUGE-1 R:0.54054 P:0.59701 F:0.56737' per document, then\n"
        "         'ROUGE-1 Average_R: 0.54054 (95%-conf.int. 0.51234 - 0.57001)' lines,\n"
        "         after a '# precis-rouge: ...' line naming the options and pooling\n"
        "  tsv    a header row, then 'doc' rows and 'mean' rows (see the header)\n"
        "  jsonl  {\"type\": \"doc\", \"id\", \"multi_ref\", \"references\", \"scores\":\n"
        "         {\"ROUGE-1\": {\"r\", \"p\", \"f\"}, ...}} per document, then one\n"
        "         {\"type\": \"mean\", \"documents\", \"multi_ref\", \"options\", \"scores\":\n"
        "         {\"ROUGE-1\": {\"r\", \"r_low\", \"r_high\", ...}}} (omit it with --no-mean)\n"
        "A bad record (malformed JSON, no references) is reported on stderr and, in jsonl\n"
        "output, as an {\"id\", \"line\", \"error\"} record in its place; exit status 1.",
    .example = "precis-rouge --jsonl --stem --per-doc --format jsonl pairs.jsonl | jq .scores",
};

struct RougeFlags {
  bool per_doc = false;
  bool no_mean = false;
  bool counts = false;
  std::string multi_ref = "pool";
  std::string measures = "1,2,3,4,L,Lsum,SU4";
  std::uint32_t bootstrap = 1000;
  double confidence = 0.95;
  bool byte_limit_bug = false;
};

// Parses "1,2,L" into measures, in the order given.
std::optional<std::vector<eval::RougeMeasure>> ParseMeasures(std::string_view list) {
  std::vector<eval::RougeMeasure> measures;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view name = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    if (name.empty()) continue;
    const std::optional<eval::RougeMeasure> measure = eval::ParseRougeMeasure(name);
    if (!measure) return std::nullopt;
    if (std::find(measures.begin(), measures.end(), *measure) == measures.end()) {
      measures.push_back(*measure);
    }
  }
  if (measures.empty()) return std::nullopt;
  return measures;
}

// ROUGE-L and ROUGE-Lsum take time quadratic in the text length; past this
// size per text a document is refused with an error rather than left to run
// for minutes. 256 KiB is about 45,000 words, fifty long articles.
constexpr std::size_t kMaxLcsTextBytes = 256 * 1024;

bool WantsLcs(eval::RougeMeasureSet measures) {
  return (measures & (eval::RougeMeasureBit(eval::RougeMeasure::kRougeL) |
                      eval::RougeMeasureBit(eval::RougeMeasure::kRougeLsum))) != 0;
}

// Refuses a document whose texts are too long for the LCS measures.
Status CheckLcsSize(eval::RougeMeasureSet measures, std::string_view candidate,
                    std::span<const std::string_view> references) {
  if (!WantsLcs(measures)) return Status::Ok();
  std::size_t longest = candidate.size();
  for (const std::string_view reference : references) longest = std::max(longest, reference.size());
  if (longest <= kMaxLcsTextBytes) return Status::Ok();
  return InvalidInput(
      "a text of " + std::to_string(longest) + " bytes is too long for ROUGE-L/Lsum (limit " +
      std::to_string(kMaxLcsTextBytes) + " bytes); choose --measures without L and Lsum");
}

}  // namespace

int RunRouge(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  CommonOptions common;
  eval::RougeOptions options;
  RougeFlags flags;
  po::options_description description;
  po::positional_options_description positional;
  description.add_options()(
      "jsonl", po::bool_switch(&common.jsonl),
      "read JSON Lines {\"id\", \"candidate\", \"references\"} documents from FILEs or stdin")(
      "stem", po::bool_switch(&options.stem),
      "stem tokens longer than 3 characters: WordNet exceptions, else Porter (ROUGE-1.5.5 -m)")(
      "remove-stopwords", po::bool_switch(&options.remove_stopwords),
      "delete the SMART stop words before scoring (ROUGE-1.5.5 -s)")(
      "words", po::value(&options.word_limit)->default_value(0),
      "keep the first N words of every candidate and reference (ROUGE-1.5.5 -l); 0 = all")(
      "bytes", po::value(&options.byte_limit)->default_value(0),
      "keep the first N bytes of every candidate and reference (ROUGE-1.5.5 -b); 0 = all")(
      "rouge155-byte-bug", po::bool_switch(&flags.byte_limit_bug),
      "with --bytes, reproduce ROUGE-1.5.5's ROUGE-L bug in ROUGE-Lsum (it truncates the "
      "LCS texts wrongly); default: truncate correctly")(
      "multi-ref", po::value(&flags.multi_ref)->default_value(flags.multi_ref),
      "combine several references: pool (ROUGE-1.5.5 -f A: counts summed), best (-f B: "
      "highest recall), max (highest F), jackknife (leave-one-out mean of pools)")(
      "measures", po::value(&flags.measures)->default_value(flags.measures),
      "comma-separated measures, in output order: 1 2 3 4 L Lsum SU4")(
      "alpha", po::value(&options.alpha)->default_value(options.alpha),
      "F weight in [0, 1] (ROUGE-1.5.5 -p): F = PR / ((1 - alpha) P + alpha R)")(
      "per-doc", po::bool_switch(&flags.per_doc), "print each document's scores")(
      "no-mean", po::bool_switch(&flags.no_mean),
      "do not print the mean (with --per-doc --format jsonl: one output line per input line)")(
      "counts", po::bool_switch(&flags.counts),
      "add per-document hit, model (reference) and peer (candidate) counts")(
      "bootstrap", po::value(&flags.bootstrap)->default_value(flags.bootstrap),
      "bootstrap resamples for the mean's confidence interval (0 = none)")(
      "confidence", po::value(&flags.confidence)->default_value(flags.confidence),
      "confidence level of the interval, in (0, 1)")(
      "fail-fast", po::bool_switch(&common.fail_fast),
      "stop at the first bad input instead of reporting it and going on")(
      "encoding", po::value(&common.encoding)->default_value(common.encoding),
      "encoding of CANDIDATE/REFERENCE files: utf-8 (strict), auto, or an ICU converter name")(
      "input", po::value(&common.inputs)->composing(), "input files");
  positional.add("input", -1);
  AddFormatOption(description, common);
  AddQuietOption(description, common);
  if (auto exit = ParseCommandLine(kHelp, description, positional, args, out, err)) return *exit;

  const auto usage = [&](const std::string& message) {
    err << kHelp.name << ": " << message << " (try --help)\n";
    return kExitUsage;
  };
  const std::optional<Format> format = ParseFormat(common.format);
  const std::optional<eval::MultiReference> mode = eval::ParseMultiReference(flags.multi_ref);
  if (!mode) return usage("unknown --multi-ref '" + flags.multi_ref + "'");
  options.multi_reference = *mode;
  const std::optional<std::vector<eval::RougeMeasure>> measures = ParseMeasures(flags.measures);
  if (!measures) return usage("bad --measures '" + flags.measures + "'");
  options.measures = 0;
  for (const eval::RougeMeasure measure : *measures) options.measures |= RougeMeasureBit(measure);
  options.byte_limit_lsum_bug = flags.byte_limit_bug;
  if (flags.byte_limit_bug && options.byte_limit == 0) {
    return usage("--rouge155-byte-bug needs --bytes");
  }
  if (!(flags.confidence > 0 && flags.confidence < 1))
    return usage("--confidence must be in (0, 1)");
  if (!common.jsonl && common.inputs.size() < 2) {
    return usage("give a CANDIDATE and at least one REFERENCE file, or --jsonl");
  }
  Result<eval::RougeScorer> scorer = eval::RougeScorer::Create(options);
  if (!scorer.ok()) return usage(scorer.status().message());

  RougeReport report({.format = *format,
                      .measures = *measures,
                      .options = options,
                      .counts = flags.counts,
                      .bootstrap = {.samples = flags.bootstrap, .confidence = flags.confidence}},
                     out);
  report.Begin();
  int status = kExitOk;
  std::vector<std::string_view> views;

  if (!common.jsonl) {
    std::vector<std::string> texts;
    for (const std::string& path : common.inputs) {
      InputItem item{.id = path, .source = path};
      std::string bytes;
      item.error = ReadFile(path, in, bytes);
      if (item.error.ok()) {
        Result<text::DecodedText> decoded = text::Decode(bytes, {.encoding = common.encoding});
        if (decoded.ok()) {
          item.warnings = std::move(decoded->warnings);
          texts.push_back(std::move(decoded->text));
        } else {
          item.error = decoded.status();
        }
      }
      if (!item.error.ok()) {
        Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
        return kExitDataError;
      }
      ReportWarnings(item, kHelp.name, common.quiet, err);
    }
    views.assign(texts.begin() + 1, texts.end());
    if (Status size = CheckLcsSize(options.measures, texts[0], views); !size.ok()) {
      Report(err, kHelp.name, common.inputs[0] + ": " + size.message(), common.quiet);
      return kExitDataError;
    }
    report.Document(common.inputs[0], views.size(), scorer->Score(texts[0], views), flags.per_doc);
    if (!flags.no_mean) report.Mean();
    return status;
  }

  RougeRecord record;
  std::vector<std::string> inputs = common.inputs;
  if (inputs.empty()) inputs.push_back("-");
  std::string line;
  bool stop = false;
  for (const std::string& path : inputs) {
    std::ifstream file;
    std::istream* stream = &in;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        InputItem item{.id = path, .source = path};
        item.error = IoError("cannot open (does it exist and is it readable?)");
        WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
        status = kExitDataError;
        if (common.fail_fast) break;
        continue;
      }
      stream = &file;
    }
    std::uint64_t line_number = 0;
    std::uint64_t offset = 0;
    while (!stop && std::getline(*stream, line)) {
      InputItem item;
      item.source = path;
      item.line = ++line_number;
      item.line_offset = offset;
      offset += line.size() + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      item.error = ParseRougeRecord(line, record);
      item.id = record.has_id ? record.id : path + ":" + std::to_string(line_number);
      if (!item.error.ok()) {
        if (!record.has_id) item.id.clear();
        WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
        status = kExitDataError;
        stop = common.fail_fast;
        continue;
      }
      views.assign(record.references.begin(), record.references.end());
      item.error = CheckLcsSize(options.measures, record.candidate, views);
      if (!item.error.ok()) {
        WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
        status = kExitDataError;
        stop = common.fail_fast;
        continue;
      }
      report.Document(item.id, views.size(), scorer->Score(record.candidate, views), flags.per_doc);
    }
    if (stop) break;
  }
  if (report.documents() == 0 && status == kExitOk) {
    Report(err, kHelp.name, "no documents in the input", common.quiet);
  }
  if (!flags.no_mean && !stop) report.Mean();
  return status;
}

}  // namespace precis::cli
