#include "rouge/rouge_options.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <string_view>

namespace po = boost::program_options;

namespace precis::cli {
namespace {

// An integer option in [low, high]: the whole text must be a decimal number.
Status ParseInteger(std::string_view flag, const std::string& text, std::uint64_t low,
                    std::uint64_t high, std::uint64_t& value) {
  std::int64_t parsed = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, parsed);
  if (error != std::errc() || stop != end || parsed < 0 ||
      static_cast<std::uint64_t>(parsed) < low || static_cast<std::uint64_t>(parsed) > high) {
    return InvalidArgument("--" + std::string(flag) + " must be an integer in " +
                           std::to_string(low) + ".." + std::to_string(high) + " (got " + text +
                           ")");
  }
  value = static_cast<std::uint64_t>(parsed);
  return Status::Ok();
}

// A real option within `range` ("[0, 1]"), checked by `in_range`; NaN fails.
template <typename InRange>
Status ParseReal(std::string_view flag, const std::string& text, std::string_view range,
                 InRange in_range, double& value) {
  double parsed = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, parsed);
  if (error != std::errc() || stop != end || !in_range(parsed)) {
    return InvalidArgument("--" + std::string(flag) + " must be a number in " + std::string(range) +
                           " (got " + text + ")");
  }
  value = parsed;
  return Status::Ok();
}

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

// A default as the user would type it: 0.5, 0.95.
std::string ShortNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

void AddRougeOptions(po::options_description& description, CommonOptions& common,
                     RougeFlags& flags) {
  const eval::RougeOptions library;
  const eval::BootstrapOptions bootstrap;
  flags.multi_ref = eval::MultiReferenceName(library.multi_reference);
  flags.tokenize = eval::RougeTokenizerName(library.tokenizer);
  flags.words = std::to_string(library.word_limit);
  flags.bytes = std::to_string(library.byte_limit);
  flags.alpha = ShortNumber(library.alpha);
  flags.bootstrap = std::to_string(bootstrap.samples);
  flags.confidence = ShortNumber(bootstrap.confidence);
  const std::string limit_range = "0.." + std::to_string(kMaxLimit);
  description.add_options()(
      "jsonl", po::bool_switch(&common.jsonl),
      "read JSON Lines {\"id\", \"candidate\", \"references\"} documents from FILEs or stdin")(
      "tokenize", po::value(&flags.tokenize)->default_value(flags.tokenize),
      "rouge155: ROUGE-1.5.5's tokens, runs of ASCII letters and digits (other letters are "
      "dropped, with a warning); unicode: ICU words, case-folded, for any language (not "
      "ROUGE-1.5.5)")(
      "lang", po::value(&common.language)->default_value(common.language),
      "with --tokenize unicode, the language of --stem (Snowball) and --remove-stopwords "
      "(ISO 639-1: en, de, fr, es, it, pt, nl, ru, sv, zh, ja, ...)")(
      "stem", po::bool_switch(&flags.stem),
      "stem tokens longer than 3 characters: WordNet exceptions, else Porter (ROUGE-1.5.5 -m); "
      "with --tokenize unicode, every word with Snowball for --lang")(
      "remove-stopwords", po::bool_switch(&flags.remove_stopwords),
      "delete the SMART stop words before scoring (ROUGE-1.5.5 -s); with --tokenize unicode, "
      "the stop list of --lang")(
      "words", po::value(&flags.words)->default_value(flags.words),
      ("keep the first N words of every candidate and reference (ROUGE-1.5.5 -l), N in " +
       limit_range + "; 0 = all")
          .c_str())(
      "bytes", po::value(&flags.bytes)->default_value(flags.bytes),
      ("keep the first N bytes of every candidate and reference (ROUGE-1.5.5 -b), N in " +
       limit_range + "; 0 = all")
          .c_str())(
      "rouge155-byte-bug", po::bool_switch(&flags.byte_limit_bug),
      "with --bytes, reproduce ROUGE-1.5.5's ROUGE-L bug in ROUGE-Lsum (it truncates the "
      "LCS texts wrongly); default: truncate correctly")(
      "multi-ref", po::value(&flags.multi_ref)->default_value(flags.multi_ref),
      "combine several references: pool (ROUGE-1.5.5 -f A: counts summed), best (-f B: "
      "highest recall), max (highest F), jackknife (leave-one-out mean of pools)")(
      "measures", po::value(&flags.measures)->default_value(flags.measures),
      "comma-separated measures, in output order: 1 2 3 4 L Lsum SU4")(
      "alpha", po::value(&flags.alpha)->default_value(flags.alpha),
      "F weight in [0, 1] (ROUGE-1.5.5 -p): F = PR / ((1 - alpha) P + alpha R)")(
      "per-doc", po::bool_switch(&flags.per_doc), "print each document's scores")(
      "no-mean", po::bool_switch(&flags.no_mean),
      "do not print the corpus averages (with --per-doc --format jsonl: one output line per "
      "input line)")("counts", po::bool_switch(&flags.counts),
                     "add per-document hit, model (reference) and peer (candidate) counts")(
      "bootstrap", po::value(&flags.bootstrap)->default_value(flags.bootstrap),
      ("bootstrap resamples behind the averages and their confidence interval, as "
       "ROUGE-1.5.5 -r draws them, in 0.." +
       std::to_string(kMaxBootstrap) + " (0 = the plain mean, no interval)")
          .c_str())("confidence", po::value(&flags.confidence)->default_value(flags.confidence),
                    "confidence level of the interval, in (0, 1) (ROUGE-1.5.5 -c 95 = 0.95)")(
      "fail-fast", po::bool_switch(&common.fail_fast),
      "stop at the first bad input instead of reporting it and going on")(
      "encoding", po::value(&common.encoding)->default_value(common.encoding),
      "encoding of CANDIDATE/REFERENCE files: utf-8 (strict), auto, or an ICU converter name")(
      "input", po::value(&common.inputs)->composing(), "input files");
}

Result<RougeSettings> RougeSettingsFromFlags(const RougeFlags& flags, const CommonOptions& common) {
  RougeSettings settings;
  eval::RougeOptions& options = settings.options;
  std::uint64_t number = 0;
  if (Status s = ParseInteger("words", flags.words, 0, kMaxLimit, number); !s.ok()) return s;
  options.word_limit = static_cast<std::uint32_t>(number);
  if (Status s = ParseInteger("bytes", flags.bytes, 0, kMaxLimit, number); !s.ok()) return s;
  options.byte_limit = static_cast<std::uint32_t>(number);
  if (Status s = ParseInteger("bootstrap", flags.bootstrap, 0, kMaxBootstrap, number); !s.ok()) {
    return s;
  }
  settings.bootstrap.samples = static_cast<std::uint32_t>(number);
  const auto unit = [](double x) { return x >= 0 && x <= 1; };
  if (Status s = ParseReal("alpha", flags.alpha, "[0, 1]", unit, options.alpha); !s.ok()) {
    return s;
  }
  const auto open_unit = [](double x) { return x > 0 && x < 1; };
  if (Status s = ParseReal("confidence", flags.confidence, "(0, 1), e.g. 0.95", open_unit,
                           settings.bootstrap.confidence);
      !s.ok()) {
    return s;
  }
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
