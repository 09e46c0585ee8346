// precis-summarize --story and --group-by: golden outputs, grouping, budgets,
// bad records and usage errors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "dedup/dedup.h"
#include "precis/io/jsonl.h"
#include "summarize/story_buffer.h"
#include "summarize/summarize.h"
#include "support/read_file.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

AppRun Summarize(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunSummarize, args, stdin_text);
}

const std::string kA = SourcePath("corpus/en-council-budget-a.txt");
const std::string kB = SourcePath("corpus/en-council-budget-b.txt");
const std::string kC = SourcePath("corpus/en-council-budget-c.txt");

// One JSONL record; `story_json` is the raw JSON of the story key.
std::string Record(const std::string& id, const std::string& story_json, const std::string& path) {
  return io::JsonObject()
             .Add("id", id)
             .AddRaw("story", story_json)
             .Add("text", ReadFileBytes(path))
             .Finish() +
         "\n";
}

TEST(SummarizeStoryCliTest, TsvGoldenOnThreeOutlets) {
  const AppRun run = Summarize({"--story", "-n", "2", "--format", "tsv", kA, kB, kC});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "-\t" + kA + "\t1\t71\t240\t360\tWexley Borough Council has approved a 4.2% rise in "
            "council tax for the coming year, ending weeks of argument over how the town should "
            "close a £6.8m gap in its finances.\n"
            "-\t" + kA + "\t2\t242\t439\t460\tThe budget was passed late on Tuesday night by 27 "
            "votes to 19, with two abstentions, after a meeting that ran for more than five hours "
            "and was twice interrupted by protesters in the public gallery.\n");
  EXPECT_EQ(run.err, "");
}

TEST(SummarizeStoryCliTest, TextGoldenAt665Bytes) {
  const AppRun run = Summarize({"--story", "--bytes", "665", kA, kB, kC});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "Wexley Borough Council has approved a 4.2% rise in council tax for the coming year, "
            "ending weeks of argument over how the town should close a £6.8m gap in its "
            "finances.\n"
            "The budget was passed late on Tuesday night by 27 votes to 19, with two abstentions, "
            "after a meeting that ran for more than five hours and was twice interrupted by "
            "protesters in the public gallery.\n"
            "The plan to shut four of the town’s seven branch libraries was dropped at the last "
            "minute.\n"
            "Instead, the libraries at Orchard Street, Hallam Green, Pike Lane and Sefton Row "
            "will reduce their opening hours from six days a week to four.\n"
            "The increase adds about £81 a year to a Band D bill.\n");
  std::size_t bytes = 0;
  for (char c : run.out) bytes += c != '\n';
  EXPECT_LE(bytes, 665u);
}

TEST(SummarizeStoryCliTest, DatelineIsLeftOutAndTheStartSaysSo) {
  // Two agency copies of an invented story: the summary shows the first
  // sentence without "MARLOW, England (AP) _ " (23 bytes), from byte 23.
  const std::string lead = "The river Wend burst its banks at Marlow Ferry on Sunday night.";
  const std::string stream =
      io::JsonObject()
          .Add("id", "ap")
          .Add("text", "MARLOW, England (AP) _ " + lead + " Forty homes were flooded.")
          .Finish() +
      "\n" +
      io::JsonObject().Add("id", "pa").Add("text", lead + " Crews rescued forty people.").Finish() +
      "\n";
  const AppRun run = Summarize({"--jsonl", "--story", "-n", "1", "--format", "tsv"}, stream);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "-\tap\t0\t23\t86\t270\t" + lead + "\n");
}

TEST(SummarizeStoryCliTest, GroupByGivesOneStoryPerKeyInOrderOfFirstAppearance) {
  const std::string stream = Record("bridge", "\"harbour\"", SourcePath("corpus/en-harbour-bridge.txt")) +
                             Record("a", "\"budget\"", kA) + Record("b", "7", kB) +
                             Record("c", "\"budget\"", kC);
  const AppRun run =
      Summarize({"--jsonl", "--group-by", "story", "-n", "1", "--format", "jsonl"}, stream);
  EXPECT_EQ(run.status, 0) << run.err;
  std::vector<std::string> lines;
  for (std::size_t start = 0, end; (end = run.out.find('\n', start)) != std::string::npos;
       start = end + 1) {
    lines.push_back(run.out.substr(start, end - start));
  }
  ASSERT_EQ(lines.size(), 3u) << run.out;
  EXPECT_THAT(lines[0], HasSubstr("{\"story\":\"harbour\",\"articles\":1,"));
  EXPECT_THAT(lines[1], HasSubstr("{\"story\":\"budget\",\"articles\":2,"));
  EXPECT_THAT(lines[1], HasSubstr("\"article\":\"a\",\"index\":1,\"start\":71,\"end\":240,"));
  EXPECT_THAT(lines[2], HasSubstr("{\"story\":\"7\",\"articles\":1,"));

  const AppRun text = Summarize({"--jsonl", "--group-by", "story", "-n", "1"}, stream);
  EXPECT_EQ(text.status, 0);
  EXPECT_THAT(text.out, HasSubstr("==> harbour <==\nThe rebuilt Callow Harbour Bridge reopened"));
  EXPECT_THAT(text.out, HasSubstr(".\n\n==> budget <==\nWexley Borough Council has approved"));
}

// A stream longer than memory: with --buffer-size 0 every text waits in the
// temporary file, and the summaries are the same, in every format.
TEST(SummarizeStoryCliTest, TextsBeyondTheBufferWaitOnDiskWithTheSameSummaries) {
  const std::string stream = Record("a", "\"budget\"", kA) +
                             Record("bridge", "\"harbour\"", SourcePath("corpus/en-harbour-bridge.txt")) +
                             Record("b", "\"budget\"", kB) + Record("c", "\"budget\"", kC);
  for (const std::string format : {"text", "tsv", "jsonl"}) {
    const std::vector<std::string> args = {"--jsonl", "--group-by", "story", "--bytes", "665",
                                           "--format", format};
    std::vector<std::string> spilling = args;
    spilling.insert(spilling.end(), {"--buffer-size", "0"});
    const AppRun in_memory = Summarize(args, stream);
    const AppRun on_disk = Summarize(spilling, stream);
    EXPECT_EQ(in_memory.status, 0) << in_memory.err;
    EXPECT_EQ(on_disk.status, 0) << on_disk.err;
    EXPECT_THAT(in_memory.out, HasSubstr("Wexley Borough Council")) << format;
    EXPECT_EQ(on_disk.out, in_memory.out) << format;
  }
}

// Texts within the limit stay in memory; from the first that does not fit,
// every text goes to the file (one run, in input order). A story gets its
// articles back in order wherever each text waited.
TEST(StoryBufferTest, HoldsTextsUpToTheLimitAndSpillsTheRest) {
  cli::StoryBuffer buffer(/*memory_limit=*/10);
  ASSERT_TRUE(buffer.Add("s", false, "one", "123456").ok());
  ASSERT_TRUE(buffer.Add("t", false, "two", "abcdefgh").ok());  // 6 + 8 > 10: to the file
  ASSERT_TRUE(buffer.Add("s", false, "three", "xyz").ok());    // after a spill: to the file too
  ASSERT_TRUE(buffer.Add("s", false, "four", "spilled").ok());
  EXPECT_TRUE(buffer.spilled());
  ASSERT_EQ(buffer.story_count(), 2u);
  EXPECT_EQ(buffer.key(0), "s");
  std::vector<std::string> texts;
  std::vector<summarize::StoryArticle> articles;
  ASSERT_TRUE(buffer.Load(0, texts, articles).ok());
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id, "one");
  EXPECT_EQ(articles[0].text, "123456");
  EXPECT_EQ(articles[1].text, "xyz");
  EXPECT_EQ(articles[2].id, "four");
  EXPECT_EQ(articles[2].text, "spilled");
  ASSERT_TRUE(buffer.Load(1, texts, articles).ok());
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "abcdefgh");
}

// Keys are one story when they are the same string or numbers of the same
// value; a number and a string never are.
TEST(StoryBufferTest, NumbersAreKeysByValueAndNeverStrings) {
  cli::StoryBuffer buffer(/*memory_limit=*/1 << 20);
  ASSERT_TRUE(buffer.Add("7", true, "a", "x").ok());
  ASSERT_TRUE(buffer.Add("7", false, "b", "x").ok());     // the string "7"
  ASSERT_TRUE(buffer.Add("7.0", true, "c", "x").ok());    // the number 7
  ASSERT_TRUE(buffer.Add("70e-1", true, "d", "x").ok());  // the number 7 again
  ASSERT_TRUE(buffer.Add("7.0", false, "e", "x").ok());   // a string other than "7"
  ASSERT_TRUE(buffer.Add("0.1", true, "f", "x").ok());
  ASSERT_TRUE(buffer.Add("1e-1", true, "g", "x").ok());
  ASSERT_TRUE(buffer.Add("-0", true, "h", "x").ok());
  ASSERT_TRUE(buffer.Add("0.0", true, "i", "x").ok());
  ASSERT_TRUE(buffer.Add("12345678901234567890", true, "j", "x").ok());
  ASSERT_TRUE(buffer.Add("12345678901234567891", true, "k", "x").ok());
  ASSERT_EQ(buffer.story_count(), 7u);
  EXPECT_EQ(buffer.key(0), "7");  // as first seen
  EXPECT_EQ(buffer.key(2), "7.0");
  EXPECT_EQ(buffer.key(3), "0.1");
  std::vector<std::string> texts;
  std::vector<summarize::StoryArticle> articles;
  const auto ids = [&](std::size_t story) {
    EXPECT_TRUE(buffer.Load(story, texts, articles).ok());
    std::string joined;
    for (const summarize::StoryArticle& article : articles) joined += article.id;
    return joined;
  };
  EXPECT_EQ(ids(0), "acd");
  EXPECT_EQ(ids(1), "b");
  EXPECT_EQ(ids(2), "e");
  EXPECT_EQ(ids(3), "fg");
  EXPECT_EQ(ids(4), "hi");
  EXPECT_EQ(ids(5), "j");  // integers beyond a double's precision stay apart
  EXPECT_EQ(ids(6), "k");
}

TEST(SummarizeStoryCliTest, BadRecordsAreReportedAndTheirStoryStillSummarized) {
  const std::string stream = Record("a", "\"budget\"", kA) +
                             "{\"id\":\"nokey\",\"text\":\"A record without a story key.\"}\n"
                             "not json\n" +
                             Record("c", "\"budget\"", kC);
  const AppRun run =
      Summarize({"--jsonl", "--group-by", "story", "-n", "2", "--format", "jsonl"}, stream);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"nokey\",\"line\":2,\"error\":\"no field \\\"story\\\""));
  EXPECT_THAT(run.out, HasSubstr("\"line\":3,\"error\":\"malformed JSON"));
  EXPECT_THAT(run.out, HasSubstr("{\"story\":\"budget\",\"articles\":2,"));
  EXPECT_THAT(run.err, HasSubstr("line 2 (byte "));
  const AppRun fail_fast = Summarize(
      {"--jsonl", "--group-by", "story", "--fail-fast", "--format", "jsonl"}, stream);
  EXPECT_EQ(fail_fast.status, 1);
  EXPECT_THAT(fail_fast.out, ::testing::Not(HasSubstr("\"story\":\"budget\"")));
}

TEST(SummarizeStoryCliTest, UsageErrorsComeBeforeAnyInputIsRead) {
  const std::string missing = "/nonexistent/precis-story-input.txt";
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--group-by", "story", missing},
           {"--story", "--keywords", "3", missing},
           {"--story", "--min-agreement", "0", missing},
           {"--story", "--min-agreement", "1.5", missing},
           {"--story", "--lead-weight", "-1", missing},
           {"--story", "--lead-weight", "1e308", missing},  // scores would overflow
           {"--story", "--word-weight", "2", missing},
           {"--jsonl", "--group-by", "story", "--buffer-size", "-1", missing}}) {
    const AppRun run = Summarize(args);
    EXPECT_EQ(run.status, 2) << args[1] << ": " << run.err;
    EXPECT_THAT(run.err, ::testing::Not(HasSubstr("nonexistent")));
  }
}

// The corpus pipeline of the README: dedup labels each article with its
// cluster, summarize --group-by cluster makes one story of each.
TEST(SummarizeStoryCliTest, DedupLabeledStreamFeedsGroupBy) {
  std::string feed;
  for (const char* name : {"en-council-budget-a", "en-harbour-bridge", "en-council-budget-b",
                           "en-short-wire", "en-council-budget-c"}) {
    feed += io::JsonObject()
                .Add("id", name)
                .Add("text", ReadFileBytes(SourcePath(std::string("corpus/") + name + ".txt")))
                .Finish() +
            "\n";
  }
  const std::vector<std::string> dedup_args = {"--quiet", "--jsonl", "--output", "labeled",
                                               "--threshold", "0.1", "--shingle-size", "2"};
  const AppRun labels = RunApp(cli::RunDedup, dedup_args, feed);
  EXPECT_EQ(labels.status, 0) << labels.err;
  EXPECT_EQ(labels.out,
            "en-council-budget-a\ten-council-budget-a\n"
            "en-harbour-bridge\ten-harbour-bridge\n"
            "en-council-budget-b\ten-council-budget-a\n"
            "en-short-wire\ten-short-wire\n"
            "en-council-budget-c\ten-council-budget-a\n");
  std::vector<std::string> jsonl_args = dedup_args;
  jsonl_args.insert(jsonl_args.end(), {"--format", "jsonl"});
  const AppRun records = RunApp(cli::RunDedup, jsonl_args, feed);
  EXPECT_EQ(records.status, 0) << records.err;
  const AppRun stories =
      Summarize({"--jsonl", "--group-by", "cluster", "-n", "1", "--format", "tsv"}, records.out);
  EXPECT_EQ(stories.status, 0) << stories.err;
  EXPECT_THAT(stories.out,
              ::testing::StartsWith("en-council-budget-a\ten-council-budget-a\t2\t242\t439\t"));
  EXPECT_THAT(stories.out, HasSubstr("\nen-harbour-bridge\ten-harbour-bridge\t"));
  EXPECT_THAT(stories.out, HasSubstr("\nen-short-wire\ten-short-wire\t"));
  EXPECT_EQ(std::count(stories.out.begin(), stories.out.end(), '\n'), 3);
}

TEST(SummarizeStoryCliTest, OneFileStoryIsTheSingleArticleSummary) {
  const AppRun story = Summarize({"--story", "-n", "2", kA});
  const AppRun single = Summarize({"-n", "2", kA});
  EXPECT_EQ(story.status, 0);
  EXPECT_EQ(story.out, single.out);
}

}  // namespace
}  // namespace precis::testing
