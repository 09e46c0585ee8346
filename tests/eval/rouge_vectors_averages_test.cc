// Reproduces every corpus average of ../shared/data/rouge-vectors
// (expected-averages.jsonl): ROUGE-1.5.5's Average_R/P/F and their 95%
// intervals for three groups of cases in five configurations, from precis's
// per-document scores and BootstrapMeans. Skips when the folder is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "eval/rouge_vectors.h"
#include "precis/eval/bootstrap.h"
#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

using vectors::Format5;
using vectors::kVectorMeasures;
namespace fs = std::filesystem;

constexpr std::size_t kMeasureCount = std::size(kVectorMeasures);

TEST(RougeVectorsAveragesTest, ReproducesEveryRouge155Average) {
  const fs::path dir = vectors::VectorsDir();
  if (!fs::exists(dir / "cases.jsonl") || !fs::exists(dir / "expected-averages.jsonl")) {
    GTEST_SKIP() << "no rouge-vectors averages at " << dir;
  }
  const std::map<std::string, vectors::VectorCase> cases = vectors::ReadCases(dir / "cases.jsonl");
  std::size_t numbers = 0;
  std::size_t matched = 0;
  std::size_t lines = 0;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream =
      parser.load_many((dir / "expected-averages.jsonl").string()).value();
  for (simdjson::dom::element record : stream) {
    ++lines;
    const std::string group(record["group"].get_string().value());
    const std::string config(record["config"].get_string().value());
    const std::string args(record["args"].get_string().value());
    // Every line was made with ROUGE-1.5.5's defaults for the average.
    ASSERT_NE(args.find("-c 95 -r 1000"), std::string::npos) << args;
    Result<RougeScorer> scorer = RougeScorer::Create(vectors::ConfigOptions(config));
    ASSERT_TRUE(scorer.ok());
    // series[3m + k]: measure m, k = R, P, F; documents in eval id order.
    std::vector<std::vector<double>> series(3 * kMeasureCount);
    const simdjson::dom::array case_ids = record["case_ids"].get_array().value();
    for (simdjson::dom::element case_id : case_ids) {
      const vectors::VectorCase& c = cases.at(std::string(case_id.get_string().value()));
      const std::vector<std::string_view> references(c.references.begin(), c.references.end());
      const RougeResult result = scorer->Score(c.candidate, references);
      for (std::size_t m = 0; m < kMeasureCount; ++m) {
        const RougeScore score = RoundLikeRouge155(result[kVectorMeasures[m].second], 0.5);
        series[3 * m].push_back(score.recall);
        series[3 * m + 1].push_back(score.precision);
        series[3 * m + 2].push_back(score.f);
      }
    }
    const std::vector<MeanInterval> got =
        BootstrapMeans(series, {.samples = 1000, .confidence = 0.95});
    for (std::size_t m = 0; m < kMeasureCount; ++m) {
      const char* measure = kVectorMeasures[m].first;
      const char* kinds[] = {"R", "P", "F"};
      for (std::size_t k = 0; k < 3; ++k) {
        simdjson::dom::element want = record["averages"][measure][kinds[k]].value();
        const MeanInterval& ci = got[3 * m + k];
        const std::pair<const char*, double> values[] = {
            {"avg", ci.average}, {"low", ci.low}, {"high", ci.high}};
        for (const auto& [field, value] : values) {
          ++numbers;
          const std::string want5 = Format5(want[field].get_double().value());
          if (want5 == Format5(value)) {
            ++matched;
          } else {
            ADD_FAILURE() << group << " " << config << " " << measure << " " << kinds[k] << " "
                          << field << ": want " << want5 << " got " << Format5(value);
          }
        }
      }
    }
  }
  EXPECT_EQ(lines, 15u);
  std::printf(
      "rouge-vectors averages: %zu of %zu numbers match ROUGE-1.5.5 (%zu group/config "
      "lines)\n",
      matched, numbers, lines);
  EXPECT_EQ(matched, numbers);
}

}  // namespace
}  // namespace precis::eval
