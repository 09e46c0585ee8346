#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "process/process_runner.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

TEST(UmbrellaTest, HelpListsVerbsWithOneLineEach) {
  // The umbrella looks for precis-<verb> beside itself, then on PATH.
  const ProcessRun run = RunShell("PATH=" + BinDir() + "/split:$PATH " + AppPath("") + " --help");
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("Usage: precis <verb>"));
  EXPECT_THAT(run.out, HasSubstr("  split       split text into sentences with byte offsets\n"));
}

TEST(UmbrellaTest, RunsTheVerbWithItsArguments) {
  const ProcessRun run = RunShell("printf 'One. Two.' | PATH=" + BinDir() + "/split:$PATH " +
                                  AppPath("") + " split --format tsv");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "-\t0\t0\t4\tOne.\n-\t1\t5\t9\tTwo.\n");
}

TEST(UmbrellaTest, PassesTheVerbsExitStatusThrough) {
  const ProcessRun run =
      RunShell("PATH=" + BinDir() + "/split:$PATH " + AppPath("") + " split --bogus 2>/dev/null");
  EXPECT_EQ(run.status, 2);
}

TEST(UmbrellaTest, FindsVerbsInTheBuildTreeWithoutPath) {
  const ProcessRun run = RunShell("printf 'One. Two.' | PATH=/usr/bin:/bin " + AppPath("") + " split");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "One.\nTwo.\n");
}

TEST(UmbrellaTest, UnknownVerbIsAUsageError) {
  const ProcessRun run = RunShell(AppPath("") + " frobnicate 2>&1");
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.out, HasSubstr("unknown verb 'frobnicate'"));
}

TEST(UmbrellaTest, HelpVerbPrintsTheVerbsOwnHelp) {
  const ProcessRun run = RunShell(AppPath("") + " help split");
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("Usage: precis-split"));
}

TEST(UmbrellaTest, MistypedVerbGetsASuggestion) {
  const ProcessRun british = RunShell(AppPath("") + " splot 2>&1");
  EXPECT_EQ(british.status, 2);
  EXPECT_THAT(british.out, HasSubstr("unknown verb 'splot'; did you mean 'split'?"));
  const ProcessRun prefix = RunShell(AppPath("") + " spl 2>&1");
  EXPECT_THAT(prefix.out, HasSubstr("did you mean 'split'?"));
  const ProcessRun far = RunShell(AppPath("") + " frobnicate 2>&1");
  EXPECT_THAT(far.out, ::testing::Not(HasSubstr("did you mean")));
}

}  // namespace
}  // namespace precis::testing
