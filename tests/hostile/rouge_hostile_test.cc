// precis-rouge against every hostile input, as the candidate file, as a
// reference file and inside a JSONL record, and on the output side.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cli/app_runner.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "rouge/rouge.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kReference = "The council approved the budget.\nThe bridge reopens in May.\n";

// Texts over ROUGE-L/Lsum's 256 KiB limit are refused (documented) unless
// --measures leaves L and Lsum out.
bool OverLcsLimit(const HostileInput& input) { return input.bytes.size() > 256 * 1024; }

class RougeHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(RougeHostileTest, CandidateOrReferenceFileGivesTheDefinedOutcome) {
  const HostileInput& input = GetParam();
  const TempDir dir("rouge");
  const std::string hostile = dir.Write("hostile.txt", input.bytes);
  const std::string good = dir.Write("good.txt", kReference);
  for (const auto& [candidate, reference] :
       {std::pair{hostile, good}, std::pair{good, hostile}}) {
    const AppRun run = RunApp(
        cli::RunRouge, {"--per-doc", "--no-mean", "--format", "jsonl", candidate, reference});
    ExpectDiagnosticLines(run.err, "precis-rouge");
    if (input.status != 0) {
      EXPECT_EQ(run.status, 1);
      ExpectOneDiagnostic(run.err, "precis-rouge", hostile, input.diagnostic);
      EXPECT_EQ(run.out, "");
      continue;
    }
    if (OverLcsLimit(input)) {
      EXPECT_EQ(run.status, 1);
      EXPECT_EQ(run.err, "precis-rouge: " + candidate + ": a text of " +
                             std::to_string(input.bytes.size()) +
                             " bytes is too long for ROUGE-L/Lsum (limit 262144 bytes); choose "
                             "--measures without L and Lsum\n");
      EXPECT_EQ(run.out, "");
      continue;
    }
    EXPECT_EQ(run.status, 0) << run.err;
    if (!input.diagnostic.empty()) {
      EXPECT_THAT(run.err, HasSubstr("precis-rouge: " + hostile + ": " + input.diagnostic));
    }
    EXPECT_THAT(run.out, StartsWith("{\"type\":\"doc\",\"id\":\"" + candidate + "\","));
    EXPECT_EQ(CountLines(run.out), 1u);
  }
}

TEST_P(RougeHostileTest, LinearMeasuresScoreEvenTheLargestInputs) {
  const HostileInput& input = GetParam();
  if (input.status != 0) GTEST_SKIP() << "refused input";
  const TempDir dir("rouge_linear");
  const std::string hostile = dir.Write("hostile.txt", input.bytes);
  const AppRun run = RunApp(cli::RunRouge, {"--measures", "1,2,SU4", "--bootstrap", "0", "-q",
                                            "--format", "tsv", hostile, hostile});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(CountLines(run.out), 4u);  // header, then the mean of each measure
}

TEST_P(RougeHostileTest, JsonlStreamKeepsOneRecordPerLineInOrder) {
  const HostileInput& input = GetParam();
  const std::string stream =
      "{\"id\":\"before\",\"candidate\":\"First.\",\"references\":[\"First.\"]}\n"
      "{\"id\":\"hostile\",\"candidate\":\"" + JsonEscape(input.bytes) +
      "\",\"references\":[\"First.\"]}\n"
      "{\"id\":\"after\",\"candidate\":\"Last.\",\"references\":[\"Last.\"]}\n";
  const AppRun run = RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--format",
                                            "jsonl"}, stream);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 3u) << run.out.substr(0, 300);
  EXPECT_THAT(lines[0], StartsWith("{\"type\":\"doc\",\"id\":\"before\","));
  EXPECT_THAT(lines[2], StartsWith("{\"type\":\"doc\",\"id\":\"after\","));
  // ROUGE tokens are ASCII letters and digits: a NUL byte is only a separator,
  // but invalid UTF-8 makes the line malformed JSON.
  const bool invalid_utf8 = input.status != 0 && input.diagnostic.find("NUL") == std::string::npos;
  if (invalid_utf8 || input.name == "utf16_with_bom") {
    EXPECT_EQ(run.status, 1);
    EXPECT_THAT(lines[1], StartsWith("{\"id\":null,\"line\":2,\"error\":\"malformed JSON: "));
  } else if (OverLcsLimit(input)) {
    EXPECT_EQ(run.status, 1);
    EXPECT_THAT(lines[1], StartsWith("{\"id\":\"hostile\",\"line\":2,\"error\":\"a text of "));
  } else {
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_THAT(lines[1], StartsWith("{\"type\":\"doc\",\"id\":\"hostile\","));
  }
  ExpectDiagnosticLines(run.err, "precis-rouge");
}

INSTANTIATE_TEST_SUITE_P(Inputs, RougeHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(RougeHostileJsonlTest, DamagedLinesYieldErrorRecordsInPlace) {
  const std::string stream =
      "{\"id\":\"a\",\"candidate\":\"A b.\",\"references\":[\"A b.\"]}\n"
      "{\"id\":\"cut\",\"candidate\":\"A\n"
      "{\"id\":\"norefs\",\"candidate\":\"A b.\"}\n"
      "{\"id\":\"empty\",\"candidate\":\"A b.\",\"references\":[]}\n"
      "{\"id\":\"wrong\",\"candidate\":5,\"references\":[\"A\"]}\n"
      "{\"id\":\"a\",\"candidate\":\"Duplicate.\",\"references\":\"Duplicate.\"}\n"
      "{\"id\":\"z\",\"candidate\":\"No newline.\",\"references\":[\"No.\"]}";
  const AppRun run =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--format", "jsonl"}, stream);
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 7u) << run.out;
  EXPECT_THAT(lines[0], StartsWith("{\"type\":\"doc\",\"id\":\"a\","));
  EXPECT_THAT(lines[1], StartsWith("{\"id\":null,\"line\":2,\"error\":\"malformed JSON"));
  EXPECT_EQ(lines[2],
            "{\"id\":\"norefs\",\"line\":3,\"error\":\"field \\\"references\\\" is missing\"}");
  EXPECT_EQ(lines[3],
            "{\"id\":\"empty\",\"line\":4,\"error\":\"field \\\"references\\\" is empty\"}");
  EXPECT_EQ(lines[4], "{\"id\":\"wrong\",\"line\":5,\"error\":\"field \\\"candidate\\\" must be "
                      "a string or an array of strings\"}");
  EXPECT_THAT(lines[5], StartsWith("{\"type\":\"doc\",\"id\":\"a\","));
  EXPECT_THAT(lines[6], StartsWith("{\"type\":\"doc\",\"id\":\"z\","));
  EXPECT_THAT(run.err, HasSubstr("precis-rouge: -: line 2 (byte 52): malformed JSON"));

  const AppRun fast = RunApp(
      cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--format", "jsonl", "--fail-fast"},
      stream);
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(CountLines(fast.out), 2u);
}

TEST(RougeOutputTest, ClosedPipeIsQuietAndFullDiskIsAnError) {
  const TempDir dir("rouge_output");
  std::ofstream stream(dir.Path("many.jsonl"));
  for (int i = 0; i < 3000; ++i) {
    stream << "{\"id\":\"" << i << "\",\"candidate\":\"The council met.\",\"references\":"
           << "[\"The council met today.\"]}\n";
  }
  stream.close();
  ExpectOutputSideContract("rouge", "--jsonl --per-doc --format jsonl " + dir.Path("many.jsonl"),
                           dir.path().string());
}

}  // namespace
}  // namespace precis::testing
