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
  EXPECT_THAT(run.out, HasSubstr("precis-split: cannot write the output"));
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
