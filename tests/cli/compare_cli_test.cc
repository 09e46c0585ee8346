#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "compare/compare.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

AppRun Compare(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunCompare, args, stdin_text);
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = ScratchPath(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string::size_type start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

const std::string kBudgetA = SourcePath("corpus/en-council-budget-a.txt");
const std::string kBudgetB = SourcePath("corpus/en-council-budget-b.txt");
const std::string kBridge = SourcePath("corpus/en-harbour-bridge.txt");

constexpr char kStory[] =
    "The city council voted on Tuesday to close the old library after a long debate. "
    "Campaigners had fought the plan for two years and promised to keep going.";

TEST(CompareCliTest, TextReportsScoresPassagesAndSentences) {
  const AppRun run = Compare({kBudgetA, kBudgetB});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_THAT(run.out,
              StartsWith("A: " + kBudgetA + "\nB: " + kBudgetB + "\ncontainment of A in B "));
  EXPECT_THAT(run.out, HasSubstr("\npassages: "));
  // The libraries paragraph and the leader's quotes, moved apart in B, are
  // one passage (docs/compare.md, Passages, step 4).
  EXPECT_THAT(run.out, HasSubstr("A \"four of the town\u2019s seven branch libraries"));
  EXPECT_THAT(run.out, HasSubstr("Council leader Priya Halloran said"));
  EXPECT_THAT(run.out, HasSubstr("\nsentences of A mostly in B (coverage >= 0.5): "));
}

TEST(CompareCliTest, TextShowsScoresWithThreeDecimals) {
  const AppRun run = Compare({kBudgetA, kBudgetB, "--no-passages", "--no-coverage"});
  EXPECT_THAT(run.out, HasSubstr("\ncontainment of A in B 0.520, of B in A 0.472, jaccard 0.329, "
                                 "shared shingles 221 (A 425, B 468)\n"));
}

TEST(CompareCliTest, TextNeverRoundsPartialOverlapToAllOrNothing) {
  // 2,600 distinct words; B lacks the last one, so one of A's 2,596 shingles
  // is missing: containment 0.9996, which must not read as "1".
  std::string a;
  for (int i = 0; i < 2600; ++i) a += "w" + std::to_string(i) + " ";
  const std::string b = a.substr(0, a.size() - std::string("w2599 ").size());
  const AppRun run = Compare({WriteTemp("a.txt", a), WriteTemp("b.txt", b), "--no-passages",
                              "--no-coverage"});
  EXPECT_THAT(run.out, HasSubstr("\ncontainment of A in B >0.999, of B in A 1, jaccard >0.999,"));
  // B is A's first shingle alone: 1 of A's 2,600 shingles, 0.0004.
  const AppRun trace = Compare({WriteTemp("a.txt", a), WriteTemp("five.txt", "w0 w1 w2 w3 w4"),
                                "--no-passages", "--no-coverage"});
  EXPECT_THAT(trace.out, HasSubstr("\ncontainment of A in B <0.001, of B in A 1,"));
}

TEST(CompareCliTest, TsvGoldenForIdenticalAndDisjoint) {
  const std::string a = WriteTemp("a.txt", kStory);
  const std::string empty = WriteTemp("empty.txt", "");
  const AppRun run = Compare({"--format", "tsv", "--header", a, a, kBridge, empty});
  EXPECT_EQ(run.status, 0);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0],
            "a\tb\tcontainment_a\tcontainment_b\tjaccard\tshared\tshingles_a\tshingles_b\tpassages"
            "\tpassage_coverage_a\tpassage_coverage_b");
  // 28 words -> 24 five-word shingles; one passage over all of it.
  EXPECT_EQ(lines[1], a + "\t" + a + "\t1\t1\t1\t24\t24\t24\t1\t1\t1");
  EXPECT_THAT(lines[2], StartsWith(a + "\t" + kBridge + "\t0\t0\t0\t0\t24\t"));
  EXPECT_EQ(lines[3], a + "\t" + empty + "\t0\t0\t0\t0\t24\t0\t0\t0\t0");
}

TEST(CompareCliTest, DashReadsStdin) {
  const std::string a = WriteTemp("story.txt", kStory);
  const AppRun run = Compare({"--format", "tsv", "-", a}, kStory);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "-\t" + a + "\t1\t1\t1\t24\t24\t24\t1\t1\t1\n");
}

TEST(CompareCliTest, QuoteInsideArticleHasFullContainmentButLowJaccard) {
  const std::string quote =
      WriteTemp("quote.txt", "Campaigners had fought the plan for two years and promised");
  const std::string story = WriteTemp("story.txt", kStory);
  const AppRun run = Compare({"--format", "jsonl", "--no-coverage", quote, story});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"containment_a\":1,"));
  EXPECT_THAT(run.out, HasSubstr("\"jaccard\":0.25,"));  // 6 of 24
  EXPECT_THAT(run.out, HasSubstr("\"a_start\":0,\"a_end\":58,\"b_start\":80,\"b_end\":138"));
}

TEST(CompareCliTest, JsonlInputComparesFirstRecordWithTheOthers) {
  const std::string input = std::string("{\"id\":\"q\",\"text\":\"") + kStory +
                            "\"}\n{\"id\":\"same\",\"text\":\"" + kStory +
                            "\"}\n{\"id\":\"other\",\"text\":\"Snow closed the mountain pass.\"}\n";
  const AppRun run = Compare({"--jsonl", "--format", "tsv"}, input);
  EXPECT_EQ(run.status, 0);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], StartsWith("q\tsame\t1\t1\t1\t"));
  EXPECT_THAT(lines[1], StartsWith("q\tother\t0\t0\t0\t"));
  // One record has nothing to be compared with.
  EXPECT_EQ(Compare({"--jsonl"}, "{\"id\":\"q\",\"text\":\"alone\"}\n").status, 1);
}

TEST(CompareCliTest, PairsFileSelectsIdPairsAndReportsUnknownIds) {
  const std::string docs = WriteTemp(
      "docs.jsonl", std::string("{\"id\":\"a\",\"text\":\"") + kStory +
                        "\"}\n{\"id\":\"b\",\"text\":\"" + kStory +
                        "\"}\n{\"id\":\"c\",\"text\":\"Snow closed the mountain pass.\"}\n");
  const std::string pairs = WriteTemp("pairs.tsv", "# id pairs\nb\ta\nc\ta\na\tnobody\n");
  const AppRun run = Compare(
      {"--jsonl", "--pairs", pairs, "--format", "jsonl", "--no-passages", "--no-coverage", docs});
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[0], StartsWith("{\"a\":\"b\",\"b\":\"a\",\"containment_a\":1,"));
  EXPECT_THAT(lines[1], StartsWith("{\"a\":\"c\",\"b\":\"a\",\"containment_a\":0,"));
  EXPECT_EQ(lines[2],
            "{\"a\":\"a\",\"b\":\"nobody\",\"error\":\"pairs line 4: unknown id 'nobody'\"}");
  EXPECT_THAT(run.err, HasSubstr("unknown id 'nobody'"));
}

TEST(CompareCliTest, PairsFromStdin) {
  const std::string docs =
      WriteTemp("docs2.jsonl", std::string("{\"id\":\"a\",\"text\":\"") + kStory +
                                   "\"}\n{\"id\":\"b\",\"text\":\"" + kStory + "\"}\n");
  const AppRun run = Compare({"--jsonl", "--pairs", "-", "--format", "tsv", docs}, "a\tb\n");
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith("a\tb\t1\t1\t1\t"));
}

TEST(CompareCliTest, PredicatesFollowGrepsContract) {
  const AppRun met = Compare({"--min-containment", "0.5", "--format", "tsv", kBudgetA, kBudgetB});
  EXPECT_EQ(met.status, 0);
  EXPECT_EQ(Lines(met.out).size(), 1u);
  const AppRun not_met = Compare({"--min-jaccard", "0.9", "--format", "tsv", kBudgetA, kBudgetB});
  EXPECT_EQ(not_met.status, 1);
  EXPECT_EQ(not_met.out, "");
  // Only pairs meeting the bound are written; any met -> 0.
  const AppRun some =
      Compare({"--min-containment", "0.3", "--format", "tsv", kBudgetA, kBridge, kBudgetB});
  EXPECT_EQ(some.status, 0);
  EXPECT_THAT(some.out, StartsWith(kBudgetA + "\t" + kBudgetB + "\t"));
  const AppRun error = Compare({"--min-containment", "0.5", kBudgetA, "/nonexistent/b.txt"});
  EXPECT_EQ(error.status, 2);
  EXPECT_THAT(error.err, HasSubstr("/nonexistent/b.txt"));
  EXPECT_EQ(Compare({"--min-containment", "1.5", kBudgetA, kBudgetB}).status, 2);
}

TEST(CompareCliTest, BadInputIsADataErrorWithoutPredicates) {
  const std::string bad = WriteTemp("bad.txt", "caf\xE9 au lait");
  const AppRun run = Compare({"--format", "jsonl", kBudgetA, bad});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(bad + ": "));
  EXPECT_THAT(run.err, HasSubstr("byte 3"));
  EXPECT_THAT(run.out, HasSubstr("\"error\":"));
  // --encoding auto converts it instead.
  EXPECT_EQ(Compare({"--encoding", "auto", "-q", kBudgetA, bad}).status, 0);
}

TEST(CompareCliTest, UsageErrors) {
  EXPECT_EQ(Compare({kBudgetA}).status, 2);
  EXPECT_EQ(Compare({"--format", "xml", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--unit", "syllable", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--pairs", "p.tsv", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"-k", "0", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--estimate", "--perms", "0", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--no-such-flag", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"-", "-"}, "same text twice").status, 2);
  EXPECT_EQ(Compare({"--jsonl", "--pairs", "-"}, "{}").status, 2);
}

TEST(CompareCliTest, HelpAndVersion) {
  const AppRun help = Compare({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_THAT(help.out, HasSubstr("--min-containment"));
  EXPECT_THAT(help.out, HasSubstr("--ignore-common"));
  EXPECT_EQ(Compare({"--version"}).status, 0);
}

TEST(CompareCliTest, EstimateAddsMinHashFigures) {
  const AppRun run = Compare({"--estimate", "--perms", "256", "--format", "jsonl", "--no-passages",
                              "--no-coverage", kBudgetA, kBudgetB});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"estimate\":{\"jaccard\":"));
  EXPECT_THAT(run.out, HasSubstr("\"permutations\":256}"));
}

TEST(CompareCliTest, IgnoreCommonDropsBoilerplate) {
  const std::string signoff = " Reporting by Ann Lee in Leeds; editing by Tom Fox.";
  const std::string a = WriteTemp("wire-a.txt", "Flood water reached the town centre." + signoff);
  const std::string b = WriteTemp("wire-b.txt", "The mayor opened a new bridge today." + signoff);
  const std::string list =
      WriteTemp("boiler.txt", "Reporting by Ann Lee in Leeds; editing by Tom Fox\n");
  const AppRun plain = Compare({"--format", "tsv", a, b});
  EXPECT_THAT(plain.out, HasSubstr("\t6\t"));  // 10 sign-off words -> 6 shared shingles
  const AppRun guarded = Compare({"--format", "tsv", "--ignore-common", list, a, b});
  EXPECT_EQ(guarded.status, 0);
  EXPECT_THAT(guarded.out, StartsWith(a + "\t" + b + "\t0\t0\t0\t0\t"));
  EXPECT_EQ(Compare({"--ignore-common", "/nonexistent/list", a, b}).status, 1);
}

TEST(CompareCliTest, ReorderedParagraphsOfOneRegionAreOnePassage) {
  const std::string p1 = "Flood water reached the town centre before dawn and shops stayed shut.";
  const std::string p2 = "Engineers expect the river to fall slowly over the next three days.";
  const std::string a = WriteTemp("p12.txt", p1 + "\n\n" + p2 + "\n");
  const std::string b = WriteTemp("p21.txt", p2 + "\n\n" + p1 + "\n");
  const AppRun run = Compare({"--format", "tsv", a, b});
  EXPECT_EQ(run.status, 0);
  // 24 words -> 20 shingles, 4 across the paragraph join; one passage.
  EXPECT_EQ(run.out, a + "\t" + b + "\t0.8\t0.8\t0.666667\t16\t20\t20\t1\t1\t1\n");
  const AppRun all = Compare({"--format", "tsv", "--all-alignments", a, b});
  EXPECT_EQ(all.out, a + "\t" + b + "\t0.8\t0.8\t0.666667\t16\t20\t20\t2\t1\t1\n");
}

TEST(CompareCliTest, RepeatedSourceGivesOnePassageWithAlternatives) {
  const std::string quote =
      "the minister said the new rail line would be finished before the end of the decade";
  const std::string a = WriteTemp("quote-a.txt", "In a speech, " + quote + ", to applause.\n");
  const std::string b =
      WriteTemp("quote-b.txt", "Earlier, " + quote + ". Later he repeated that " + quote + ".\n");
  const AppRun run = Compare({"--no-coverage", a, b});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("passages: 1\n"));
  EXPECT_THAT(run.out, HasSubstr(", also matches 1 other place in B\n"));
  const AppRun jsonl = Compare({"--format", "jsonl", "--no-coverage", a, b});
  EXPECT_THAT(jsonl.out, HasSubstr("\"alternatives\":1"));
}

TEST(CompareCliTest, ShortTextsUseTheFallback) {
  const std::string a = WriteTemp("short-a.txt", "Library closes");
  const std::string b = WriteTemp("short-b.txt", "LIBRARY closes!");
  const AppRun run = Compare({"--format", "jsonl", "--no-coverage", a, b});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"jaccard\":1,"));
  EXPECT_THAT(run.out, HasSubstr("\"short_text\":true"));
}

TEST(CompareCliTest, CharacterShinglesForChinese) {
  const std::string zh = SourcePath("corpus/zh-weather.txt");
  const AppRun run = Compare({"--unit", "char", "--lang", "zh", "--format", "tsv", zh, zh});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith(zh + "\t" + zh + "\t1\t1\t1\t"));
}

}  // namespace
}  // namespace precis::testing
