#include "sketch/number_options.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace po = boost::program_options;

namespace precis::cli {
namespace {

std::string Shown(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

Result<std::uint64_t> ParseIntegerOption(std::string_view name, std::string_view text,
                                         std::uint64_t min, std::uint64_t max) {
  std::uint64_t value = 0;
  // from_chars takes no sign and no exponent, and reports overflow rather
  // than wrapping around.
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < min ||
      value > max) {
    return InvalidArgument(std::string(name) + " must be an integer in " + std::to_string(min) +
                           ".." + std::to_string(max) + " (got " + std::string(text) + ")");
  }
  return value;
}

Result<double> ParseNumberOption(std::string_view name, std::string_view text, NumberRange range) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  const bool parsed = !text.empty() && error == std::errc() && end == text.data() + text.size() &&
                      std::isfinite(value);
  if (!parsed || value < range.min || (range.min_open && value == range.min) || value > range.max) {
    return InvalidArgument(std::string(name) + " must be a number in " +
                           (range.min_open ? "(" : "[") + Shown(range.min) + ", " +
                           Shown(range.max) + "] (got " + std::string(text) + ")");
  }
  return value;
}

po::typed_value<std::string>* NumberOption(std::string name, double* target, NumberRange range,
                                           bool with_default) {
  auto* value = po::value<std::string>()->notifier([name, target, range](const std::string& text) {
    const Result<double> parsed = ParseNumberOption(name, text, range);
    if (!parsed.ok()) throw po::error(parsed.status().message());
    *target = *parsed;
  });
  return with_default ? value->default_value(Shown(*target)) : value;
}

}  // namespace precis::cli
