#include "common/shingle_options.h"

#include <algorithm>
#include <ostream>

#include "common/number_options.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr IntegerRange kShingleSizeRange = {1, sketch::kMaxShingleSize};
constexpr IntegerRange kPermutationRange = {sketch::kPermutationRange.min,
                                            sketch::kPermutationRange.max};
constexpr IntegerRange kSeedRange = {};  // any 64-bit value

std::string RangeText(IntegerRange range) {
  return std::to_string(range.min) + "-" + std::to_string(range.max);
}

struct AliasTarget {
  const char* option;  // the new spelling
  IntegerRange range;
};

AliasTarget TargetOf(DeprecatedAlias::Target target) {
  switch (target) {
    case DeprecatedAlias::Target::kShingleSize:
      return {"shingle-size", kShingleSizeRange};
    case DeprecatedAlias::Target::kShingleSeed:
      return {"shingle-seed", kSeedRange};
    case DeprecatedAlias::Target::kPermutations:
      return {"permutations", kPermutationRange};
    case DeprecatedAlias::Target::kMinHashSeed:
      break;
  }
  return {"minhash-seed", kSeedRange};
}

}  // namespace

void AddShingleOptions(po::options_description& options, ShingleFlags& flags,
                       const ShingleFlagSpec& spec) {
  flags.shingle_size = spec.default_size;
  const std::string size_help = "units per shingle (" + RangeText(kShingleSizeRange) + ")";
  // clang-format off
  options.add_options()
      ("shingle-size,k", IntegerValue("--shingle-size", flags.shingle_size, kShingleSizeRange),
       size_help.c_str());
  if (spec.unit_choice) {
    options.add_options()
        ("unit", po::value(&flags.unit)->default_value(flags.unit),
         "shingle unit: word (analyzer terms) or char (code points, for zh, ja, th)")
        ("drop-stopwords", po::bool_switch(&flags.drop_stopwords),
         "skip stopwords before shingling (default: keep them; they carry the phrasing)")
        ("keep-furniture", po::bool_switch(&flags.keep_furniture),
         "shingle a scraped page's furniture too (default: word shingles wholly inside menu, "
         "label and footer lines such as \"Home | News | Sport\", \"Share this article\", a "
         "cookie or copyright line are left out)");
  }
  if (spec.stemming) {
    options.add_options()("no-stem", po::bool_switch(&flags.no_stem), "do not stem words");
  }
  options.add_options()
      ("shingle-seed", IntegerValue("--shingle-seed", flags.shingle_seed, kSeedRange),
       "seed of the shingle hash (0-18446744073709551615)");
  // clang-format on
}

void AddMinHashOptions(po::options_description& options, ShingleFlags& flags,
                       const MinHashFlagSpec& spec) {
  const std::string slots_help =
      "MinHash slots per signature (" + RangeText(kPermutationRange) + ")";
  const std::string help = *spec.purpose == '\0' ? slots_help
                                                 : "MinHash slots " + std::string(spec.purpose) +
                                                       " (" + RangeText(kPermutationRange) + ")";
  // Boost keeps the description it is given by value.
  options.add_options()("permutations,K",
                        IntegerValue("--permutations", flags.permutations, kPermutationRange),
                        help.c_str());
  if (spec.method) {
    options.add_options()("method", po::value(&flags.method)->default_value(flags.method),
                          "MinHash method: oph (one permutation + densification) or kh (K hashes)");
  }
  options.add_options()("minhash-seed",
                        IntegerValue("--minhash-seed", flags.minhash_seed, kSeedRange),
                        "MinHash seed (0-18446744073709551615)");
}

void AddDeprecatedAliases(po::options_description& options, ShingleFlags& flags,
                          std::span<const DeprecatedAlias> aliases) {
  for (const DeprecatedAlias& alias : aliases) {
    const std::string label = "--" + std::string(alias.old_name);
    const IntegerRange range = TargetOf(alias.target).range;
    const int target = static_cast<int>(alias.target);
    auto* value =
        po::value<std::string>()->notifier([&flags, label, range, target](const std::string& text) {
          std::string error;
          const std::optional<std::uint64_t> parsed = ParseInteger(text, range, error);
          if (!parsed) throw po::error(label + ' ' + error);
          flags.deprecated.push_back({label, target, *parsed});
        });
    // No description: ParseCommandLine leaves it out of --help.
    options.add_options()(alias.old_name, value, "");
  }
}

void ApplyDeprecatedFlags(ShingleFlags& flags, const po::variables_map& parsed,
                          std::string_view app, bool quiet, std::ostream& err) {
  using Target = DeprecatedAlias::Target;
  // Notes in a fixed order, not the parser's alphabetical one.
  std::stable_sort(flags.deprecated.begin(), flags.deprecated.end(),
                   [](const auto& a, const auto& b) { return a.target < b.target; });
  for (const ShingleFlags::Deprecated& given : flags.deprecated) {
    const AliasTarget target = TargetOf(static_cast<Target>(given.target));
    Report(err, app, given.label + " is deprecated; use --" + std::string(target.option), quiet);
    const auto found = parsed.find(target.option);
    if (found != parsed.end() && !found->second.defaulted()) continue;
    switch (static_cast<Target>(given.target)) {
      case Target::kShingleSize:
        flags.shingle_size = static_cast<std::uint32_t>(given.value);
        break;
      case Target::kShingleSeed:
        flags.shingle_seed = given.value;
        break;
      case Target::kPermutations:
        flags.permutations = static_cast<std::uint32_t>(given.value);
        break;
      case Target::kMinHashSeed:
        flags.minhash_seed = given.value;
        break;
    }
  }
}

Result<sketch::ShingleOptions> MakeShingleOptions(const ShingleFlags& flags) {
  sketch::ShingleOptions shingles;
  shingles.size = flags.shingle_size;
  if (flags.unit == "word") {
    shingles.unit = sketch::ShingleUnit::kWord;
  } else if (flags.unit == "char") {
    shingles.unit = sketch::ShingleUnit::kChar;
  } else {
    return InvalidArgument("unknown --unit '" + flags.unit + "' (word or char)");
  }
  shingles.keep_stopwords = !flags.drop_stopwords;
  shingles.skip_furniture = !flags.keep_furniture;
  shingles.seed = flags.shingle_seed;
  if (Status status = sketch::ValidateShingleOptions(shingles); !status.ok()) {
    return InvalidArgument("bad --shingle-size: " + status.message());
  }
  return shingles;
}

Result<sketch::MinHashOptions> MakeMinHashOptions(const ShingleFlags& flags) {
  sketch::MinHashOptions minhash;
  if (!sketch::kPermutationRange.Contains(flags.permutations)) {
    return InvalidArgument("--permutations must be an integer in " +
                           std::to_string(sketch::kPermutationRange.min) + ".." +
                           std::to_string(sketch::kPermutationRange.max));
  }
  minhash.permutations = flags.permutations;
  if (!sketch::ParseMethod(flags.method, minhash.method)) {
    return InvalidArgument("unknown --method '" + flags.method + "' (oph or kh)");
  }
  minhash.seed = flags.minhash_seed;
  return minhash;
}

Result<sketch::SketchParams> MakeSketchParams(const ShingleFlags& flags,
                                              const CommonOptions& common) {
  sketch::SketchParams params;
  Result<sketch::ShingleOptions> shingles = MakeShingleOptions(flags);
  if (!shingles.ok()) return shingles.status();
  params.shingles = *shingles;
  Result<sketch::MinHashOptions> minhash = MakeMinHashOptions(flags);
  if (!minhash.ok()) return minhash.status();
  params.minhash = *minhash;
  params.language = common.language;
  params.stem = !flags.no_stem;
  return params;
}

sketch::SketchParams WithGivenFlags(sketch::SketchParams base, const sketch::SketchParams& flagged,
                                    const ShingleFlags& flags, const po::variables_map& parsed) {
  auto given = [&](const char* option) {
    const auto found = parsed.find(option);
    return found != parsed.end() && !found->second.defaulted();
  };
  auto given_deprecated = [&](DeprecatedAlias::Target target) {
    return std::any_of(flags.deprecated.begin(), flags.deprecated.end(),
                       [&](const auto& d) { return d.target == static_cast<int>(target); });
  };
  using Target = DeprecatedAlias::Target;
  if (given("shingle-size") || given_deprecated(Target::kShingleSize)) {
    base.shingles.size = flagged.shingles.size;
  }
  if (given("unit")) base.shingles.unit = flagged.shingles.unit;
  if (given("drop-stopwords")) base.shingles.keep_stopwords = flagged.shingles.keep_stopwords;
  if (given("keep-furniture")) base.shingles.skip_furniture = flagged.shingles.skip_furniture;
  if (given("shingle-seed") || given_deprecated(Target::kShingleSeed)) {
    base.shingles.seed = flagged.shingles.seed;
  }
  if (given("no-stem")) base.stem = flagged.stem;
  if (given("lang")) base.language = flagged.language;
  if (given("permutations") || given_deprecated(Target::kPermutations)) {
    base.minhash.permutations = flagged.minhash.permutations;
  }
  if (given("method")) base.minhash.method = flagged.minhash.method;
  if (given("minhash-seed") || given_deprecated(Target::kMinHashSeed)) {
    base.minhash.seed = flagged.minhash.seed;
  }
  return base;
}

}  // namespace precis::cli
