// Numeric command-line options checked while parsing.
//
// Boost.Program_options reads "-1" into an unsigned option as 4294967295 and
// accepts "nan" or "inf" for a double, so a typo could ask for a million
// threads or a banding for threshold 0. These options are read as text
// instead and range-checked in the notifier: a bad value is a usage error
// (exit 2, before any input is read) naming the option and its range:
//
//   precis-dedup: --threads must be an integer in 0..1024 (got -1) (try --help)
//
//   options.add_options()
//       ("threads", IntegerOption("--threads", &flags.threads, 0u, 1024u), "...")
//       ("threshold", NumberOption("--threshold", &threshold,
//                                  {.min = 0, .min_open = true, .max = 1}), "...");
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"

namespace precis::cli {

// `text` as a decimal integer (digits only: no sign, no exponent) in
// [min, max]; else kInvalidArgument "<name> must be an integer in min..max
// (got <text>)".
Result<std::uint64_t> ParseIntegerOption(std::string_view name, std::string_view text,
                                         std::uint64_t min, std::uint64_t max);

// The range of a NumberOption; `min_open` excludes min itself: (0, 1].
struct NumberRange {
  double min = 0;
  bool min_open = false;
  double max = 1;
};

// `text` as a finite decimal number in the range; else kInvalidArgument
// "<name> must be a number in (0, 1] (got <text>)".
Result<double> ParseNumberOption(std::string_view name, std::string_view text, NumberRange range);

// An option value stored into `*target` once parsed and checked; the
// current `*target` is the default shown by --help (unless `with_default`
// is false: then the option is stored only when given).
template <typename T>
boost::program_options::typed_value<std::string>* IntegerOption(std::string name, T* target, T min,
                                                                T max, bool with_default = true) {
  auto* value = boost::program_options::value<std::string>()->notifier(
      [name, target, min, max](const std::string& text) {
        const Result<std::uint64_t> parsed = ParseIntegerOption(name, text, min, max);
        if (!parsed.ok()) throw boost::program_options::error(parsed.status().message());
        *target = static_cast<T>(*parsed);
      });
  return with_default ? value->default_value(std::to_string(*target)) : value;
}

// As IntegerOption, for a double (the default printed with %g).
boost::program_options::typed_value<std::string>* NumberOption(std::string name, double* target,
                                                               NumberRange range,
                                                               bool with_default = true);

}  // namespace precis::cli
