// Reproduces every number of ../shared/data/rouge-vectors: ROUGE-1.5.5's own
// per-document counts and scores for 154 cases in five configurations. Skips
// when the folder is absent (it is not part of the project).
#include "eval/rouge_vectors.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

using vectors::ConfigOptions;
using vectors::Format5;
using vectors::ReadCases;
using vectors::VectorCase;
using vectors::VectorsDir;
namespace fs = std::filesystem;

TEST(RougeVectorsTest, ReproducesEveryRouge155Number) {
  const fs::path dir = VectorsDir();
  if (!fs::exists(dir / "cases.jsonl") || !fs::exists(dir / "expected.jsonl")) {
    GTEST_SKIP() << "no rouge-vectors at " << dir;
  }
  const std::map<std::string, VectorCase> cases = ReadCases(dir / "cases.jsonl");
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
    const VectorCase& c = cases.at(id);
    const std::vector<std::string_view> references(c.references.begin(), c.references.end());
    const RougeResult result = scorer->second.Score(c.candidate, references);
    for (const auto& [name, measure] : vectors::kVectorMeasures) {
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
