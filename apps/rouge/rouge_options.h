// precis-rouge's options: declared for Boost.Program_options, then checked
// and turned into the library's options before any input is read.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "common/cli.h"
#include "precis/core/status.h"
#include "precis/eval/bootstrap.h"
#include "precis/eval/rouge.h"

namespace precis::cli {

// The flags as given; numbers are range-checked while parsing
// (common/number_options.h). AddRougeOptions sets the defaults from
// eval::RougeOptions and eval::BootstrapOptions, so the CLI and the library
// cannot drift.
struct RougeFlags {
  bool stem = false;
  bool remove_stopwords = false;
  bool per_doc = false;
  bool no_mean = false;
  bool counts = false;
  bool byte_limit_bug = false;
  std::string multi_ref;
  std::string measures = "1,2,3,4,L,Lsum,SU4";
  std::string tokenize;
  std::uint32_t words = 0;
  std::uint32_t bytes = 0;
  double alpha = 0;
  std::uint32_t bootstrap = 0;
  double confidence = 0;
};

// What the flags ask for.
struct RougeSettings {
  eval::RougeOptions options;
  std::vector<eval::RougeMeasure> measures;  // in output order
  eval::BootstrapOptions bootstrap;
};

// Declares every precis-rouge option, bound to `common` and `flags`, and
// sets `flags`' defaults.
void AddRougeOptions(boost::program_options::options_description& description,
                     CommonOptions& common, RougeFlags& flags);

// Checks the flags that depend on each other and builds the settings;
// `common.language` is the --lang value. Fails with kInvalidArgument and a
// one-line message naming the flag.
Result<RougeSettings> RougeSettingsFromFlags(const RougeFlags& flags, const CommonOptions& common);

// Largest --bootstrap: each series keeps one double per resample (7 measures
// x R, P, F at 10^6 resamples is 168 MB).
inline constexpr std::uint32_t kMaxBootstrap = 1000000;

}  // namespace precis::cli
