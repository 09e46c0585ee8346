// Reproduces every number of ../shared/data/rouge-vectors: ROUGE-1.5.5's own
// per-document counts and scores for 154 cases in five configurations. Skips
// when the folder is absent (it is not part of the project).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

namespace fs = std::filesystem;

fs::path VectorsDir() {
  const char* env = std::getenv("PRECIS_DATA");
  const fs::path root = env != nullptr && *env != '\0' ? fs::path(env) : fs::path(PRECIS_DATA_DIR);
  return root / "rouge-vectors";
}

struct Case {
  std::string candidate;
  std::vector<std::string> references;
};

std::string JoinLines(simdjson::dom::array sentences) {
  std::string text;
  for (simdjson::dom::element sentence : sentences) {
    text += std::string_view(sentence.get_string().value());
    text += '\n';
  }
  return text;
}

std::map<std::string, Case> ReadCases(const fs::path& path) {
  std::map<std::string, Case> cases;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream = parser.load_many(path.string()).value();
  for (simdjson::dom::element record : stream) {
    Case c;
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

RougeOptions ConfigOptions(std::string_view config) {
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

std::string Format5(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.5f", value);
  return text;
}

// ROUGE-1.5.5's "ROUGE-L" for sentence-per-line input is our ROUGE-Lsum.
const std::pair<const char*, RougeMeasure> kMeasures[] = {
    {"ROUGE-1", RougeMeasure::kRouge1},    {"ROUGE-2", RougeMeasure::kRouge2},
    {"ROUGE-3", RougeMeasure::kRouge3},    {"ROUGE-4", RougeMeasure::kRouge4},
    {"ROUGE-L", RougeMeasure::kRougeLsum}, {"ROUGE-SU4", RougeMeasure::kRougeSU4},
};

TEST(RougeVectorsTest, ReproducesEveryRouge155Number) {
  const fs::path dir = VectorsDir();
  if (!fs::exists(dir / "cases.jsonl") || !fs::exists(dir / "expected.jsonl")) {
    GTEST_SKIP() << "no rouge-vectors at " << dir;
  }
  const std::map<std::string, Case> cases = ReadCases(dir / "cases.jsonl");
  ASSERT_EQ(cases.size(), 154u);

  std::map<std::string, RougeScorer> scorers;
  std::size_t numbers = 0;
  std::size_t matched = 0;
  std::size_t lines = 0;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream =
      parser.load_many((dir / "expected.jsonl").string()).value();
  for (simdjson::dom::element record : stream) {
    ++lines;
    const std::string id(record["id"].get_string().value());
    const std::string config(record["config"].get_string().value());
    auto scorer = scorers.find(config);
    if (scorer == scorers.end()) {
      Result<RougeScorer> created = RougeScorer::Create(ConfigOptions(config));
      ASSERT_TRUE(created.ok());
      scorer = scorers.emplace(config, std::move(created).value()).first;
    }
    const Case& c = cases.at(id);
    const std::vector<std::string_view> references(c.references.begin(), c.references.end());
    const RougeResult result = scorer->second.Score(c.candidate, references);
    for (const auto& [name, measure] : kMeasures) {
      const RougeScore score = RoundLikeRouge155(result[measure], 0.5);
      simdjson::dom::element counts = record["counts"][name].value();
      simdjson::dom::element scores = record["scores"][name].value();
      const std::uint64_t want_counts[] = {counts["hit"].get_uint64().value(),
                                           counts["model"].get_uint64().value(),
                                           counts["peer"].get_uint64().value()};
      const std::uint64_t got_counts[] = {score.counts.hit, score.counts.model, score.counts.peer};
      const char* count_names[] = {"hit", "model", "peer"};
      for (int k = 0; k < 3; ++k) {
        ++numbers;
        if (want_counts[k] == got_counts[k]) {
          ++matched;
        } else {
          ADD_FAILURE() << id << " " << config << " " << name << " " << count_names[k] << ": want "
                        << want_counts[k] << " got " << got_counts[k];
        }
      }
      const double want_scores[] = {scores["R"].get_double().value(),
                                    scores["P"].get_double().value(),
                                    scores["F"].get_double().value()};
      const double got_scores[] = {score.recall, score.precision, score.f};
      const char* score_names[] = {"R", "P", "F"};
      for (int k = 0; k < 3; ++k) {
        ++numbers;
        if (Format5(want_scores[k]) == Format5(got_scores[k])) {
          ++matched;
        } else {
          ADD_FAILURE() << id << " " << config << " " << name << " " << score_names[k] << ": want "
                        << Format5(want_scores[k]) << " got " << Format5(got_scores[k]);
        }
      }
    }
  }
  EXPECT_EQ(lines, 770u);
  std::printf("rouge-vectors: %zu of %zu numbers match ROUGE-1.5.5 (%zu case/config lines)\n",
              matched, numbers, lines);
  EXPECT_EQ(matched, numbers);
}

}  // namespace
}  // namespace precis::eval
