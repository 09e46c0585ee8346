// Numeric options checked against their valid range while the command line is
// parsed, so a wrong value is one usage error naming the option and the range
// (exit 2) before any input is read. Boost.Program_options would otherwise
// read "-1" into an unsigned field as 4294967295, and print a double default
// such as 0.3 as 0.29999999999999999.
//
//   AddIntegerOption(options, "sentences,n", o.sentences, {1, 1'000'000},
//                    "summary length in sentences");
//   AddRealOption(options, "ratio", o.ratio, {.min = 0, .max = 1}, "...");
//
// A bad value reads: `--sentences (-n) must be an integer in 1..1000000 (got '-1')`.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace precis::cli {

struct IntegerRange {
  std::int64_t min = 0;
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
};

struct RealRange {
  double min = 0;
  double max = std::numeric_limits<double>::infinity();
  bool min_open = false;  // the range excludes `min`
  bool max_open = false;  // the range excludes `max`
};

// Parses `text` as an integer in `range`; on failure returns nullopt and sets
// `error` to "must be an integer in MIN..MAX (got 'TEXT')".
std::optional<std::int64_t> ParseInteger(std::string_view text, IntegerRange range,
                                         std::string& error);
// Parses `text` as a finite number in `range`; on failure returns nullopt
// and sets `error` to "must be a number in [MIN, MAX] (got 'TEXT')".
std::optional<double> ParseReal(std::string_view text, RealRange range, std::string& error);

// The shortest decimal that reads back as `value` ("0.3", "1e-06", "3").
std::string FormatReal(double value);

// How messages name an option given in Boost's spelling: "--long" for
// "long", "--long (-s)" for "long,s".
std::string OptionLabel(std::string_view names);

// Adds integer option `names` bound to `target`, shown with its current value
// as the default. `range` must fit the target's type.
template <typename T>
void AddIntegerOption(boost::program_options::options_description& options, const char* names,
                      T& target, IntegerRange range, const char* description) {
  const std::string flag = OptionLabel(names);
  options.add_options()(
      names,
      boost::program_options::value<std::string>()
          ->default_value(std::to_string(target))
          ->notifier([&target, range, flag](const std::string& text) {
            std::string error;
            const std::optional<std::int64_t> value = ParseInteger(text, range, error);
            if (!value) throw boost::program_options::error(flag + ' ' + error);
            target = static_cast<T>(*value);
          }),
      description);
}

// Adds integer option `names` with no default: `target` stays empty unless given.
template <typename T>
void AddIntegerOption(boost::program_options::options_description& options, const char* names,
                      std::optional<T>& target, IntegerRange range, const char* description) {
  const std::string flag = OptionLabel(names);
  options.add_options()(names,
                        boost::program_options::value<std::string>()->notifier(
                            [&target, range, flag](const std::string& text) {
                              std::string error;
                              const std::optional<std::int64_t> value =
                                  ParseInteger(text, range, error);
                              if (!value) throw boost::program_options::error(flag + ' ' + error);
                              target = static_cast<T>(*value);
                            }),
                        description);
}

// Adds a real-valued option bound to `target`, shown with its current value.
void AddRealOption(boost::program_options::options_description& options, const char* names,
                   double& target, RealRange range, const char* description);
// Adds a real-valued option with no default.
void AddRealOption(boost::program_options::options_description& options, const char* names,
                   std::optional<double>& target, RealRange range, const char* description);

}  // namespace precis::cli
