#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/app_runner.h"
#include "precis/tfidf/idf_model.h"
#include "summarize/summarize.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

AppRun Summarize(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunSummarize, args, stdin_text);
}

constexpr const char* kArticle =
    "Council approves harbour bridge budget\n"
    "\n"
    "The city council approved the budget for the new harbour bridge on Tuesday. "
    "Weather was mild across the region. "
    "The harbour bridge will cost 40 million pounds and open in 2027. "
    "A local bakery won a prize for its bread. "
    "Critics said the bridge budget was too high for the council.";

std::string JsonlRecord(const std::string& id, const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '\n') {
      escaped += "\\n";
    } else if (c == '"') {
      escaped += "\\\"";
    } else {
      escaped += c;
    }
  }
  return "{\"id\":\"" + id + "\",\"text\":\"" + escaped + "\"}\n";
}

TEST(SummarizeCliTest, TextOutputMatchesGolden) {
  const AppRun run = Summarize({"-n", "2"}, kArticle);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "The city council approved the budget for the new harbour bridge on Tuesday.\n"
            "The harbour bridge will cost 40 million pounds and open in 2027.\n");
  EXPECT_EQ(run.err, "");
}

TEST(SummarizeCliTest, JsonlOutputMatchesGolden) {
  const AppRun run = Summarize({"--jsonl", "--format", "jsonl", "-n", "2", "--keywords", "3"},
                               JsonlRecord("a1", kArticle));
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "{\"id\":\"a1\",\"sentences\":[{\"index\":1,\"start\":40,\"end\":115,"
            "\"score\":1,\"text\":\"The city council approved the budget for the new "
            "harbour bridge on Tuesday.\"},{\"index\":3,\"start\":152,\"end\":216,"
            "\"score\":0.404158,\"text\":\"The harbour bridge will cost 40 million pounds and "
            "open in 2027.\"}],\"keywords\":[{\"text\":\"harbour\",\"weight\":12.7642},"
            "{\"text\":\"bridge\",\"weight\":12.4921},{\"text\":\"bakery\",\"weight\":7.18083}],"
            "\"sentence_count\":6,\"headline\":true}\n");
}

TEST(SummarizeCliTest, TsvOutputMatchesGolden) {
  const AppRun run = Summarize({"--format", "tsv", "-n", "1", "--keywords", "1"}, kArticle);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "-\tsentence\t1\t40\t115\t1\tThe city council approved the budget for "
            "the new harbour bridge on Tuesday.\n"
            "-\tkeyword\t0\t-\t-\t12.7642\tharbour\n");
}

TEST(SummarizeCliTest, RankOrderAndLeadMethod) {
  const AppRun lead = Summarize({"--method", "lead", "-n", "2"}, kArticle);
  EXPECT_EQ(lead.out,
            "The city council approved the budget for the new harbour bridge on Tuesday.\n"
            "Weather was mild across the region.\n");
  const AppRun rank = Summarize({"--order", "rank", "--format", "tsv", "-n", "3"}, kArticle);
  EXPECT_EQ(rank.status, 0);
}

TEST(SummarizeCliTest, SampleArticleSummarizes) {
  const AppRun run = Summarize({SourcePath("corpus/000_7607a87248a232cc.txt")});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
}

TEST(SummarizeCliTest, CorpusWireItemIsShownWithoutItsDateline) {
  // "TARNBY (Northshore Wire) — " (29 bytes) opens the first body sentence at
  // byte 58: its summary sentence starts at byte 87.
  const AppRun run =
      Summarize({"--format", "tsv", "-n", "1", SourcePath("corpus/en-short-wire.txt")});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            SourcePath("corpus/en-short-wire.txt") +
                "\tsentence\t1\t87\t237\t0.942363\tSkerrow Lines suspended all sailings "
                "between Tarnby and the Halvard Islands on Thursday after an engine fault "
                "disabled its only vessel, the MV Gannet.\n");
}

TEST(SummarizeCliTest, WordAndByteBudgetsHold) {
  const AppRun words = Summarize({"--words", "12"}, kArticle);
  EXPECT_EQ(words.status, 0);
  std::size_t count = 0;
  bool in_word = false;
  for (char c : words.out) {
    const bool word_char = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (word_char && !in_word) ++count;
    in_word = word_char;
  }
  EXPECT_LE(count, 12u);
  EXPECT_GT(count, 0u);
  const AppRun bytes = Summarize({"--bytes", "20", "--format", "jsonl"}, kArticle);
  EXPECT_THAT(bytes.out, HasSubstr("\"truncated\":true"));
}

std::string WriteScratch(const std::string& name, const std::string& text) {
  const std::string path = ScratchPath(name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(SummarizeCliTest, SeveralFilesAreIntroducedByNameAsHeadDoes) {
  const std::string bridge = WriteScratch("bridge.txt", kArticle);
  const std::string ferry = WriteScratch(
      "ferry.txt",
      "The island ferry will run every hour from May, the operator said on Monday. "
      "Tickets will cost the same as last year.");
  const AppRun run = Summarize({"-n", "1", bridge, ferry});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "==> " + bridge + " <==\n"
            "The city council approved the budget for the new harbour bridge on Tuesday.\n"
            "\n"
            "==> " + ferry + " <==\n"
            "The island ferry will run every hour from May, the operator said on Monday.\n");
  // Standard input among the files is named as head names it.
  const AppRun with_stdin = Summarize({"-n", "1", bridge, "-"}, "Only one line of text here.");
  EXPECT_THAT(with_stdin.out, HasSubstr("\n\n==> standard input <==\nOnly one line of text here.\n"));
}

TEST(SummarizeCliTest, OneFileHasNoNameLine) {
  const std::string bridge = WriteScratch("bridge.txt", kArticle);
  const AppRun run = Summarize({"-n", "1", bridge});
  EXPECT_EQ(run.out,
            "The city council approved the budget for the new harbour bridge on Tuesday.\n");
  // JSONL input keeps its records apart with an empty line, without names.
  const AppRun jsonl = Summarize({"--jsonl", "-n", "1"},
                                 JsonlRecord("a", kArticle) + JsonlRecord("b", kArticle));
  EXPECT_THAT(jsonl.out, ::testing::Not(HasSubstr("==>")));
}

TEST(SummarizeCliTest, LeadWithTenWordsGivesTheFirstSentenceCut) {
  const AppRun run = Summarize({"--method", "lead", "--words", "10"}, kArticle);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "The city council approved the budget for the new harbour\n");
  const AppRun jsonl = Summarize({"--method", "lead", "--words", "10", "--format", "jsonl"},
                                 kArticle);
  EXPECT_THAT(jsonl.out, HasSubstr("\"index\":1,\"start\":40,\"end\":96,"));
  EXPECT_THAT(jsonl.out, HasSubstr("\"truncated\":true"));
}

TEST(SummarizeCliTest, OneRecordPerJsonlLineWithErrorRecords) {
  const std::string input = JsonlRecord("ok", "One sentence here. Two sentences here.") +
                            "not json\n" + JsonlRecord("empty", "");
  const AppRun run = Summarize({"--jsonl", "--format", "jsonl"}, input);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
  EXPECT_THAT(run.out, HasSubstr("\"error\""));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"empty\",\"sentences\":[]"));
}

TEST(SummarizeCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Summarize({"--method", "lsa"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"--order", "random"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"-n", "0"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"--ratio", "1.5"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"--bytes", "2"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"--position-weight", "2"}, kArticle).status, 2);
  EXPECT_EQ(Summarize({"--format", "xml"}, kArticle).status, 2);
  const AppRun bad = Summarize({"--diversity", "-1"}, kArticle);
  EXPECT_THAT(bad.err, StartsWith("precis-summarize: "));
}

TEST(SummarizeCliTest, HeadlineWeightIsBoundedSoNoSentenceIsLost) {
  // 1e308 overflowed sentence scores to inf and NaN, and sentences vanished
  // from a --ratio 1 summary: weights beyond 100 are refused before reading.
  const AppRun huge = Summarize({"--headline-weight", "1e308"}, kArticle);
  EXPECT_EQ(huge.status, 2);
  EXPECT_THAT(huge.err, HasSubstr("--headline-weight must be a number in [0, 100] (got 1e308)"));
  EXPECT_EQ(Summarize({"--headline-weight", "100.5"}, kArticle).status, 2);
  // At the bound every sentence is still kept, with a finite score.
  const std::string article = SourcePath("corpus/en-harbour-bridge.txt");
  const AppRun all = Summarize({"--ratio", "1", "--format", "tsv", article});
  const AppRun heaviest =
      Summarize({"--headline-weight", "100", "--ratio", "1", "--format", "tsv", article});
  ASSERT_EQ(heaviest.status, 0) << heaviest.err;
  EXPECT_EQ(std::count(heaviest.out.begin(), heaviest.out.end(), '\n'),
            std::count(all.out.begin(), all.out.end(), '\n'));
  EXPECT_THAT(heaviest.out, Not(HasSubstr("nan")));
  EXPECT_THAT(heaviest.out, Not(HasSubstr("inf")));
}

TEST(SummarizeCliTest, HelpListsOptionsAndExitsZero) {
  const AppRun run = Summarize({"--help"});
  EXPECT_EQ(run.status, 0);
  for (const char* option : {"--method", "--ratio", "--words", "--bytes", "--order", "--keywords",
                             "--idf", "--position-weight", "--diversity", "--headline-weight"}) {
    EXPECT_THAT(run.out, HasSubstr(option));
  }
}

TEST(SummarizeCliTest, BadModelFileExitsOneNamingIt) {
  const std::string path =
      ScratchPath("bad.idf").string();
  std::ofstream(path) << "not a model\n";
  const AppRun run = Summarize({"--idf", path}, kArticle);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(path));
  std::filesystem::remove(path);
}

TEST(SummarizeCliTest, MismatchedModelIsRefused) {
  const std::string path =
      ScratchPath("nostem.idf").string();
  ASSERT_TRUE(tfidf::IdfModel({.stem = false}).Save(path).ok());
  const AppRun run = Summarize({"--idf", path}, kArticle);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("stemming"));
  EXPECT_EQ(Summarize({"--idf", path, "--no-stem"}, kArticle).status, 0);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace precis::testing
