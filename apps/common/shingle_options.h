// The shingle and MinHash flags every app that shingles text shares (compare,
// sketch, dedup, search), so they are spelled, defaulted and range-checked one
// way everywhere:
//
//   -k, --shingle-size N   units per shingle (1..sketch::kMaxShingleSize)
//   --unit word|char       shingle unit
//   --drop-stopwords       skip stopwords before shingling
//   --keep-furniture       shingle a scraped page's menu and footer too
//   --no-stem              do not stem words            (apps with stemming)
//   --shingle-seed S       seed of the shingle hash
//   -K, --permutations N   MinHash slots (sketch::kPermutationRange)
//   --method oph|kh        MinHash method               (apps that sketch)
//   --minhash-seed S       MinHash seed
//
// Older spellings stay as hidden aliases (AddDeprecatedAliases): they still
// work, and ApplyDeprecatedFlags prints one line on stderr naming the new one.
//
//   ShingleFlags flags;
//   AddShingleOptions(options, flags, {.default_size = 3});
//   AddMinHashOptions(options, flags, {});
//   AddDeprecatedAliases(options, flags, kSketchAliases);
//   ... ParseCommandLine ...
//   ApplyDeprecatedFlags(flags, parsed, kHelp.name, common.quiet, err);
//   Result<sketch::SketchParams> params = MakeSketchParams(flags, common);
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/cli.h"
#include "precis/core/status.h"
#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"
#include "precis/sketch/signature_format.h"

namespace precis::cli {

struct ShingleFlags {
  std::uint32_t shingle_size =
      sketch::ShingleOptions{}.size;  // AddShingleOptions sets the app's default
  std::string unit = "word";
  bool drop_stopwords = false;
  bool keep_furniture = false;
  bool no_stem = false;
  std::uint64_t shingle_seed = sketch::ShingleOptions{}.seed;
  std::uint32_t permutations = sketch::MinHashOptions{}.permutations;
  std::string method = std::string(sketch::MethodName(sketch::MinHashOptions{}.method));
  std::uint64_t minhash_seed = sketch::MinHashOptions{}.seed;
  // Values given under deprecated spellings, applied by ApplyDeprecatedFlags
  // (after parsing, so the new spelling's default cannot overwrite them).
  struct Deprecated {
    std::string label;  // "--seed"
    int target;         // DeprecatedAlias::Target
    std::uint64_t value;
  };
  std::vector<Deprecated> deprecated;
};

struct ShingleFlagSpec {
  // The app's default --shingle-size.
  std::uint32_t default_size = sketch::ShingleOptions{}.size;
  // Adds --no-stem.
  bool stemming = true;
  // Adds --unit, --drop-stopwords and --keep-furniture (an app that shingles
  // analyzed words with their stopwords and without furniture only, as
  // precis-search, leaves them out).
  bool unit_choice = true;
};

// Adds --shingle-size (-k), [--unit, --drop-stopwords, --keep-furniture],
// [--no-stem] and --shingle-seed.
void AddShingleOptions(boost::program_options::options_description& options, ShingleFlags& flags,
                       const ShingleFlagSpec& spec);

struct MinHashFlagSpec {
  // Says what the signature is for, in --permutations' help ("" for
  // "MinHash slots per signature").
  const char* purpose = "";
  // Adds --method.
  bool method = true;
};

// Adds --permutations (-K), [--method] and --minhash-seed.
void AddMinHashOptions(boost::program_options::options_description& options, ShingleFlags& flags,
                       const MinHashFlagSpec& spec);

// An old spelling of a shared flag.
struct DeprecatedAlias {
  const char* old_name;  // "seed"
  enum class Target { kShingleSize, kShingleSeed, kPermutations, kMinHashSeed } target;
};
// precis-sketch and precis-dedup once said --seed for the MinHash seed.
inline constexpr DeprecatedAlias kSketchAliases[] = {
    {"seed", DeprecatedAlias::Target::kMinHashSeed}};
// precis-compare once said --shingle, --seed (the shingle seed) and --perms.
inline constexpr DeprecatedAlias kCompareAliases[] = {
    {"shingle", DeprecatedAlias::Target::kShingleSize},
    {"seed", DeprecatedAlias::Target::kShingleSeed},
    {"perms", DeprecatedAlias::Target::kPermutations}};

// Adds each alias as a hidden option (no help text, so --help, the man
// pages and completion leave it out), range-checked like the flag it stands
// for under its own name.
void AddDeprecatedAliases(boost::program_options::options_description& options, ShingleFlags& flags,
                          std::span<const DeprecatedAlias> aliases);

// After parsing: gives each flag the value of its deprecated spelling, unless
// the new spelling was given too (it wins), and prints one line per
// deprecated spelling used, "<app>: --seed is deprecated; use --minhash-seed",
// unless quiet.
void ApplyDeprecatedFlags(ShingleFlags& flags, const boost::program_options::variables_map& parsed,
                          std::string_view app, bool quiet, std::ostream& err);

// The shingle options the flags ask for; kInvalidArgument "unknown --unit 'x'
// (word or char)" for a bad unit.
Result<sketch::ShingleOptions> MakeShingleOptions(const ShingleFlags& flags);
// The MinHash options the flags ask for; kInvalidArgument for a bad --method.
Result<sketch::MinHashOptions> MakeMinHashOptions(const ShingleFlags& flags);
// Both, with the analyzer's language (--lang) and stemming: what a signature
// stream's header records.
Result<sketch::SketchParams> MakeSketchParams(const ShingleFlags& flags,
                                              const CommonOptions& common);

// `base` (a signature stream's parameters) with each field whose option the
// command line gave explicitly (not defaulted; a deprecated spelling counts)
// taken from `flagged` (MakeSketchParams of the flags): what a run reading
// signatures must find in every stream, so that an option given with them is
// held to the stream (CheckSameParams names the first that differs) rather
// than silently ignored.
sketch::SketchParams WithGivenFlags(sketch::SketchParams base, const sketch::SketchParams& flagged,
                                    const ShingleFlags& flags,
                                    const boost::program_options::variables_map& parsed);

}  // namespace precis::cli
