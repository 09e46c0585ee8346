#include "rouge/rouge_options.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "common/number_options.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

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

constexpr std::uint64_t kMaxLimit = std::numeric_limits<std::uint32_t>::max();

}  // namespace

void AddRougeOptions(po::options_description& description, CommonOptions& common,
                     RougeFlags& flags) {
  const eval::RougeOptions library;
  const eval::BootstrapOptions bootstrap;
  flags.multi_ref = eval::MultiReferenceName(library.multi_reference);
  flags.tokenize = eval::RougeTokenizerName(library.tokenizer);
  flags.words = library.word_limit;
  flags.bytes = library.byte_limit;
  flags.alpha = library.alpha;
  flags.bootstrap = bootstrap.samples;
  flags.confidence = bootstrap.confidence;
  description.add_options()(
      "jsonl", po::bool_switch(&common.jsonl),
      "read JSON Lines {\"id\", \"candidate\", \"references\"} documents from FILEs or stdin")(
      "tokenize", po::value(&flags.tokenize)->default_value(flags.tokenize),
      "rouge155: ROUGE-1.5.5's tokens, runs of ASCII letters and digits (other letters are "
      "dropped, with a warning); unicode: ICU words, case-folded, for any language (not "
      "ROUGE-1.5.5)")(
      "lang", LanguageValue(common.language),
      "with --tokenize unicode, the language of --stem (Snowball) and --remove-stopwords "
      "(ISO 639-1: en, de, fr, es, it, pt, nl, ru, sv, zh, ja, ...)")(
      "stem", po::bool_switch(&flags.stem),
      "stem tokens longer than 3 characters: WordNet exceptions, else Porter (ROUGE-1.5.5 -m); "
      "with --tokenize unicode, every word with Snowball for --lang")(
      "remove-stopwords", po::bool_switch(&flags.remove_stopwords),
      "delete the SMART stop words before scoring (ROUGE-1.5.5 -s); with --tokenize unicode, "
      "the stop list of --lang");
  AddIntegerOption(description, "words", flags.words, {0, kMaxLimit},
                   "keep the first N words of every candidate and reference (ROUGE-1.5.5 -l); "
                   "0 = all");
  AddIntegerOption(description, "bytes", flags.bytes, {0, kMaxLimit},
                   "keep the first N bytes of every candidate and reference (ROUGE-1.5.5 -b); "
                   "0 = all");
  description.add_options()(
      "rouge155-byte-bug", po::bool_switch(&flags.byte_limit_bug),
      "with --bytes, reproduce ROUGE-1.5.5's ROUGE-L bug in ROUGE-Lsum (it truncates the "
      "LCS texts wrongly); default: truncate correctly")(
      "multi-ref", po::value(&flags.multi_ref)->default_value(flags.multi_ref),
      "combine several references: pool (ROUGE-1.5.5 -f A: counts summed), best (-f B: "
      "highest recall), max (highest F), jackknife (leave-one-out mean of pools)")(
      "measures", po::value(&flags.measures)->default_value(flags.measures),
      "comma-separated measures, in output order: 1 2 3 4 L Lsum SU4");
  AddRealOption(description, "alpha", flags.alpha, {.min = 0, .max = 1},
                "F weight in [0, 1] (ROUGE-1.5.5 -p): F = PR / ((1 - alpha) P + alpha R)");
  description.add_options()(
      "per-doc", po::bool_switch(&flags.per_doc), "print each document's scores")(
      "no-mean", po::bool_switch(&flags.no_mean),
      "do not print the corpus averages (with --per-doc --format jsonl: one output line per "
      "input line)")("counts", po::bool_switch(&flags.counts),
                     "add per-document hit, model (reference) and peer (candidate) counts");
  AddIntegerOption(description, "bootstrap", flags.bootstrap, {0, kMaxBootstrap},
                   "bootstrap resamples behind the averages and their confidence interval, as "
                   "ROUGE-1.5.5 -r draws them (0 = the plain mean, no interval)");
  AddRealOption(description, "confidence", flags.confidence,
                {.min = 0, .max = 1, .min_open = true, .max_open = true},
                "confidence level of the interval, in (0, 1) (ROUGE-1.5.5 -c 95 = 0.95)");
  description.add_options()(
      "fail-fast", po::bool_switch(&common.fail_fast),
      "stop at the first bad input instead of reporting it and going on")(
      "encoding", EncodingValue(common.encoding),
      "encoding of CANDIDATE/REFERENCE files: utf-8 (strict), auto, or an ICU converter name")(
      "input", po::value(&common.inputs)->composing(), "input files");
}

Result<RougeSettings> RougeSettingsFromFlags(const RougeFlags& flags, const CommonOptions& common) {
  RougeSettings settings;
  eval::RougeOptions& options = settings.options;
  options.word_limit = flags.words;
  options.byte_limit = flags.bytes;
  options.alpha = flags.alpha;
  settings.bootstrap.samples = flags.bootstrap;
  settings.bootstrap.confidence = flags.confidence;
  const std::optional<eval::RougeTokenizer> tokenizer = eval::ParseRougeTokenizer(flags.tokenize);
  if (!tokenizer) {
    return InvalidArgument("unknown --tokenize '" + flags.tokenize +
                           "' (rouge155 or unicode) (try --help)");
  }
  options.tokenizer = *tokenizer;
  options.language = common.language;
  options.stem = flags.stem;
  options.remove_stopwords = flags.remove_stopwords;
  const std::optional<eval::MultiReference> mode = eval::ParseMultiReference(flags.multi_ref);
  if (!mode) return InvalidArgument("unknown --multi-ref '" + flags.multi_ref + "' (try --help)");
  options.multi_reference = *mode;
  const std::optional<std::vector<eval::RougeMeasure>> measures = ParseMeasures(flags.measures);
  if (!measures) return InvalidArgument("bad --measures '" + flags.measures + "' (try --help)");
  settings.measures = *measures;
  options.measures = 0;
  for (const eval::RougeMeasure measure : *measures) options.measures |= RougeMeasureBit(measure);
  options.byte_limit_lsum_bug = flags.byte_limit_bug;
  if (flags.byte_limit_bug && options.byte_limit == 0) {
    return InvalidArgument("--rouge155-byte-bug needs --bytes (try --help)");
  }
  if (options.word_limit > 0 && options.byte_limit > 0) {
    return InvalidArgument("give --words or --bytes, not both (try --help)");
  }
  return settings;
}

}  // namespace precis::cli
