#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

constexpr std::array<std::string_view, kRougeMeasureCount> kNames = {
    "ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-Lsum", "ROUGE-SU4"};

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// ROUGE-1.5.5 formats with sprintf("%7.5f") and computes on the result, so
// round exactly as C's printf does for the binary double.
double RoundTo5(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.5f", value);
  return std::strtod(text, nullptr);
}

}  // namespace

std::string_view RougeMeasureName(RougeMeasure measure) {
  return kNames[static_cast<std::size_t>(measure)];
}

std::optional<RougeMeasure> ParseRougeMeasure(std::string_view name) {
  std::string lower = Lowercase(name);
  if (lower.starts_with("rouge-")) lower.erase(0, 6);
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (lower == Lowercase(kNames[i].substr(6))) return static_cast<RougeMeasure>(i);
  }
  return std::nullopt;
}

std::string_view MultiReferenceName(MultiReference mode) {
  switch (mode) {
    case MultiReference::kPool:
      return "pool";
    case MultiReference::kBest:
      return "best";
    case MultiReference::kMax:
      return "max";
    case MultiReference::kJackknife:
      return "jackknife";
  }
  return "pool";
}

std::optional<MultiReference> ParseMultiReference(std::string_view name) {
  const std::string lower = Lowercase(name);
  if (lower == "pool" || lower == "a") return MultiReference::kPool;
  if (lower == "best" || lower == "b") return MultiReference::kBest;
  if (lower == "max") return MultiReference::kMax;
  if (lower == "jackknife") return MultiReference::kJackknife;
  return std::nullopt;
}

std::string_view RougeTokenizerName(RougeTokenizer tokenizer) {
  return tokenizer == RougeTokenizer::kUnicode ? "unicode" : "rouge155";
}

std::optional<RougeTokenizer> ParseRougeTokenizer(std::string_view name) {
  const std::string lower = Lowercase(name);
  if (lower == "rouge155") return RougeTokenizer::kRouge155;
  if (lower == "unicode") return RougeTokenizer::kUnicode;
  return std::nullopt;
}

double FMeasure(double precision, double recall, double alpha) {
  const double denominator = (1 - alpha) * precision + alpha * recall;
  return denominator > 0 ? precision * recall / denominator : 0;
}

RougeScore RoundLikeRouge155(const RougeScore& score, double alpha) {
  RougeScore rounded = score;
  rounded.recall = RoundTo5(score.recall);
  rounded.precision = RoundTo5(score.precision);
  rounded.f = RoundTo5(FMeasure(rounded.precision, rounded.recall, alpha));
  return rounded;
}

}  // namespace precis::eval
