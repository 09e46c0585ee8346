// Command-line flags that choose sketch parameters, shared by precis-sketch
// and precis-dedup so both apps spell and default them the same way.
#pragma once

#include <boost/program_options.hpp>
#include <string>

#include "common/cli.h"
#include "precis/core/status.h"
#include "precis/sketch/lsh.h"
#include "sketch/signature_file.h"

namespace precis::cli {

struct SketchFlags {
  std::uint32_t shingle_size = sketch::ShingleOptions{}.size;
  std::string unit = "word";
  bool drop_stopwords = false;
  bool no_stem = false;
  std::uint32_t permutations = sketch::MinHashOptions{}.permutations;
  std::string method = std::string(sketch::MethodName(sketch::MinHashOptions{}.method));
  std::uint64_t seed = sketch::MinHashOptions{}.seed;
  unsigned threads = 0;  // 0: all cores
};

// Largest -K (and --bands, --rows).
inline constexpr std::uint32_t kMaxPermutations = 4096;
// Largest --threads accepted; above it the value is a usage error.
inline constexpr unsigned kMaxThreadsOption = 1024;
// Workers per core ResolveThreads allows.
inline constexpr unsigned kThreadsPerCore = 4;

// Adds --shingle-size, --unit, --drop-stopwords, --no-stem, --permutations,
// --method, --seed and --threads. Numbers are range-checked while parsing
// (sketch/number_options.h): a bad one is a usage error naming the option.
void AddSketchOptions(boost::program_options::options_description& options, SketchFlags& flags);

// The parameters the flags (and --lang) ask for; kInvalidArgument for a bad value.
Result<SketchParams> MakeSketchParams(const SketchFlags& flags, const CommonOptions& common);

// --threads resolved: 0 means one per core; a request above kThreadsPerCore
// per core is capped there, with a line for stderr in `*note` (when given).
unsigned ResolveThreads(unsigned requested, std::string* note = nullptr);

}  // namespace precis::cli

namespace precis::cli {

// Flags choosing the LSH banding.
struct LshFlags {
  std::uint32_t bands = 0;  // 0: chosen from the threshold
  std::uint32_t rows = 0;   // 0: chosen from the threshold
};

// Adds --bands and --rows (each 0..kMaxPermutations).
void AddLshOptions(boost::program_options::options_description& options, LshFlags& flags);

// The banding: --bands/--rows when given (both), else ChooseLshParams for the
// Jaccard threshold the candidates must reach. kInvalidArgument when bands x
// rows exceeds K or only one of the two is given.
Result<sketch::LshParams> MakeLshParams(const LshFlags& flags, double jaccard_threshold,
                                        std::uint32_t permutations);

// The text key of one band for --emit-bands: "<params fingerprint>:<band>:<hash>",
// band as 4 decimal digits and hash as 16 hex digits, so keys sort and shuffle
// as plain text and bands of streams made with other parameters never meet.
std::string BandKeyText(std::string_view fingerprint, std::uint32_t band, std::uint64_t key);

}  // namespace precis::cli
