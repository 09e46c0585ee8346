// The output side of the CLI contract: closed pipes end quietly, full disks
// are errors, output is deterministic.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "process/process_runner.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

std::string ManySentences() {
  const std::string path = ScratchPath("many.txt").string();
  std::ofstream file(path);
  for (int i = 0; i < 200000; ++i) file << "Sentence number " << i << " is here. ";
  return path;
}

TEST(OutputSideTest, ClosedPipeEndsQuietlyWithoutErrorSpam) {
  // Like cat or grep, the app dies of SIGPIPE (status 141 to a shell) and
  // prints nothing on stderr.
  const std::string errors =
      ScratchPath("pipe_errors.txt").string();
  const ProcessRun first_line =
      RunShell(AppPath("split") + " " + ManySentences() + " 2>" + errors + " | head -1");
  EXPECT_EQ(first_line.out, "Sentence number 0 is here.\n");
  const ProcessRun stderr_text = RunShell("cat " + errors);
  EXPECT_EQ(stderr_text.out, "");
}

TEST(OutputSideTest, FullDiskIsAnErrorWithExitOne) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const ProcessRun run = RunShell(AppPath("split") + " " + ManySentences() + " 2>&1 >/dev/full");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "precis-split: cannot write the output: No space left on device\n");
}

TEST(OutputSideTest, ClosedStdoutSaysSoWithExitOne) {
  const ProcessRun run = RunShell(AppPath("split") + " " + ManySentences() + " 2>&1 >&-");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "precis-split: cannot write the output: Bad file descriptor\n");
}

// Two texts sharing every sentence, so a containment predicate holds.
std::string SameText(const std::string& name) {
  const std::string path = ScratchPath(name).string();
  std::ofstream(path) << "The city council approved a new budget on Tuesday after a long debate "
                         "about bus routes. Funding for libraries rises by ten percent.\n";
  return path;
}

// In grep's contract 1 means "no match": a failed write must be 2.
TEST(OutputSideTest, FailedWriteInCompareFilterIsExitTwo) {
  const std::string command = AppPath("compare") + " --min-containment 0.5 " + SameText("a.txt") +
                              " " + SameText("b.txt") + " 2>&1";
  EXPECT_EQ(RunShell(command).status, 0);
  const ProcessRun closed = RunShell(command + " >&-");
  EXPECT_EQ(closed.status, 2);
  EXPECT_EQ(closed.out, "precis-compare: cannot write the output: Bad file descriptor\n");
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const ProcessRun full = RunShell(command + " >/dev/full");
  EXPECT_EQ(full.status, 2);
  EXPECT_EQ(full.out, "precis-compare: cannot write the output: No space left on device\n");
}

TEST(OutputSideTest, FailedWriteInSearchQueryIsExitTwo) {
  const std::string index = ScratchPath("index").string();
  const std::string article = SameText("article.txt");
  ASSERT_EQ(RunShell(AppPath("search") + " -q --index " + index + " build " + article).status, 0);
  const std::string command =
      AppPath("search") + " --index " + index + " query " + SameText("query.txt") + " 2>&1";
  EXPECT_EQ(RunShell(command).status, 0);
  const ProcessRun closed = RunShell(command + " >&-");
  EXPECT_EQ(closed.status, 2);
  EXPECT_EQ(closed.out, "precis-search: cannot write the output: Bad file descriptor\n");
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const ProcessRun full = RunShell(command + " >/dev/full");
  EXPECT_EQ(full.status, 2);
  EXPECT_EQ(full.out, "precis-search: cannot write the output: No space left on device\n");
}

TEST(OutputSideTest, SameInputGivesByteIdenticalOutput) {
  const std::string command = AppPath("split") + " --format jsonl " + ManySentences();
  const ProcessRun first = RunShell(command);
  const ProcessRun second = RunShell(command);
  EXPECT_EQ(first.status, 0);
  EXPECT_EQ(first.out, second.out);
}

}  // namespace
}  // namespace precis::testing
