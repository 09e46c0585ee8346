#include "idf/idf.h"

#include <ostream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/number_options.h"
#include "common/records.h"
#include "precis/text/analyzer.h"
#include "precis/tfidf/idf_model.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-idf",
    .synopsis = "[OPTIONS] -o MODEL [FILE...]\n       precis-idf merge [OPTIONS] -o MODEL MODEL...",
    .summary = "Count document frequencies into an IDF model for precis-summarize --idf.",
    .details =
        "Counting: each FILE (or stdin when there is none or FILE is -) is one document, or\n"
        "with --jsonl each {\"id\": ..., \"text\": ...} line is one. Every document is analyzed\n"
        "as precis-summarize does (same --lang, stemming) and each distinct term counted once.\n"
        "merge: adds the counts and document totals of the MODEL files (made with the same\n"
        "settings), so a big corpus can be counted in pieces in parallel.\n"
        "The model (-o) starts with a text header naming the format, version, language,\n"
        "normalization, stemming, hash, unit, document count, min_df and key count, then\n"
        "binary (key, document frequency) entries. It is written to a temporary name and\n"
        "renamed, so a crash never leaves half a model. Models with another version or\n"
        "settings are refused with an error naming the file. Bad inputs are reported on\n"
        "stderr and skipped (exit status 1, the model is still written).",
    .example = "precis-idf --jsonl -o news.idf < corpus.jsonl && precis-summarize --idf news.idf a.txt",
};

int Merge(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
  std::string output;
  std::uint32_t min_df = 1;
  bool quiet = false;
  std::vector<std::string> models;
  po::options_description options;
  po::positional_options_description positional;
  options.add_options()
      ("output,o", po::value(&output), "model file to write (required)")
      ("quiet,q", po::bool_switch(&quiet), "no diagnostics on stderr")
      ("model", po::value(&models)->composing(), "models to merge");
  AddIntegerOption(options, "min-df", min_df, {1, 0xFFFFFFFF},
                   "leave out terms found in fewer documents than this (>= 1)");
  positional.add("model", -1);
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err)) return *exit;
  if (output.empty()) {
    err << kHelp.name << ": merge needs -o MODEL\n";
    return kExitUsage;
  }
  if (models.empty()) {
    err << kHelp.name << ": merge needs at least one MODEL to read\n";
    return kExitUsage;
  }
  Result<tfidf::IdfModel> merged = tfidf::IdfModel::Load(models.front());
  if (!merged.ok()) {
    Report(err, kHelp.name, merged.status().message(), false);
    return kExitDataError;
  }
  for (std::size_t i = 1; i < models.size(); ++i) {
    Result<tfidf::IdfModel> next = tfidf::IdfModel::Load(models[i], merged->settings());
    if (!next.ok()) {
      Report(err, kHelp.name, next.status().message(), false);
      return kExitDataError;
    }
    if (Status status = merged->Merge(*next); !status.ok()) {
      Report(err, kHelp.name, models[i] + ": " + status.message(), false);
      return kExitDataError;
    }
  }
  if (Status status = merged->Save(output, min_df); !status.ok()) {
    Report(err, kHelp.name, status.message(), false);
    return kExitDataError;
  }
  Report(err, kHelp.name,
         "merged " + std::to_string(models.size()) + " models: " +
             std::to_string(merged->document_count()) + " documents into " + output,
         quiet);
  return kExitOk;
}

}  // namespace

int RunIdf(std::span<const std::string> args, std::istream& in, std::ostream& out,
           std::ostream& err) {
  if (!args.empty() && args.front() == "merge") return Merge(args.subspan(1), out, err);

  CommonOptions common;
  std::string output;
  std::uint32_t min_df = 1;
  bool no_stem = false;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  options.add_options()
      ("output,o", po::value(&output), "model file to write (required)")
      ("no-stem", po::bool_switch(&no_stem), "do not stem terms");
  AddIntegerOption(options, "min-df", min_df, {1, 0xFFFFFFFF},
                   "leave out terms found in fewer documents than this (>= 1); keep 1 for "
                   "pieces that will be merged");
  AddQuietOption(options, common);
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err)) return *exit;
  if (output.empty()) {
    err << kHelp.name << ": -o MODEL is required\n";
    return kExitUsage;
  }
  Result<text::Analyzer> analyzer =
      text::Analyzer::Create({.language = common.language, .stem = !no_stem});
  if (!analyzer.ok()) {
    Report(err, kHelp.name, analyzer.status().message(), false);
    return kExitDataError;
  }
  tfidf::IdfModel model({.language = common.language, .stem = !no_stem});
  text::Analysis analysis;
  int status = kExitOk;
  std::uint64_t skipped = 0;
  ForEachInput(common, in, [&](InputItem& item) {
    if (!item.error.ok()) {
      // Errors go to stderr only: stdout carries no records here.
      Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
      status = kExitDataError;
      ++skipped;
      return !common.fail_fast;
    }
    ReportWarnings(item, kHelp.name, common.quiet, err);
    analyzer->Analyze(item.text, analysis);
    model.Add(analysis);
    return true;
  });
  if (status != kExitOk && common.fail_fast) return status;
  if (Status saved = model.Save(output, min_df); !saved.ok()) {
    Report(err, kHelp.name, saved.message(), false);
    return kExitDataError;
  }
  std::string summary = "counted " + std::to_string(model.document_count()) + " documents into " +
                        output;
  if (skipped > 0) summary += " (" + std::to_string(skipped) + " bad inputs skipped)";
  Report(err, kHelp.name, summary, common.quiet);
  return status;
}

}  // namespace precis::cli
