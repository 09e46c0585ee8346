// Reading ../shared/data/rouge-vectors (ROUGE-1.5.5's own outputs) for the
// tests that reproduce them. The folder is not part of the project: tests
// skip when VectorsDir() lacks it.
#pragma once

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/eval/rouge.h"

namespace precis::eval::vectors {

// $PRECIS_DATA/rouge-vectors, else PRECIS_DATA_DIR/rouge-vectors.
inline std::filesystem::path VectorsDir() {
  const char* env = std::getenv("PRECIS_DATA");
  const std::filesystem::path root = env != nullptr && *env != '\0'
                                         ? std::filesystem::path(env)
                                         : std::filesystem::path(PRECIS_DATA_DIR);
  return root / "rouge-vectors";
}

struct VectorCase {
  std::string candidate;                // one sentence per line
  std::vector<std::string> references;  // each one sentence per line
};

inline std::string JoinLines(simdjson::dom::array sentences) {
  std::string text;
  for (simdjson::dom::element sentence : sentences) {
    text += std::string_view(sentence.get_string().value());
    text += '\n';
  }
  return text;
}

// cases.jsonl by case id.
inline std::map<std::string, VectorCase> ReadCases(const std::filesystem::path& path) {
  std::map<std::string, VectorCase> cases;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream = parser.load_many(path.string()).value();
  for (simdjson::dom::element record : stream) {
    VectorCase c;
    c.candidate = JoinLines(record["candidate"].get_array().value());
    // Keep the array in a variable: ranging over .value() of a temporary
    // simdjson_result would dangle.
    const simdjson::dom::array references = record["references"].get_array().value();
    for (simdjson::dom::element reference : references) {
      c.references.push_back(JoinLines(reference.get_array().value()));
    }
    cases.emplace(std::string(record["id"].get_string().value()), std::move(c));
  }
  return cases;
}

// The RougeOptions of a configuration name of expected*.jsonl.
inline RougeOptions ConfigOptions(std::string_view config) {
  RougeOptions options;
  options.stem = config != "nostem";
  if (config == "stem-l100") options.word_limit = 100;
  if (config == "stem-b665") {
    options.byte_limit = 665;
    options.byte_limit_lsum_bug = true;
  }
  if (config == "stem-stopwords") options.remove_stopwords = true;
  return options;
}

// ROUGE-1.5.5's "%7.5f" (the width never matters: values are below 10).
inline std::string Format5(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.5f", value);
  return text;
}

// ROUGE-1.5.5's measure names; its "ROUGE-L" for sentence-per-line input is
// our ROUGE-Lsum.
inline constexpr std::pair<const char*, RougeMeasure> kVectorMeasures[] = {
    {"ROUGE-1", RougeMeasure::kRouge1},    {"ROUGE-2", RougeMeasure::kRouge2},
    {"ROUGE-3", RougeMeasure::kRouge3},    {"ROUGE-4", RougeMeasure::kRouge4},
    {"ROUGE-L", RougeMeasure::kRougeLsum}, {"ROUGE-SU4", RougeMeasure::kRougeSU4},
};

}  // namespace precis::eval::vectors
