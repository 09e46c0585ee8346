// precis-sketch against every hostile input, as a file and as a JSONL record,
// and on the output side. A signature stream has no error records: a bad
// input is reported on stderr (naming it and the byte offset) and left out
// of the stream, which stays readable by precis-dedup (docs/sketch.md).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/app_runner.h"
#include "dedup/dedup.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "precis/sketch/signature_format.h"
#include "sketch/sketch.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class SketchHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(SketchHostileTest, FileGetsASignatureOrAReport) {
  const HostileInput& input = GetParam();
  const TempDir dir("sketch");
  const std::string path = dir.Write("hostile.txt", input.bytes);
  const AppRun run = RunApp(cli::RunSketch, {"-K", "4", path});
  EXPECT_EQ(run.status, input.status) << run.err;
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(sketch::ParseSignatureHeader(lines[0]).ok()) << lines[0];
  // The end line comes last, whatever happened to the inputs.
  EXPECT_EQ(lines.back().rfind("#precis-signatures-end\trecords=" +
                                   std::string(input.status != 0 ? "0" : "1") + "\tcheck=",
                               0),
            0u)
      << lines.back();
  if (input.status != 0) {
    EXPECT_EQ(lines.size(), 2u);
    ExpectOneDiagnostic(run.err, "precis-sketch", path, input.diagnostic);
  } else {
    ASSERT_EQ(lines.size(), 3u);
    // Text without words gets the empty signature (shingle count 0).
    EXPECT_THAT(lines[1], StartsWith(path + (input.has_text ? "\t" : "\t0\tffffffff")));
    if (input.has_text) {
      EXPECT_THAT(lines[1], Not(StartsWith(path + "\t0\t")));
    }
    sketch::SignatureRecord record;
    EXPECT_TRUE(sketch::ParseSignatureRecord(lines[1], 4, record).ok());
    if (!input.diagnostic.empty()) {
      EXPECT_THAT(run.err, HasSubstr("precis-sketch: " + path + ": " + input.diagnostic));
    }
  }
  ExpectDiagnosticLines(run.err, "precis-sketch");
}

TEST_P(SketchHostileTest, JsonlRecordIsSketchedOrReportedByLine) {
  const HostileInput& input = GetParam();
  const std::string first = HostileRecord("before", "First text here.");
  const std::string stream = first + "\n" +
                             HostileRecord("hostile", input.bytes) + "\n" +
                             HostileRecord("after", "Last text here.") + "\n";
  const AppRun run = RunApp(cli::RunSketch, {"--jsonl", "-K", "4"}, stream);
  const bool fails = input.status != 0 || input.name == "utf16_with_bom";
  EXPECT_EQ(run.status, fails ? 1 : 0) << run.err;
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), fails ? 4u : 5u);
  EXPECT_THAT(lines[1], StartsWith("before\t"));
  if (!fails) {
    EXPECT_THAT(lines[2], StartsWith("hostile\t"));
  }
  EXPECT_THAT(lines[lines.size() - 2], StartsWith("after\t"));
  EXPECT_THAT(lines.back(), StartsWith(std::string("#precis-signatures-end\trecords=") +
                                       (fails ? "2" : "3") + "\t"));
  if (fails) {
    EXPECT_THAT(run.err, StartsWith("precis-sketch: -: line 2 (byte " + std::to_string(first.size() + 1) + "): "));
  }
  ExpectDiagnosticLines(run.err, "precis-sketch");
}

INSTANTIATE_TEST_SUITE_P(Inputs, SketchHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(SketchHostileJsonlTest, DamagedLinesAreReportedAndTheRestSketchedInOrder) {
  const std::string stream =
      "{\"id\":\"a\",\"text\":\"Alpha beta gamma.\"}\n"
      "{\"id\":\"cut\",\"text\":\"A\n"
      "[]\n"
      "{\"id\":\"a\",\"text\":\"Duplicate id.\"}\n"
      "{\"id\":\"z\",\"text\":\"No newline.\"}";
  const AppRun run = RunApp(cli::RunSketch, {"--jsonl", "-K", "4"}, stream);
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 5u) << run.out;
  EXPECT_THAT(lines[1], StartsWith("a\t"));
  EXPECT_THAT(lines[2], StartsWith("a\t"));
  EXPECT_THAT(lines[3], StartsWith("z\t"));
  EXPECT_THAT(lines[4], StartsWith("#precis-signatures-end\trecords=3\t"));
  EXPECT_THAT(run.err, HasSubstr("precis-sketch: -: line 2 (byte 38): malformed JSON"));
  EXPECT_THAT(run.err, HasSubstr("precis-sketch: -: line 3 (byte 60): not a JSON object"));

  const AppRun fast = RunApp(cli::RunSketch, {"--jsonl", "-K", "4", "--fail-fast"}, stream);
  EXPECT_EQ(fast.status, 1);
  // The header, the first record and the end line: what was sketched is a
  // whole stream; the exit status says the run stopped early.
  EXPECT_EQ(CountLines(fast.out), 3u);
  EXPECT_THAT(fast.out, ::testing::EndsWith("\n"));
  EXPECT_THAT(SplitLines(fast.out).back(), StartsWith("#precis-signatures-end\trecords=1\t"));
}

TEST(SketchFailFastTest, UnreadableOrBadFileStopsTheRunAfterAWholeStream) {
  // FILE arguments: a missing file or invalid UTF-8 stops a --fail-fast run
  // there; the stream written so far still ends with its end line.
  const TempDir dir("sketch_fail_fast");
  const std::string good = dir.Write("good.txt", "The council approved the harbour budget.");
  const std::string bad = dir.Write("bad.txt", "Caf\xC3");
  const std::string missing = dir.Path("missing.txt");
  for (const std::string& broken : {missing, bad}) {
    SCOPED_TRACE(broken);
    const AppRun slow = RunApp(cli::RunSketch, {"-K", "4", good, broken, good});
    EXPECT_EQ(slow.status, 1);
    EXPECT_EQ(CountLines(slow.out), 4u);  // header, good twice, end line
    const AppRun fast = RunApp(cli::RunSketch, {"-K", "4", "--fail-fast", good, broken, good});
    EXPECT_EQ(fast.status, 1);
    EXPECT_EQ(CountLines(fast.out), 3u);
    EXPECT_THAT(SplitLines(fast.out).back(), StartsWith("#precis-signatures-end\trecords=1\t"));
    EXPECT_THAT(fast.err, StartsWith("precis-sketch: " + broken + ": "));
    EXPECT_EQ(CountLines(fast.err), 1u) << fast.err;
  }
}

TEST(SketchOutputTest, ClosedPipeIsQuietAndFullDiskIsAnError) {
  const TempDir dir("sketch_output");
  std::ofstream stream(dir.Path("many.jsonl"));
  for (int i = 0; i < 3000; ++i) {
    stream << HostileRecord(std::to_string(i), "Story " + std::to_string(i) + " of the day.")
           << '\n';
  }
  stream.close();
  ExpectOutputSideContract("sketch", "--jsonl " + dir.Path("many.jsonl"), dir.path().string());
}

TEST(SketchDirectoryTest, DirectoryAmongInputsIsNamedAndTheStreamIsWhole) {
  // The stream used to stop without its end line, which readers take for a
  // cut stream.
  const TempDir dir("sketch_directory");
  const std::string story = "The council approved the harbour budget on Monday.";
  const std::string a = dir.Write("a.txt", story);
  const std::string b = dir.Write("b.txt", story);
  const std::string sub = dir.Path("sub");
  std::filesystem::create_directory(sub);
  const std::string jsonl = dir.Write("day.jsonl", HostileRecord("x", story) + "\n");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"-K", "8", a, sub, b},
        std::vector<std::string>{"-K", "8", "--jsonl", sub, jsonl, jsonl}}) {
    const AppRun run = RunApp(cli::RunSketch, args);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.err, "precis-sketch: " + sub + ": is a directory\n");
    const std::vector<std::string> lines = SplitLines(run.out);
    ASSERT_EQ(lines.size(), 4u);  // header, two records, end line
    EXPECT_THAT(lines[3], StartsWith("#precis-signatures-end\trecords=2\t"));
    // precis-dedup reads it back without a complaint.
    const AppRun read = RunApp(cli::RunDedup, {"--signatures", "-q"}, run.out);
    EXPECT_EQ(read.status, 0) << read.err;
  }
  // Band keys: the other inputs' bands, the directory named.
  const AppRun bands = RunApp(cli::RunSketch, {"-K", "8", "--emit-bands", "--bands", "2",
                                               "--rows", "4", a, sub});
  EXPECT_EQ(bands.status, 1);
  EXPECT_EQ(CountLines(bands.out), 2u);
  EXPECT_EQ(bands.err, "precis-sketch: " + sub + ": is a directory\n");
}

}  // namespace
}  // namespace precis::testing
