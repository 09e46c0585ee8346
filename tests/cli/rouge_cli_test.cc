#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/app_runner.h"
#include "common/cli.h"
#include "rouge/rouge.h"
#include "support/scratch_path.h"

namespace precis {
namespace {

using testing::RunApp;
using testing::ScratchPath;

std::string TempFile(const std::string& name, const std::string& contents) {
  const std::filesystem::path path = ScratchPath(name);
  std::ofstream(path, std::ios::binary) << contents;
  return path.string();
}

constexpr const char* kRecords =
    "{\"id\": \"a\", \"candidate\": \"The cat sat on the mat.\", "
    "\"references\": [\"The cat was on the mat.\"]}\n"
    "{\"id\": \"b\", \"candidate\": [\"w1 w2 w6 w7 w8\", \"w1 w3 w8 w9 w5\"], "
    "\"references\": [\"w1 w2 w3 w4 w5\"]}\n";

TEST(RougeCliTest, JsonlPerDocumentGolden) {
  const testing::AppRun run = RunApp(
      cli::RunRouge,
      {"--jsonl", "--per-doc", "--no-mean", "--format", "jsonl", "--measures", "1,2,L,Lsum,SU4"},
      kRecords);
  EXPECT_EQ(run.status, cli::kExitOk) << run.err;
  EXPECT_EQ(run.out,
            "{\"type\":\"doc\",\"id\":\"a\",\"multi_ref\":\"pool\",\"references\":1,\"scores\":{"
            "\"ROUGE-1\":{\"r\":0.83333,\"p\":0.83333,\"f\":0.83333},"
            "\"ROUGE-2\":{\"r\":0.6,\"p\":0.6,\"f\":0.6},"
            "\"ROUGE-L\":{\"r\":0.83333,\"p\":0.83333,\"f\":0.83333},"
            "\"ROUGE-Lsum\":{\"r\":0.83333,\"p\":0.83333,\"f\":0.83333},"
            "\"ROUGE-SU4\":{\"r\":0.7,\"p\":0.7,\"f\":0.7}}}\n"
            "{\"type\":\"doc\",\"id\":\"b\",\"multi_ref\":\"pool\",\"references\":1,\"scores\":{"
            "\"ROUGE-1\":{\"r\":0.8,\"p\":0.4,\"f\":0.53333},"
            "\"ROUGE-2\":{\"r\":0.25,\"p\":0.11111,\"f\":0.15385},"
            "\"ROUGE-L\":{\"r\":0.8,\"p\":0.4,\"f\":0.53333},"
            "\"ROUGE-Lsum\":{\"r\":0.8,\"p\":0.4,\"f\":0.53333},"
            "\"ROUGE-SU4\":{\"r\":0.57143,\"p\":0.18182,\"f\":0.27586}}}\n");
}

TEST(RougeCliTest, TextMeanWithIntervalAndPooling) {
  const testing::AppRun run =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1", "--bootstrap", "0"}, kRecords);
  EXPECT_EQ(run.status, cli::kExitOk) << run.err;
  EXPECT_EQ(run.out,
            "# precis-rouge: multi-ref pool (ROUGE-1.5.5 -f A); stem no; stopwords kept; "
            "limit none; alpha 0.5\n"
            // The mean of the rounded 0.83333 and 0.80000, as ROUGE-1.5.5 averages.
            "ROUGE-1 Average_R: 0.81666 (95%-conf.int. 0.81666 - 0.81666)\n"
            "ROUGE-1 Average_P: 0.61667 (95%-conf.int. 0.61667 - 0.61667)\n"
            "ROUGE-1 Average_F: 0.68333 (95%-conf.int. 0.68333 - 0.68333)\n");
}

TEST(RougeCliTest, FilesCandidateThenReferences) {
  const std::string candidate = TempFile("cand.txt", "The cat sat on the mat.\n");
  const std::string reference1 = TempFile("ref1.txt", "The cat was on the mat.\n");
  const std::string reference2 = TempFile("ref2.txt", "A dog sat.\n");
  const testing::AppRun run =
      RunApp(cli::RunRouge, {"--per-doc", "--no-mean", "--counts", "--format", "tsv", "--measures",
                             "1", candidate, reference1, reference2});
  EXPECT_EQ(run.status, cli::kExitOk) << run.err;
  // Pooled: hits 5 + 1 (sat), model 6 + 3, peer 6 x 2.
  EXPECT_EQ(run.out,
            "kind\tid\tmeasure\tmulti_ref\tdocuments\trecall\tprecision\tf\trecall_low\t"
            "recall_high\tprecision_low\tprecision_high\tf_low\tf_high\thit\tmodel\tpeer\n"
            "doc\t" +
                candidate +
                "\tROUGE-1\tpool\t1\t0.66667\t0.50000\t0.57143\t\t\t\t\t\t\t6\t9\t12\n");
  const testing::AppRun best =
      RunApp(cli::RunRouge, {"--per-doc", "--no-mean", "--multi-ref", "best", "--measures", "1",
                             candidate, reference1, reference2});
  EXPECT_NE(best.out.find("multi-ref best (ROUGE-1.5.5 -f B)"), std::string::npos);
  EXPECT_NE(best.out.find("ROUGE-1 R:0.83333 P:0.83333 F:0.83333"), std::string::npos);
  for (const std::string& path : {candidate, reference1, reference2}) std::remove(path.c_str());
}

TEST(RougeCliTest, StemAndStopwordOptions) {
  const std::string record =
      "{\"id\": \"s\", \"candidate\": \"The children went running\", "
      "\"references\": [\"a child goes to run\"]}\n";
  const testing::AppRun plain =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--measures", "1"}, record);
  EXPECT_NE(plain.out.find("s ROUGE-1 R:0.00000"), std::string::npos) << plain.out;
  const testing::AppRun stemmed = RunApp(
      cli::RunRouge, {"--jsonl", "--stem", "--per-doc", "--no-mean", "--measures", "1"}, record);
  // children -> child, went -> go, goes -> go (WordNet), running -> run
  // (Porter): 3 of the reference's 5 tokens, 3 of the candidate's 4.
  EXPECT_NE(stemmed.out.find("s ROUGE-1 R:0.60000 P:0.75000"), std::string::npos) << stemmed.out;
  const testing::AppRun stopped = RunApp(
      cli::RunRouge,
      {"--jsonl", "--stem", "--remove-stopwords", "--per-doc", "--no-mean", "--measures", "1"},
      record);
  EXPECT_NE(stopped.out.find("stopwords removed"), std::string::npos);
}

TEST(RougeCliTest, BadRecordsAreReportedInPlace) {
  const testing::AppRun run = RunApp(
      cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--format", "jsonl", "--measures", "1"},
      "{\"id\": \"x\", \"candidate\": \"a\"}\nnot json\n"
      "{\"id\": \"y\", \"candidate\": \"a\", \"references\": [\"a\"]}\n");
  EXPECT_EQ(run.status, cli::kExitDataError);
  EXPECT_EQ(run.out,
            "{\"id\":\"x\",\"line\":1,\"error\":\"field \\\"references\\\" is missing\"}\n"
            "{\"id\":null,\"line\":2,\"error\":\"malformed JSON: Problem while parsing an atom "
            "starting with the letter 'n'\"}\n"
            "{\"type\":\"doc\",\"id\":\"y\",\"multi_ref\":\"pool\",\"references\":1,\"scores\":{"
            "\"ROUGE-1\":{\"r\":1,\"p\":1,\"f\":1}}}\n");
  EXPECT_NE(run.err.find("line 1"), std::string::npos);
}

TEST(RougeCliTest, EmptyCandidateScoresZero) {
  const testing::AppRun run =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--measures", "1"},
             "{\"id\": \"e\", \"candidate\": \"\", \"references\": [\"a b\"]}\n");
  EXPECT_EQ(run.status, cli::kExitOk) << run.err;
  EXPECT_NE(run.out.find("e ROUGE-1 R:0.00000 P:0.00000 F:0.00000"), std::string::npos);
}

TEST(RougeCliTest, HugeTextIsRefusedForLcsButScoredForNGrams) {
  std::string huge;
  while (huge.size() < 300 * 1024) huge += "word ";
  const std::string record =
      "{\"id\": \"h\", \"candidate\": \"" + huge + "\", \"references\": [\"word\"]}\n";
  const testing::AppRun lcs =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--format", "jsonl"}, record);
  EXPECT_EQ(lcs.status, cli::kExitDataError);
  EXPECT_NE(lcs.out.find("too long for ROUGE-L/Lsum"), std::string::npos) << lcs.out;
  const testing::AppRun ngrams =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--measures", "1,2"}, record);
  EXPECT_EQ(ngrams.status, cli::kExitOk) << ngrams.err;
}

TEST(RougeCliTest, MissingFileIsADataError) {
  const testing::AppRun run =
      RunApp(cli::RunRouge, {"/nonexistent/cand.txt", "/nonexistent/ref.txt"});
  EXPECT_EQ(run.status, cli::kExitDataError);
  EXPECT_NE(run.err.find("/nonexistent/cand.txt"), std::string::npos);
}

TEST(RougeCliTest, UsageErrors) {
  EXPECT_EQ(RunApp(cli::RunRouge, {"only-one-file"}).status, cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--jsonl", "--multi-ref", "worst"}).status, cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--jsonl", "--measures", "5"}).status, cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--jsonl", "--format", "xml"}).status, cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--jsonl", "--words", "5", "--bytes", "9"}).status,
            cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--jsonl", "--rouge155-byte-bug"}).status, cli::kExitUsage);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--bogus"}).status, cli::kExitUsage);
}

TEST(RougeCliTest, HelpAndVersion) {
  const testing::AppRun help = RunApp(cli::RunRouge, {"--help"});
  EXPECT_EQ(help.status, cli::kExitOk);
  EXPECT_NE(help.out.find("--multi-ref"), std::string::npos);
  EXPECT_NE(help.out.find("Exit status"), std::string::npos);
  EXPECT_EQ(RunApp(cli::RunRouge, {"--version"}).status, cli::kExitOk);
}

}  // namespace
}  // namespace precis
