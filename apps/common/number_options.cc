#include "common/number_options.h"

#include <charconv>
#include <cmath>

namespace po = boost::program_options;

namespace precis::cli {
namespace {

std::string Describe(RealRange range) {
  std::string text = range.min_open ? "(" : "[";
  text += FormatReal(range.min) + ", ";
  text += std::isinf(range.max) ? std::string("inf") : FormatReal(range.max);
  text += range.max_open || std::isinf(range.max) ? ")" : "]";
  return text;
}

bool InRange(double value, RealRange range) {
  if (range.min_open ? !(value > range.min) : !(value >= range.min)) return false;
  return range.max_open ? value < range.max : value <= range.max;
}

// Stores into whichever target is given.
auto RealNotifier(double* plain, std::optional<double>* optional, RealRange range,
                  std::string label) {
  return [=](const std::string& text) {
    std::string error;
    const std::optional<double> value = ParseReal(text, range, error);
    if (!value) throw po::error(label + ' ' + error);
    if (plain != nullptr) *plain = *value;
    if (optional != nullptr) *optional = *value;
  };
}

}  // namespace

std::optional<std::uint64_t> ParseInteger(std::string_view text, IntegerRange range,
                                          std::string& error) {
  std::string_view digits = text;
  if (digits.starts_with('+')) digits.remove_prefix(1);
  std::uint64_t value = 0;
  // from_chars takes no sign for an unsigned type, so "-1" fails here.
  const auto [end, code] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  const bool parsed = !digits.empty() && code == std::errc() && end == digits.data() + digits.size();
  if (parsed && value >= range.min && value <= range.max) return value;
  error = "must be an integer in " + std::to_string(range.min) + ".." + std::to_string(range.max) +
          " (got " + std::string(text) + ")";
  return std::nullopt;
}

std::optional<double> ParseReal(std::string_view text, RealRange range, std::string& error) {
  std::string_view digits = text;
  if (digits.starts_with('+')) digits.remove_prefix(1);
  double value = 0;
  const auto [end, code] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  const bool parsed = !digits.empty() && code == std::errc() &&
                      end == digits.data() + digits.size() && std::isfinite(value);
  if (parsed && InRange(value, range)) return value;
  error = "must be a number in " + Describe(range) + " (got " + std::string(text) + ")";
  return std::nullopt;
}

std::string FormatReal(double value) {
  char buffer[32];
  const auto [end, code] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return code == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::string OptionLabel(std::string_view names) {
  const std::size_t comma = names.find(',');
  std::string label = "--" + std::string(names.substr(0, comma));
  if (comma != std::string_view::npos) label += " (-" + std::string(names.substr(comma + 1)) + ")";
  return label;
}

po::typed_value<std::string>* RealValue(std::string label, double& target, RealRange range) {
  return po::value<std::string>()
      ->default_value(FormatReal(target))
      ->notifier(RealNotifier(&target, nullptr, range, std::move(label)));
}

po::typed_value<std::string>* RealValue(std::string label, std::optional<double>& target,
                                       RealRange range) {
  return po::value<std::string>()->notifier(
      RealNotifier(nullptr, &target, range, std::move(label)));
}

}  // namespace precis::cli
