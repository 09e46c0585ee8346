// precis-rouge's options: declared for Boost.Program_options, then checked
// and turned into the library's options before any input is read.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "common/cli.h"
#include "precis/core/status.h"
#include "precis/eval/bootstrap.h"
#include "precis/eval/rouge.h"

namespace precis::cli {

// The flags as given. Numbers stay text until RougeSettingsFromFlags checks
// them: Boost would read "-1" into an unsigned as 4294967295. AddRougeOptions
// sets the defaults of the text fields from eval::RougeOptions and
// eval::BootstrapOptions, so the CLI and the library cannot drift.
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
  std::string words;
  std::string bytes;
  std::string alpha;
  std::string bootstrap;
  std::string confidence;
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

// Checks every flag and builds the settings; `common.language` is the
// --lang value. Fails with kInvalidArgument and a one-line message naming
// the flag (numbers: "--bootstrap must be an integer in 0..1000000 (got -1)").
Result<RougeSettings> RougeSettingsFromFlags(const RougeFlags& flags, const CommonOptions& common);

// Largest --bootstrap: each series keeps one double per resample (7 measures
// x R, P, F at 10^6 resamples is 168 MB).
inline constexpr std::uint32_t kMaxBootstrap = 1000000;

}  // namespace precis::cli
