// The shingle and MinHash flags compare, sketch and dedup share
// (apps/common/shingle_options.h): one spelling, one range, and the old
// spellings still working with a one-line note.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "compare/compare.h"
#include "dedup/dedup.h"
#include "precis/sketch/minhash.h"
#include "sketch/sketch.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char kArticles[] =
    "{\"id\": \"a\", \"text\": \"The council approved the harbour budget on Tuesday after a long "
    "debate about repairs.\"}\n"
    "{\"id\": \"b\", \"text\": \"The council approved the harbour budget on Monday after a long "
    "debate about repairs.\"}\n";

TEST(ShingleOptionsTest, SketchAndDedupSpellTheSeedsApart) {
  const AppRun seeded =
      RunApp(cli::RunSketch, {"--jsonl", "-K", "8", "--minhash-seed", "7"}, kArticles);
  ASSERT_EQ(seeded.status, 0) << seeded.err;
  EXPECT_THAT(seeded.out, HasSubstr("\tseed=7\t"));
  EXPECT_EQ(seeded.err, "");
  const AppRun shingled =
      RunApp(cli::RunSketch, {"--jsonl", "-K", "8", "--shingle-seed", "9"}, kArticles);
  ASSERT_EQ(shingled.status, 0) << shingled.err;
  EXPECT_THAT(shingled.out, HasSubstr("\tshingle_seed=9\t"));
}

TEST(ShingleOptionsTest, OldSeedSpellingStillWorksWithANote) {
  const AppRun old = RunApp(cli::RunSketch, {"--jsonl", "-K", "8", "--seed", "7"}, kArticles);
  const AppRun now =
      RunApp(cli::RunSketch, {"--jsonl", "-K", "8", "--minhash-seed", "7"}, kArticles);
  ASSERT_EQ(old.status, 0) << old.err;
  EXPECT_EQ(old.out, now.out);
  EXPECT_EQ(old.err, "precis-sketch: --seed is deprecated; use --minhash-seed\n");
  const AppRun quiet = RunApp(cli::RunSketch, {"-q", "--jsonl", "--seed", "7"}, kArticles);
  EXPECT_EQ(quiet.err, "");
  const AppRun dedup = RunApp(cli::RunDedup, {"--jsonl", "-q", "--seed", "7"}, kArticles);
  EXPECT_EQ(dedup.status, 0);
  const AppRun noted = RunApp(cli::RunDedup, {"--jsonl", "--seed", "7"}, kArticles);
  EXPECT_THAT(noted.err, HasSubstr("precis-dedup: --seed is deprecated; use --minhash-seed\n"));
}

TEST(ShingleOptionsTest, CompareKeepsItsOldSpellingsWithNotes) {
  const std::string a = std::string(PRECIS_SOURCE_DIR) + "/corpus/en-council-budget-a.txt";
  const std::string b = std::string(PRECIS_SOURCE_DIR) + "/corpus/en-council-budget-b.txt";
  const AppRun now =
      RunApp(cli::RunCompare, {"--estimate", "--format", "jsonl", "--shingle-size", "4",
                               "--shingle-seed", "3", "--permutations", "64", a, b});
  const AppRun old = RunApp(cli::RunCompare, {"--estimate", "--format", "jsonl", "--shingle", "4",
                                              "--seed", "3", "--perms", "64", a, b});
  ASSERT_EQ(now.status, 0) << now.err;
  EXPECT_EQ(old.out, now.out);
  EXPECT_EQ(now.err, "");
  EXPECT_EQ(old.err,
            "precis-compare: --shingle is deprecated; use --shingle-size\n"
            "precis-compare: --seed is deprecated; use --shingle-seed\n"
            "precis-compare: --perms is deprecated; use --permutations\n");
  EXPECT_THAT(now.out, HasSubstr("\"permutations\":64"));
}

TEST(ShingleOptionsTest, OneRangeForThePermutationsEverywhere) {
  const std::string too_many = std::to_string(sketch::kPermutationRange.max + 1);
  const std::string message =
      "--permutations must be an integer in 1.." + std::to_string(sketch::kPermutationRange.max);
  for (cli::RunFunction run : {cli::RunSketch, cli::RunDedup, cli::RunCompare}) {
    const AppRun refused = RunApp(run, {"-K", too_many, "a", "b"});
    EXPECT_EQ(refused.status, 2);
    EXPECT_THAT(refused.err, HasSubstr(message));
  }
  const AppRun alias = RunApp(cli::RunCompare, {"--perms", too_many, "a", "b"});
  EXPECT_THAT(alias.err, HasSubstr("--perms must be an integer in 1.."));
}

TEST(ShingleOptionsTest, TheNewSpellingWinsOverTheOld) {
  const AppRun both = RunApp(
      cli::RunSketch, {"--jsonl", "-K", "8", "--seed", "1", "--minhash-seed", "2"}, kArticles);
  ASSERT_EQ(both.status, 0) << both.err;
  EXPECT_THAT(both.out, HasSubstr("\tseed=2\t"));
  EXPECT_THAT(both.err, HasSubstr("--seed is deprecated"));
}

TEST(ShingleOptionsTest, HelpListsTheNewSpellingsOnly) {
  for (cli::RunFunction run : {cli::RunSketch, cli::RunDedup, cli::RunCompare}) {
    const AppRun help = RunApp(run, {"--help"});
    EXPECT_THAT(help.out, HasSubstr("--shingle-size"));
    EXPECT_THAT(help.out, HasSubstr("--shingle-seed"));
    EXPECT_THAT(help.out, HasSubstr("--permutations"));
    EXPECT_THAT(help.out, HasSubstr("--minhash-seed"));
    EXPECT_THAT(help.out, Not(HasSubstr("--seed ")));
    EXPECT_THAT(help.out, Not(HasSubstr("--perms")));
  }
}

}  // namespace
}  // namespace precis::testing
