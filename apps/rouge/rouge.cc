#include "rouge/rouge.h"

#include <algorithm>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/records.h"
#include "precis/io/input_file.h"
#include "precis/io/jsonl.h"
#include "precis/text/decode.h"
#include "rouge/rouge_jsonl.h"
#include "rouge/rouge_options.h"
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
        "Tokens are runs of ASCII letters and digits, lowercased (ROUGE-1.5.5's rule); a\n"
        "text with other letters gets a warning (they are dropped). --tokenize unicode\n"
        "reads any language with ICU words instead (not ROUGE-1.5.5).\n"
        "ROUGE-Lsum is what ROUGE-1.5.5 prints as ROUGE-L for one-sentence-per-line input\n"
        "(summary-level union LCS); ROUGE-L here is the LCS of the whole texts.\n"
        "Scores are printed with 5 decimals, rounded as ROUGE-1.5.5 rounds them (F from\n"
        "the rounded R and P). Output: with --per-doc, each document's scores; then the\n"
        "averages as ROUGE-1.5.5 prints them: the mean of --bootstrap resample means\n"
        "drawn as ROUGE-1.5.5 draws them (documents = eval ids 1..N in input order,\n"
        "sorted as strings), its interval, and beside them the plain mean:\n"
        "  text   '<id> ROUGE-1 R:0.54054 P:0.59701 F:0.56737' per document, then\n"
        "         'ROUGE-1 Average_R: 0.54061 (95%-conf.int. 0.51234 - 0.57001)\n"
        "         plain-mean: 0.54054' lines (one line each), after a\n"
        "         '# precis-rouge: ...' line naming the options and pooling\n"
        "  tsv    a header row, then 'doc' rows and 'average' rows (see the header)\n"
        "  jsonl  {\"type\": \"doc\", \"id\", \"multi_ref\", \"references\", \"scores\":\n"
        "         {\"ROUGE-1\": {\"r\", \"p\", \"f\"}, ...}} per document, then one\n"
        "         {\"type\": \"average\", \"documents\", \"multi_ref\", \"options\",\n"
        "         \"scores\": {\"ROUGE-1\": {\"r\", \"r_low\", \"r_high\", \"r_mean\", ...}}}\n"
        "         (omit it with --no-mean)\n"
        "A bad record (malformed JSON, no references) is reported on stderr and, in jsonl\n"
        "output, as an {\"id\", \"line\", \"error\"} record in its place; exit status 1.\n"
        "A usage error (unknown option, a number out of range) exits with status 2.",
    .example = "precis-rouge --jsonl --stem --per-doc --format jsonl pairs.jsonl | jq .scores",
};

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

constexpr std::string_view kNonAsciiWarning =
    "letters outside ASCII, which ROUGE-1.5.5's tokenizer drops (scored as if absent); "
    "--tokenize unicode reads them";

// Whether any of a document's texts has letters ROUGE-1.5.5 cannot see.
bool AnyLettersOutsideAscii(std::string_view candidate,
                            std::span<const std::string_view> references) {
  if (eval::HasLettersOutsideAscii(candidate)) return true;
  return std::any_of(references.begin(), references.end(), [](std::string_view reference) {
    return eval::HasLettersOutsideAscii(reference);
  });
}

}  // namespace

int RunRouge(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  CommonOptions common;
  RougeFlags flags;
  po::options_description description;
  po::positional_options_description positional;
  AddRougeOptions(description, common, flags);
  positional.add("input", -1);
  AddFormatOption(description, common);
  AddQuietOption(description, common);
  if (auto exit = ParseCommandLine(kHelp, description, positional, args, out, err)) return *exit;

  // Every flag is checked before any input is read.
  const auto usage = [&](std::string_view message) {
    err << kHelp.name << ": " << message << '\n';
    return kExitUsage;
  };
  Result<RougeSettings> settings = RougeSettingsFromFlags(flags, common);
  if (!settings.ok()) return usage(settings.status().message());
  const eval::RougeOptions& options = settings->options;
  const std::optional<Format> format = ParseFormat(common.format);
  if (!common.jsonl && common.inputs.size() < 2) {
    return usage("give a CANDIDATE and at least one REFERENCE file, or --jsonl (try --help)");
  }
  Result<eval::RougeScorer> scorer = eval::RougeScorer::Create(options);
  if (!scorer.ok()) return usage(scorer.status().message() + " (try --help)");
  // ROUGE-1.5.5 cannot see non-ASCII letters; say so rather than score them 0.
  const bool warn_non_ascii = options.tokenizer == eval::RougeTokenizer::kRouge155;

  RougeReport report({.format = *format,
                      .measures = settings->measures,
                      .options = options,
                      .counts = flags.counts,
                      .bootstrap = settings->bootstrap},
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
      if (warn_non_ascii && eval::HasLettersOutsideAscii(texts.back())) {
        Report(err, kHelp.name, item.Where() + std::string(kNonAsciiWarning), common.quiet);
      }
    }
    views.assign(texts.begin() + 1, texts.end());
    if (Status size = CheckLcsSize(options.measures, texts[0], views); !size.ok()) {
      Report(err, kHelp.name, common.inputs[0] + ": " + size.message(), common.quiet);
      return kExitDataError;
    }
    report.Document(common.inputs[0], views.size(), scorer->Score(texts[0], views), flags.per_doc);
    if (!flags.no_mean) report.Averages();
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
      if (Status opened = io::OpenForReading(path, file); !opened.ok()) {
        InputItem item{.id = path, .source = path};
        item.error = opened;
        WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
        status = kExitDataError;
        if (common.fail_fast) break;
        continue;
      }
      stream = &file;
    }
    std::uint64_t line_number = 0;
    std::uint64_t offset = 0;
    while (!stop && io::ReadLine(*stream, line)) {
      InputItem item;
      item.source = path;
      item.line = ++line_number;
      item.line_offset = offset;
      offset += line.size() + 1;
      if (line_number == 1) io::StripByteOrderMark(line);
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
      if (warn_non_ascii && AnyLettersOutsideAscii(record.candidate, views)) {
        Report(err, kHelp.name, item.Where() + std::string(kNonAsciiWarning), common.quiet);
      }
      report.Document(item.id, views.size(), scorer->Score(record.candidate, views), flags.per_doc);
    }
    if (!stop && stream->bad()) {
      // A failed read (EIO, stdin a directory) is no end of input.
      InputItem item{.source = path, .line = line_number + 1, .line_offset = offset};
      item.error = io::LineReadFailure();
      WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
      status = kExitDataError;
      stop = common.fail_fast;
    }
    if (stop) break;
  }
  if (report.documents() == 0 && status == kExitOk) {
    Report(err, kHelp.name, "no documents in the input", common.quiet);
  }
  if (!flags.no_mean && !stop) report.Averages();
  return status;
}

}  // namespace precis::cli
