#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/app_runner.h"
#include "hostile/hostile_inputs.h"
#include "support/scratch_path.h"
#include "split/split.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

class SplitHostileTest : public ::testing::TestWithParam<HostileInput> {};

std::string WriteInput(const HostileInput& input) {
  const std::filesystem::path path = ScratchPath(input.name + ".txt");
  std::ofstream(path, std::ios::binary) << input.bytes;
  return path.string();
}

TEST_P(SplitHostileTest, GivesTheDefinedOutcome) {
  const HostileInput& input = GetParam();
  const std::string path = WriteInput(input);
  const AppRun run = RunApp(cli::RunSplit, {path});
  EXPECT_EQ(run.status, input.status) << run.err;
  if (!input.diagnostic.empty()) {
    EXPECT_THAT(run.err, HasSubstr(path + ": " + input.diagnostic));
  }
  EXPECT_EQ(!run.out.empty(), input.has_text);
  // Diagnostics are single lines, each naming the app.
  std::size_t start = 0;
  while (start < run.err.size()) {
    EXPECT_EQ(run.err.compare(start, 14, "precis-split: "), 0) << run.err;
    start = run.err.find('\n', start) + 1;
  }
}

TEST_P(SplitHostileTest, JsonlStreamKeepsOneRecordPerInput) {
  // The same input as the text of a JSONL record, between two good ones: the
  // stream never loses a record.
  const HostileInput& input = GetParam();
  if (input.bytes.find('\0') != std::string::npos) GTEST_SKIP() << "not a JSON string";
  std::string escaped;
  for (const char c : input.bytes) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') { escaped += "\\n"; continue; }
    if (c == '\r') { escaped += "\\r"; continue; }
    if (c == '\t') { escaped += "\\t"; continue; }
    escaped += c;
  }
  const std::string stream = "{\"id\":\"before\",\"text\":\"First.\"}\n{\"id\":\"hostile\",\"text\":\"" +
                             escaped + "\"}\n{\"id\":\"after\",\"text\":\"Last.\"}\n";
  const AppRun run = RunApp(cli::RunSplit, {"--jsonl", "--format", "jsonl"}, stream);
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"before\",\"index\":0"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"after\",\"index\":0"));
  if (input.status != 0) {
    // Invalid UTF-8 spoils the whole JSON line, so the id may be unknown (null).
    EXPECT_THAT(run.out, HasSubstr(",\"line\":2,\"error\":"));
  }
}

INSTANTIATE_TEST_SUITE_P(Inputs, SplitHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(SplitHostileLargeTest, HundredMegabyteLineIsOneSentence) {
  const std::filesystem::path path = ScratchPath("100mb_line.txt");
  {
    std::ofstream file(path, std::ios::binary);
    const std::string chunk = Repeat("alpha beta gamma delta ", 1000);
    for (std::size_t written = 0; written < (100u << 20); written += chunk.size()) file << chunk;
  }
  const AppRun run = RunApp(cli::RunSplit, {"--format", "tsv", path.string()});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
  std::filesystem::remove(path);
}

TEST(SplitHostileLargeTest, WindowsEncodedRealFilesDecodeWithEncodingAuto) {
  // clough-stevenson holds real Windows-1252 answers; every file must come
  // through --encoding auto.
  const std::filesystem::path folder = std::string(PRECIS_DATA_DIR) + "/clough-stevenson";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "no " << folder;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const AppRun run = RunApp(cli::RunSplit, {"--encoding", "auto", entry.path().string()});
    EXPECT_EQ(run.status, 0) << entry.path() << ": " << run.err;
    EXPECT_FALSE(run.out.empty()) << entry.path();
  }
  EXPECT_EQ(files, 100);
}

}  // namespace
}  // namespace precis::testing
