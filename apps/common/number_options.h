// Numeric options checked against their valid range while the command line is
// parsed, so a wrong value is one usage error naming the option and the range
// (exit 2) before any input is read. Boost.Program_options would otherwise
// read "-1" into an unsigned field as 4294967295, accept "nan" for a double,
// and print a default such as 0.3 as 0.29999999999999999.
//
//   AddIntegerOption(options, "sentences,n", o.sentences, {1, 1'000'000},
//                    "summary length in sentences");
//   options.add_options()
//       ("threads", IntegerValue("--threads", flags.threads, {0, 1024}), "...")
//       ("threshold", RealValue("--threshold", flags.threshold,
//                               {.min = 0, .max = 1, .min_open = true}), "...");
//
// A bad value reads: `--sentences (-n) must be an integer in 1..1000000 (got -1)`.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace precis::cli {

// Every integer option precis has counts something: none takes a sign.
struct IntegerRange {
  std::uint64_t min = 0;
  std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
};

struct RealRange {
  double min = 0;
  double max = std::numeric_limits<double>::infinity();
  bool min_open = false;  // the range excludes `min`
  bool max_open = false;  // the range excludes `max`
};

// Parses `text` (decimal digits, an optional leading '+') as an integer in
// `range`; on failure returns nullopt and sets `error` to "must be an integer
// in MIN..MAX (got TEXT)".
std::optional<std::uint64_t> ParseInteger(std::string_view text, IntegerRange range,
                                          std::string& error);
// Parses `text` as a finite number in `range`; on failure returns nullopt
// and sets `error` to "must be a number in [MIN, MAX] (got TEXT)".
std::optional<double> ParseReal(std::string_view text, RealRange range, std::string& error);

// The shortest decimal that reads back as `value` ("0.3", "1e-06", "3").
std::string FormatReal(double value);

// How messages name an option given in Boost's spelling: "--long" for
// "long", "--long (-s)" for "long,s".
std::string OptionLabel(std::string_view names);

// A value for an integer option stored into `target` once checked; `label`
// names the option in messages ("--threads"). The current `target` is the
// default --help shows.
template <typename T>
boost::program_options::typed_value<std::string>* IntegerValue(std::string label, T& target,
                                                              IntegerRange range) {
  return boost::program_options::value<std::string>()
      ->default_value(std::to_string(target))
      ->notifier([&target, range, label](const std::string& text) {
        std::string error;
        const std::optional<std::uint64_t> value = ParseInteger(text, range, error);
        if (!value) throw boost::program_options::error(label + ' ' + error);
        target = static_cast<T>(*value);
      });
}

// As IntegerValue, for an option without a default: `target` stays empty
// unless the option is given.
template <typename T>
boost::program_options::typed_value<std::string>* IntegerValue(std::string label,
                                                              std::optional<T>& target,
                                                              IntegerRange range) {
  return boost::program_options::value<std::string>()->notifier(
      [&target, range, label](const std::string& text) {
        std::string error;
        const std::optional<std::uint64_t> value = ParseInteger(text, range, error);
        if (!value) throw boost::program_options::error(label + ' ' + error);
        target = static_cast<T>(*value);
      });
}

// Real-valued counterparts of IntegerValue.
boost::program_options::typed_value<std::string>* RealValue(std::string label, double& target,
                                                           RealRange range);
boost::program_options::typed_value<std::string>* RealValue(std::string label,
                                                           std::optional<double>& target,
                                                           RealRange range);

// Adds option `names` ("sentences,n") with an IntegerValue labelled from it.
template <typename T>
void AddIntegerOption(boost::program_options::options_description& options, const char* names,
                      T& target, IntegerRange range, const char* description) {
  options.add_options()(names, IntegerValue(OptionLabel(names), target, range), description);
}

// Adds option `names` with a RealValue labelled from it.
template <typename T>
void AddRealOption(boost::program_options::options_description& options, const char* names,
                   T& target, RealRange range, const char* description) {
  options.add_options()(names, RealValue(OptionLabel(names), target, range), description);
}

}  // namespace precis::cli
