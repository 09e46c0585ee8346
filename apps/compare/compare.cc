#include "compare/compare.h"

#include <cmath>
#include <optional>
#include <ostream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/number_options.h"
#include "common/records.h"
#include "common/shingle_options.h"
#include "compare/compare_html.h"
#include "compare/compare_inputs.h"
#include "compare/compare_records.h"
#include "precis/overlap/comparer.h"
#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-compare",
    .synopsis = "[OPTIONS] A B | QUERY FILE... | --jsonl [--pairs PAIRS] [FILE...]",
    .summary = "How much of A is in B, and which passages: shingle overlap of news texts.",
    .details =
        "Compares A with B (either may be - for stdin), or QUERY with each FILE (one record\n"
        "per pair). With --jsonl, reads {\"id\", \"text\"} records and compares the first\n"
        "with each other one, or with --pairs, the id pairs listed in PAIRS (one pair a\n"
        "line: ID_A<TAB>ID_B; '#' lines and blank lines skipped).\n"
        "Texts are cut into shingles of k normalized words (case-folded, stemmed); the\n"
        "scores are exact: containment of A in B = shared / shingles of A (the headline\n"
        "figure: how much of A is in B), of B in A, and Jaccard = shared / union.\n"
        "Passages are runs of shared shingles (small edits bridged), with byte offsets\n"
        "[start, end) in A and in B. Sentence coverage: for each sentence of A, the share\n"
        "of the shingles touching it that B also has. A text shorter than k words is one\n"
        "short shingle, equal only to the same short text.\n"
        "Output, one record per pair:\n"
        "  text   scores, passages quoted with offsets, sentences of A mostly in B\n"
        "  tsv    a, b, containment_a, containment_b, jaccard, shared, shingles_a,\n"
        "         shingles_b, passages, passage_coverage_a, passage_coverage_b\n"
        "         [, estimate_jaccard, estimate_stderr]  (--header names them)\n"
        "  jsonl  {\"a\", \"b\", \"containment_a\", \"containment_b\", \"jaccard\", \"shared\",\n"
        "         \"shingles_a\", \"shingles_b\", \"passage_coverage_a\", \"passage_coverage_b\",\n"
        "         \"short_text\", [\"estimate\"], \"passages\":\n"
        "         [{\"a_start\", \"a_end\", \"b_start\", \"b_end\", \"shingles\", \"a_text\",\n"
        "         \"b_text\"}], \"sentences\": [{\"start\", \"end\", \"shingles\", \"shared\",\n"
        "         \"coverage\"}]}; a pair that cannot be compared: {\"a\", \"b\", \"error\"}\n"
        "  html   one self-contained page to read: scores in words, A and B side by side\n"
        "         with shared passages highlighted and linked, the passage list; one\n"
        "         section per pair (precis-compare --format html A B > report.html)\n"
        "With --no-passages, tsv leaves passages and passage_coverage_a/b empty and jsonl\n"
        "writes them null (not measured), not 0.\n"
        "Predicates (--min-jaccard, --min-containment) make it a filter with grep's\n"
        "contract: only pairs meeting every given bound are written; exit 0 when at least\n"
        "one pair met them, 1 when none did, 2 on any error. With -q they write nothing,\n"
        "like grep -q: only the exit status tells, and the first pair meeting them ends\n"
        "the run.",
    .example = "precis-compare --min-containment 0.5 -q draft.txt wire.txt && echo reused",
    .has_predicates = true,
};

struct CompareFlags {
  ShingleFlags shingles;  // with --estimate's MinHash flags
  std::optional<std::uint32_t> max_gap;
  std::optional<std::uint32_t> min_passage;
  bool all_alignments = false;
  bool no_passages = false;
  bool no_coverage = false;
  bool estimate = false;
  std::string ignore_common;
  double common_share = overlap::CommonFilterOptions{}.common_share;
  std::string pairs;
  bool header = false;
  std::optional<double> min_jaccard;
  std::optional<double> min_containment;
};

void AddCompareOptions(po::options_description& options, CompareFlags& flags) {
  // Word or character 5-shingles (docs/compare.md); no --no-stem: the
  // comparer always stems.
  AddShingleOptions(options, flags.shingles,
                    {.default_size = overlap::kDefaultShingleSize, .stemming = false});
  AddIntegerOption(options, "max-gap", flags.max_gap, {0, 1'000'000},
                   "largest edit bridged inside one passage, in words (default 12) or, with "
                   "--unit char, characters (default 8)");
  AddIntegerOption(options, "min-passage", flags.min_passage, {0, 1'000'000},
                   "shortest passage reported, in words (default 8) or, with --unit char, "
                   "characters (default 10)");
  options.add_options()(
      "all-alignments", po::bool_switch(&flags.all_alignments),
      "list every place in B a region of A matches (default: the longest, with the number of "
      "others as \"alternatives\")");
  options.add_options()("no-passages", po::bool_switch(&flags.no_passages),
                        "do not list passages")(
      "no-coverage", po::bool_switch(&flags.no_coverage), "do not list sentence coverage")(
      "estimate", po::bool_switch(&flags.estimate),
      "add the MinHash estimate of Jaccard and its standard error sqrt(J(1-J)/K)");
  AddMinHashOptions(options, flags.shingles, {.purpose = "for --estimate"});
  options.add_options()(
      "ignore-common", po::value(&flags.ignore_common),
      "boilerplate guard: drop the shingles FILE marks as common: a precis-idf term model "
      "(shingles whose every word is in >= --common-share of its documents), a shingle "
      "model (unit shingle-word-K-SEED), or a phrase list (one phrase a line)");
  AddRealOption(options, "common-share", flags.common_share, {.min = 0, .max = 1, .min_open = true},
                "document share at which an IDF model's term or shingle counts as common");
  options.add_options()(
      "pairs", po::value(&flags.pairs),
      "with --jsonl: file of id pairs to compare, ID_A<TAB>ID_B per line (- for stdin)")(
      "header", po::bool_switch(&flags.header), "tsv: write a header line first");
  AddRealOption(options, "min-jaccard", flags.min_jaccard, {.min = 0, .max = 1},
                "predicate: keep pairs with Jaccard >= X, in [0, 1]");
  AddRealOption(options, "min-containment", flags.min_containment, {.min = 0, .max = 1},
                "predicate: keep pairs with containment of A in B >= X, in [0, 1]");
}

// "5-word shingles": how the texts were cut, in the report's words.
std::string ShingleDescription(const overlap::CompareOptions& options) {
  const bool chars = options.shingles.unit == sketch::ShingleUnit::kChar;
  return std::to_string(options.shingles.size) + (chars ? "-character" : "-word") + " shingles" +
         (options.shingles.keep_stopwords || chars ? "" : " (stopwords dropped)");
}

// One input text, prepared (and signed) on first use.
struct Doc {
  InputItem item;
  std::optional<overlap::PreparedText> prepared;
  std::optional<sketch::Signature> signature;
  bool reported = false;  // its error is on stderr already (--pairs reports on loading)
};

}  // namespace

int RunCompare(std::span<const std::string> args, std::istream& in, std::ostream& out,
               std::ostream& err) {
  CommonOptions common;
  CompareFlags flags;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddFormatOption(options, common, "html", "a page to read");
  options.add_options()("quiet,q", po::bool_switch(&common.quiet),
                        "print no diagnostics on stderr; with --min-jaccard/--min-containment "
                        "also nothing on stdout (grep -q): the exit status tells");
  AddCompareOptions(options, flags);
  AddDeprecatedAliases(options, flags.shingles, kCompareAliases);
  po::variables_map parsed;
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err, &parsed)) {
    return *exit;
  }
  ApplyDeprecatedFlags(flags.shingles, parsed, kHelp.name, common.quiet, err);
  auto usage = [&](const std::string& message) {
    err << kHelp.name << ": " << message << " (try --help)\n";
    return kExitUsage;
  };
  const bool html = common.format == "html";
  // Html pairs are written by the HtmlReport; `format` then only routes errors.
  const std::optional<Format> format = html ? Format::kText : ParseFormat(common.format);
  Result<sketch::ShingleOptions> shingles = MakeShingleOptions(flags.shingles);
  if (!shingles.ok()) return usage(shingles.status().message());
  Result<sketch::MinHashOptions> minhash_options = MakeMinHashOptions(flags.shingles);
  if (!minhash_options.ok()) return usage(minhash_options.status().message());
  if (!flags.pairs.empty() && !common.jsonl) return usage("--pairs needs --jsonl input");
  {
    // stdin can be read once: by one input, or by --pairs.
    std::size_t readers = flags.pairs == "-" ? 1 : 0;
    for (const std::string& input : common.inputs) readers += input == "-" ? 1 : 0;
    if (common.inputs.empty()) ++readers;
    if (readers > 1) return usage("stdin (-) can be read only once");
  }
  if (!common.jsonl && common.inputs.size() < 2) {
    return usage("give two texts to compare (A B), or QUERY FILE...");
  }
  const bool predicate = flags.min_jaccard || flags.min_containment;
  // grep's contract: in predicate mode an error is 2, "no pair met it" is 1.
  const int error_status = predicate ? kExitUsage : kExitDataError;
  SetErrorStatus(out, error_status);  // a failed write too

  overlap::CompareOptions compare_options;
  compare_options.analyzer = {.language = common.language};
  compare_options.shingles = *shingles;
  compare_options.passages = overlap::DefaultPassageOptions(compare_options.shingles.unit);
  if (flags.max_gap) compare_options.passages.max_gap = *flags.max_gap;
  if (flags.min_passage) compare_options.passages.min_units = *flags.min_passage;
  compare_options.passages.all_alignments = flags.all_alignments;
  // grep -q: a predicate with -q writes nothing on stdout, only the exit
  // status tells; then nothing but the scores is worth computing. Without a
  // predicate there is nothing for the status to tell, so -q keeps its
  // meaning in every app: no diagnostics.
  const bool write = !(common.quiet && predicate);
  compare_options.find_passages = !flags.no_passages && write;
  compare_options.cover_sentences = !flags.no_coverage && write;
  Result<overlap::Comparer> comparer = overlap::Comparer::Create(compare_options);
  if (!comparer.ok()) {
    if (comparer.status().code() == ErrorCode::kInvalidArgument) {
      return usage(comparer.status().message());
    }
    Report(err, kHelp.name, comparer.status().message(), false);
    return error_status;
  }
  if (!flags.ignore_common.empty()) {
    Result<overlap::CommonFilter> filter =
        overlap::CommonFilter::Load(flags.ignore_common, compare_options.shingles,
                                    comparer->analyzer(), {.common_share = flags.common_share});
    if (!filter.ok()) {
      if (filter.status().code() == ErrorCode::kInvalidArgument) {
        return usage(filter.status().message());
      }
      Report(err, kHelp.name, "--ignore-common " + filter.status().message(), false);
      return error_status;
    }
    comparer->SetCommonFilter(std::move(filter).value());
  }

  const sketch::MinHashOptions minhash = *minhash_options;
  auto prepare = [&](Doc& doc) -> const overlap::PreparedText& {
    if (!doc.prepared) {
      ReportWarnings(doc.item, kHelp.name, common.quiet, err);
      doc.prepared = comparer->Prepare(doc.item.text);
    }
    return *doc.prepared;
  };
  auto signature = [&](Doc& doc) -> const sketch::Signature& {
    if (!doc.signature) doc.signature = sketch::ComputeSignature(prepare(doc).set, minhash);
    return *doc.signature;
  };

  const RecordOptions record_options{.passages = !flags.no_passages,
                                     .coverage = !flags.no_coverage};
  if (write && *format == Format::kTsv && flags.header) WriteTsvHeader(flags.estimate, out);
  std::optional<HtmlReport> report;
  if (html && write) {
    report.emplace(out, HtmlOptions{.language = common.language,
                                    .passages = !flags.no_passages,
                                    .coverage = !flags.no_coverage,
                                    .shingle_description = ShingleDescription(compare_options)});
  }
  bool any_error = false;
  bool any_met = false;
  bool stop = false;
  // Compares one pair and writes its record; false when it was an error.
  auto compare_pair = [&](Doc* a_doc, Doc* b_doc, std::string_view a_id, std::string_view b_id,
                          Status error) {
    std::string where;
    bool reported = false;
    for (Doc* doc : {a_doc, b_doc}) {
      if (error.ok() && doc != nullptr && !doc->item.error.ok()) {
        error = doc->item.error;
        where = doc->item.Where();
        reported = doc->reported;
      }
    }
    if (!error.ok()) {
      // A bad record without an id had one that could not be read.
      auto known = [](const Doc* doc, std::string_view id) -> std::optional<std::string_view> {
        if (doc != nullptr && !doc->item.error.ok() && doc->item.id.empty()) return std::nullopt;
        return id;
      };
      Report(err, kHelp.name, where + error.message(), common.quiet || reported);
      if (report) {
        report->AddError(known(a_doc, a_id), known(b_doc, b_id), where + error.message());
      } else if (write) {
        WritePairError(known(a_doc, a_id), known(b_doc, b_id), where + error.message(), *format,
                       out);
      }
      any_error = true;
      return false;
    }
    const overlap::PreparedText& a = prepare(*a_doc);
    const overlap::PreparedText& b = prepare(*b_doc);
    const overlap::Comparison comparison = comparer->Compare(a, b);
    const bool met =
        (!flags.min_jaccard || comparison.scores.jaccard >= *flags.min_jaccard) &&
        (!flags.min_containment || comparison.scores.containment_a >= *flags.min_containment);
    any_met = any_met || met;
    if (!met) return true;
    if (!write) {
      stop = true;  // grep -q stops at the first match
      return true;
    }
    PairRecord record{.a_id = a_id, .b_id = b_id, .a = &a, .b = &b, .comparison = &comparison};
    if (flags.estimate) {
      const double j = sketch::EstimateJaccard(signature(*a_doc), signature(*b_doc));
      record.estimate =
          Estimate{.jaccard = j,
                   .standard_error = sketch::StandardError(j, minhash.permutations),
                   .containment_a = sketch::EstimateContainment(j, a.set.size(), b.set.size()),
                   .permutations = minhash.permutations};
    }
    if (report) {
      report->AddPair(record);
    } else {
      WritePairRecord(record, *format, record_options, out);
    }
    return true;
  };

  if (!flags.pairs.empty()) {
    // Pairs may name any record in any order: load them all first.
    // A bad record is reported as it is read, paired or not: none is lost.
    std::vector<InputItem> items;
    ForEachInput(common, in, [&](InputItem& item) {
      const bool bad = !item.error.ok();
      if (bad) {
        Report(err, kHelp.name, item.Where() + item.error.message(), common.quiet);
        any_error = true;
      }
      items.push_back(std::move(item));
      return !(bad && common.fail_fast);
    });
    if (any_error && common.fail_fast) return error_status;
    Result<std::vector<PairRef>> pairs = ReadPairs(flags.pairs, in, items);
    if (!pairs.ok()) {
      Report(err, kHelp.name, pairs.status().message(), false);
      return error_status;
    }
    std::vector<Doc> docs(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      docs[i].item = std::move(items[i]);
      docs[i].reported = !docs[i].item.error.ok();
    }
    for (const PairRef& pair : *pairs) {
      Doc* a = pair.error.ok() ? &docs[pair.a] : nullptr;
      Doc* b = pair.error.ok() ? &docs[pair.b] : nullptr;
      if (!compare_pair(a, b, pair.a_id, pair.b_id, pair.error) && common.fail_fast) break;
      if (stop) break;
    }
  } else {
    // QUERY FILE...: the query stays prepared; every other text is compared
    // as it is read and then dropped, so memory holds two texts at a time.
    Doc query;
    Doc other;
    bool have_query = false;
    std::size_t compared = 0;
    ForEachInput(common, in, [&](InputItem& item) {
      if (!have_query) {
        query.item = std::move(item);
        have_query = true;
        return true;
      }
      other = Doc{};
      other.item = std::move(item);
      ++compared;
      return (compare_pair(&query, &other, query.item.id, other.item.id, Status::Ok()) ||
              !common.fail_fast) &&
             !stop;
    });
    if (compared == 0) {
      Report(err, kHelp.name, "need at least two texts to compare", common.quiet);
      return error_status;
    }
  }
  if (report) report->Finish();
  // grep -q: a match wins over errors met on the way.
  if (common.quiet && predicate && any_met) return kExitOk;
  if (any_error) return error_status;
  if (predicate && !any_met) return kExitDataError;
  return kExitOk;
}

}  // namespace precis::cli
