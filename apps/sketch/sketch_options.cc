#include "sketch/sketch_options.h"

#include <algorithm>
#include <cstdio>
#include <thread>

#include "common/number_options.h"

namespace po = boost::program_options;

namespace precis::cli {

void AddSketchOptions(po::options_description& options, SketchFlags& flags) {
  // clang-format off
  options.add_options()
      ("shingle-size,k",
       IntegerValue("--shingle-size", flags.shingle_size, {1u, sketch::kMaxShingleSize}),
       "units per shingle (1-256)")
      ("unit", po::value(&flags.unit)->default_value(flags.unit),
       "shingle unit: word (analyzer terms) or char (code points, for zh/ja)")
      ("drop-stopwords", po::bool_switch(&flags.drop_stopwords),
       "skip stopwords before shingling")
      ("no-stem", po::bool_switch(&flags.no_stem), "do not stem words")
      ("permutations,K",
       IntegerValue("--permutations", flags.permutations, {1u, kMaxPermutations}),
       "MinHash slots per signature (1-4096)")
      ("method", po::value(&flags.method)->default_value(flags.method),
       "MinHash method: oph (one permutation + densification) or kh (K hashes)")
      ("seed", IntegerValue("--seed", flags.seed, {std::uint64_t{0}, ~std::uint64_t{0}}),
       "MinHash seed (0-18446744073709551615)")
      ("threads", IntegerValue("--threads", flags.threads, {0u, kMaxThreadsOption}),
       "worker threads (0 = all cores; 0-1024, at most 4 per core are used); output does "
       "not depend on it");
  // clang-format on
}

Result<SketchParams> MakeSketchParams(const SketchFlags& flags, const CommonOptions& common) {
  SketchParams params;
  params.shingles.size = flags.shingle_size;
  if (flags.unit == "word") {
    params.shingles.unit = sketch::ShingleUnit::kWord;
  } else if (flags.unit == "char") {
    params.shingles.unit = sketch::ShingleUnit::kChar;
  } else {
    return InvalidArgument("unknown --unit '" + flags.unit + "' (word or char)");
  }
  params.shingles.keep_stopwords = !flags.drop_stopwords;
  params.stem = !flags.no_stem;
  params.language = common.language;
  if (Status status = sketch::ValidateShingleOptions(params.shingles); !status.ok()) {
    return InvalidArgument("bad --shingle-size: " + status.message());
  }
  if (flags.permutations == 0 || flags.permutations > kMaxPermutations) {
    return InvalidArgument("--permutations must be an integer in 1.." +
                           std::to_string(kMaxPermutations));
  }
  params.minhash.permutations = flags.permutations;
  if (!sketch::ParseMethod(flags.method, params.minhash.method)) {
    return InvalidArgument("unknown --method '" + flags.method + "' (oph or kh)");
  }
  params.minhash.seed = flags.seed;
  return params;
}

unsigned ResolveThreads(unsigned requested, std::string* note) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (requested == 0) return cores;
  // Each worker holds its own analyzer (ICU break iterators, a stemmer) and
  // batch: threads beyond a few per core add memory, not speed.
  const unsigned cap = kThreadsPerCore * cores;
  if (requested <= cap) return requested;
  if (note != nullptr) {
    *note = "--threads " + std::to_string(requested) + " capped at " + std::to_string(cap) + " (" +
            std::to_string(kThreadsPerCore) + " per core, " + std::to_string(cores) + " cores)";
  }
  return cap;
}

}  // namespace precis::cli

namespace precis::cli {

void AddLshOptions(po::options_description& options, LshFlags& flags) {
  // clang-format off
  options.add_options()
      ("bands", IntegerValue("--bands", flags.bands, {0u, kMaxPermutations}),
       "LSH bands (0 = chosen from the threshold; give with --rows)")
      ("rows", IntegerValue("--rows", flags.rows, {0u, kMaxPermutations}),
       "signature slots per LSH band (0 = chosen from the threshold)");
  // clang-format on
}

Result<sketch::LshParams> MakeLshParams(const LshFlags& flags, double jaccard_threshold,
                                        std::uint32_t permutations) {
  if ((flags.bands == 0) != (flags.rows == 0)) {
    return InvalidArgument("give both --bands and --rows, or neither");
  }
  if (flags.bands != 0) {
    if (static_cast<std::uint64_t>(flags.bands) * flags.rows > permutations) {
      return InvalidArgument("--bands x --rows exceeds --permutations (" +
                             std::to_string(permutations) + ")");
    }
    return sketch::LshParams{flags.bands, flags.rows};
  }
  return sketch::ChooseLshParams(jaccard_threshold, permutations);
}

std::string BandKeyText(std::string_view fingerprint, std::uint32_t band, std::uint64_t key) {
  char text[48];
  std::snprintf(text, sizeof text, ":%04u:%016llx", band, static_cast<unsigned long long>(key));
  return std::string(fingerprint) + text;
}

}  // namespace precis::cli
