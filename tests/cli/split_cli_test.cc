#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/app_runner.h"
#include "split/split.h"
#include "support/read_file.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

AppRun Split(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunSplit, args, stdin_text);
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = ScratchPath(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

TEST(SplitCliTest, WritesOneSentencePerLineFromStdin) {
  const AppRun run = Split({}, "Mr. Smith left.\nHe came\nback. Fine.");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "Mr. Smith left.\nHe came back.\nFine.\n");
  EXPECT_EQ(run.err, "");
}

TEST(SplitCliTest, AppliesLanguageAndListRules) {
  EXPECT_EQ(Split({"--lang", "fr"}, "« C'est grave ! » a déclaré M. Durand. Fin.").out,
            "« C'est grave ! » a déclaré M. Durand.\nFin.\n");
  EXPECT_EQ(Split({"--lang", "de"}, "Er verlor 2 Mrd. Euro. Dann ging er.").out,
            "Er verlor 2 Mrd. Euro.\nDann ging er.\n");
  EXPECT_EQ(Split({}, "To do:\n1. Call the bank about the loan\n2. Pay the rent\n").out,
            "To do:\n1. Call the bank about the loan\n2. Pay the rent\n");
}

TEST(SplitCliTest, HardWrappedTextIsJoinedAndOffsetsStayInTheInput) {
  const std::string input =
      "The council will publish an exam-\nple of the new form next week, a well-\n"
      "known official said on Tuesday after the govern-\nment agreed.\nIt is late.\n";
  const AppRun run = Split({"--format", "jsonl"}, input);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "{\"id\":\"-\",\"index\":0,\"start\":0,\"end\":134,\"text\":\"The council will "
            "publish an example of the new form next week, a well-known official said on "
            "Tuesday after the government agreed.\"}\n"
            "{\"id\":\"-\",\"index\":1,\"start\":135,\"end\":146,\"text\":\"It is late.\"}\n");
  EXPECT_EQ(input.substr(135, 11), "It is late.");
}

TEST(SplitCliTest, APdfPageBreakInsideASentenceReadsAsOneSpace) {
  // pdftotext output: a form feed and the page number between two pages,
  // a word hyphenated at the foot of the page.
  const std::string input =
      "The boats carried 1.6 million pas-\n\n\f-2-\n\nsengers across the harbour.\n";
  const AppRun run = Split({"--format", "jsonl"}, input);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "{\"id\":\"-\",\"index\":0,\"start\":0,\"end\":69,\"text\":\"The boats carried 1.6 "
            "million passengers across the harbour.\"}\n");
}

TEST(SplitCliTest, DashMeansStdin) {
  EXPECT_EQ(Split({"-"}, "One. Two.").out, "One.\nTwo.\n");
}

TEST(SplitCliTest, TsvCarriesIdIndexAndByteOffsets) {
  const AppRun run = Split({"--format", "tsv"}, "One. Two.");
  EXPECT_EQ(run.out, "-\t0\t0\t4\tOne.\n-\t1\t5\t9\tTwo.\n");
}

TEST(SplitCliTest, JsonlOutputMatchesGolden) {
  const AppRun run = Split({"--format", "jsonl"}, "Sales rose 5%.The firm said \"yes\".");
  EXPECT_EQ(run.out,
            "{\"id\":\"-\",\"index\":0,\"start\":0,\"end\":14,\"text\":\"Sales rose 5%.\"}\n"
            "{\"id\":\"-\",\"index\":1,\"start\":14,\"end\":34,"
            "\"text\":\"The firm said \\\"yes\\\".\"}\n");
}

TEST(SplitCliTest, SampleArticleMatchesGoldenFile) {
  const AppRun run = Split({SourcePath("corpus/000_7607a87248a232cc.txt")});
  const std::string expected =
      ReadFileBytes(SourcePath("tests/golden/sample-article.sentences.txt"));
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, expected);
}

TEST(SplitCliTest, JsonlInputYieldsSentencesOrOneErrorRecordPerLine) {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"First. Second.\"}\n"
      "not json\n"
      "{\"id\":\"c\"}\n"
      "{\"id\":7,\"text\":\"Last one.\"}";  // no final newline
  const AppRun run = Split({"--jsonl", "--format", "jsonl"}, input);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"a\",\"index\":0,\"start\":0,\"end\":6,\"text\":\"First.\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":null,\"line\":2,\"error\":\"malformed JSON"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"c\",\"line\":3,\"error\":\"field \\\"text\\\" is missing\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"7\",\"index\":0"));
  EXPECT_THAT(run.err, HasSubstr("precis-split: -: line 2 (byte 35): malformed JSON"));
}

TEST(SplitCliTest, FailFastStopsAtFirstBadRecord) {
  const AppRun run = Split({"--jsonl", "--fail-fast"},
                           "{\"text\":\"One.\"}\nbad\n{\"text\":\"Never printed.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "One.\n");
}

TEST(SplitCliTest, InvalidUtf8NamesFileAndByteOffsetAndExitsOne) {
  const std::string path = WriteTemp("precis_split_bad.txt", "Good text.\n\xC3(");
  const AppRun run = Split({path});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "precis-split: " + path + ": invalid UTF-8 at byte 11 (try --encoding auto)\n");
}

TEST(SplitCliTest, BinaryFileIsRefusedAndOtherFilesStillSplit) {
  const std::string binary = WriteTemp("precis_split_binary.bin", std::string("\x7F" "ELF\0\0", 6));
  const std::string good = WriteTemp("precis_split_good.txt", "Fine here.");
  const AppRun run = Split({binary, good});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "Fine here.\n");
  EXPECT_THAT(run.err, HasSubstr("NUL byte at byte 4"));
}

TEST(SplitCliTest, MissingFileIsAnErrorNamingIt) {
  const AppRun run = Split({"/nonexistent/file.txt"});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-split: /nonexistent/file.txt: cannot open"));
}

TEST(SplitCliTest, EncodingAutoConvertsLegacyTextWithWarning) {
  std::string latin;
  for (int i = 0; i < 10; ++i) latin += "The caf\xE9 opened again today. ";
  const AppRun run = Split({"--encoding", "auto"}, latin);
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("caf\xC3\xA9"));
  EXPECT_THAT(run.err, HasSubstr("not UTF-8: decoded as"));
}

TEST(SplitCliTest, QuietSilencesDiagnosticsButNotExitStatus) {
  const AppRun run = Split({"--quiet"}, "bad \xFF");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "");
}

TEST(SplitCliTest, HelpGoesToStdoutWithExitZero) {
  const AppRun run = Split({"--help"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith("Usage: precis-split [OPTIONS] [FILE...]"));
  EXPECT_THAT(run.out, HasSubstr("--format"));
  EXPECT_THAT(run.out, HasSubstr("Exit status"));
  EXPECT_THAT(run.out, HasSubstr("Example"));
  EXPECT_EQ(run.err, "");
}

TEST(SplitCliTest, VersionGoesToStdoutWithExitZero) {
  const AppRun run = Split({"--version"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith("precis-split "));
}

TEST(SplitCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Split({"--no-such-flag"}).status, 2);
  EXPECT_EQ(Split({"--format", "xml"}).status, 2);
  EXPECT_THAT(Split({"--format"}).err, HasSubstr("precis-split:"));
}

TEST(SplitCliTest, DoubleDashEndsOptions) {
  // The file's own name must start with "--", so no test-name prefix.
  std::ofstream(ScratchDirectory() / "--odd-name.txt") << "Odd. Name.";
  const std::filesystem::path saved = std::filesystem::current_path();
  std::filesystem::current_path(ScratchDirectory());
  const AppRun run = Split({"--", "--odd-name.txt"});
  std::filesystem::current_path(saved);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "Odd.\nName.\n");
}

TEST(SplitCliTest, EmptyInputWritesNothingAndSaysSo) {
  const AppRun run = Split({}, "");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr("no text"));
}

}  // namespace
}  // namespace precis::testing
