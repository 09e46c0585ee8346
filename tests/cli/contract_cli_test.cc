// The command-line contract every app shares, tried as a careless user would:
// a directory among the inputs, negative and out-of-range numbers, a byte
// order mark on a JSONL stream, language tags in every spelling, unknown
// encodings, and what --help promises.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/app_runner.h"
#include "common/number_options.h"
#include "compare/compare.h"
#include "idf/idf.h"
#include "precis/summarize/summarizer.h"
#include "rouge/rouge.h"
#include "split/split.h"
#include "summarize/summarize.h"
#include "support/failing_input.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

constexpr const char* kArticle =
    "The council approved the harbour bridge budget on Tuesday. "
    "The bridge will cost 40 million pounds and open in 2027. "
    "Critics said the budget was too high for a small city.";

std::string Put(const std::string& name, const std::string& bytes) {
  const std::string path = ScratchPath(name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string MakeDirectory(const std::string& name) {
  const std::string path = ScratchPath(name).string();
  std::filesystem::create_directories(path);
  return path;
}

int Lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// --- A directory among the inputs: named, the rest processed, exit 1. ---

TEST(ContractCliTest, SplitReportsADirectoryAndGoesOn) {
  const std::string a = Put("a.txt", "One. Two.");
  const std::string dir = MakeDirectory("feed_dir");
  const std::string b = Put("b.txt", "Three. Four.");
  const AppRun run = RunApp(cli::RunSplit, {"--format", "tsv", a, dir, b});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "precis-split: " + dir + ": is a directory\n");
  EXPECT_THAT(run.out, HasSubstr("One."));
  EXPECT_THAT(run.out, HasSubstr("Four."));
}

TEST(ContractCliTest, SummarizeReportsADirectoryAndGoesOn) {
  const std::string a = Put("a.txt", kArticle);
  const std::string dir = MakeDirectory("feed_dir");
  const std::string b = Put("b.txt", kArticle);
  const AppRun run = RunApp(cli::RunSummarize, {"--format", "jsonl", "-n", "1", a, dir, b});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir + ": is a directory"));
  EXPECT_EQ(Lines(run.out), 3);  // one record per input, the directory's an error record
  EXPECT_THAT(run.out, HasSubstr("\"error\""));
}

TEST(ContractCliTest, IdfCountsTheFilesBesideADirectory) {
  const std::string a = Put("a.txt", kArticle);
  const std::string dir = MakeDirectory("feed_dir");
  const std::string model = ScratchPath("model.idf").string();
  const AppRun run = RunApp(cli::RunIdf, {"-o", model, a, dir});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir + ": is a directory"));
  EXPECT_TRUE(std::filesystem::exists(model));
}

TEST(ContractCliTest, CompareRefusesADirectoryAsCommonList) {
  const std::string a = Put("a.txt", kArticle);
  const std::string b = Put("b.txt", kArticle);
  const std::string dir = MakeDirectory("common_dir");
  const AppRun run = RunApp(cli::RunCompare, {"--ignore-common", dir, a, b});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir + ": is a directory"));
  EXPECT_EQ(run.out, "");
}

TEST(ContractCliTest, CompareNamesADirectoryAmongItsTexts) {
  const std::string a = Put("a.txt", kArticle);
  const std::string dir = MakeDirectory("text_dir");
  const AppRun run = RunApp(cli::RunCompare, {a, dir});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir + ": is a directory"));
}

// --- Numbers: a usage error naming the option and its range, before input. ---

struct BadNumber {
  cli::RunFunction run;
  std::vector<std::string> args;
  std::string message;  // what stderr must say
};

TEST(ContractCliTest, OutOfRangeNumbersAreUsageErrors) {
  const std::vector<BadNumber> cases = {
      {cli::RunSummarize,
       {"-n", "-1"},
       "--sentences (-n) must be an integer in 1..1000000 (got -1)"},
      {cli::RunSummarize, {"-n", "0"}, "--sentences (-n) must be an integer in 1..1000000 (got 0)"},
      {cli::RunSummarize, {"--words", "-5"}, "--words must be an integer in 0.."},
      {cli::RunSummarize, {"--bytes", "-1"}, "--bytes must be an integer in 0.."},
      {cli::RunSummarize, {"--keywords", "-1"}, "--keywords must be an integer in 0..10000"},
      {cli::RunSummarize, {"--keywords", "3x"}, "--keywords must be an integer"},
      {cli::RunSummarize, {"--ratio", "2"}, "--ratio must be a number in [0, 1] (got 2)"},
      {cli::RunSummarize, {"--diversity", "nan"}, "--diversity must be a number in [0, 1]"},
      {cli::RunSummarize,
       {"--position-scale", "0"},
       "--position-scale must be a number in (0, inf)"},
      {cli::RunCompare,
       {"-k", "-1", "a", "b"},
       "--shingle-size must be an integer in 1..256 (got -1)"},
      {cli::RunCompare, {"--max-gap", "-2", "a", "b"}, "--max-gap must be an integer in 0.."},
      {cli::RunCompare, {"--perms", "0", "a", "b"}, "--perms must be an integer in 1..4096"},
      {cli::RunCompare,
       {"--min-containment", "1.5", "a", "b"},
       "--min-containment must be a number in [0, 1]"},
      {cli::RunCompare, {"--seed", "-1", "a", "b"}, "--seed must be an integer in 0.."},
      {cli::RunIdf,
       {"--min-df", "-1", "-o", "m.idf"},
       "--min-df must be an integer in 1..4294967295"},
  };
  for (const BadNumber& bad : cases) {
    // stdin holds an article: a usage error must come before reading it.
    const AppRun run = RunApp(bad.run, bad.args, kArticle);
    const std::string what = ::testing::PrintToString(bad.args);
    EXPECT_EQ(run.status, 2) << what;
    EXPECT_THAT(run.err, HasSubstr(bad.message)) << what;
    EXPECT_EQ(Lines(run.err), 1) << what << run.err;
    EXPECT_EQ(run.out, "") << what;
  }
}

TEST(ContractCliTest, NumbersInRangeStillWork) {
  const AppRun run =
      RunApp(cli::RunSummarize, {"-n", "+1", "--ratio", "0", "--diversity", "1e-1"}, kArticle);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(Lines(run.out), 1);
}

// --- A UTF-8 byte order mark on a JSONL stream is skipped. ---

TEST(ContractCliTest, JsonlStreamMayStartWithAByteOrderMark) {
  const std::string records =
      "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One. Two.\"}\n"
      "{\"id\":\"b\",\"text\":\"Three.\"}\n";
  const AppRun split = RunApp(cli::RunSplit, {"--jsonl", "--format", "tsv"}, records);
  EXPECT_EQ(split.status, 0) << split.err;
  EXPECT_THAT(split.out, StartsWith("a\t0\t0\t4\tOne.\n"));

  const AppRun summary = RunApp(cli::RunSummarize, {"--jsonl", "--format", "jsonl"}, records);
  EXPECT_EQ(summary.status, 0) << summary.err;
  EXPECT_THAT(summary.out, StartsWith("{\"id\":\"a\""));

  const std::string file = Put("bom.jsonl", records);
  const AppRun compare = RunApp(cli::RunCompare, {"--jsonl", "--format", "tsv", file});
  EXPECT_EQ(compare.status, 0) << compare.err;
}

TEST(ContractCliTest, RougeJsonlMayStartWithAByteOrderMark) {
  const std::string records =
      "\xEF\xBB\xBF{\"id\":\"a\",\"candidate\":\"the cat sat\",\"references\":[\"the cat sat\"]}\n";
  const AppRun run =
      RunApp(cli::RunRouge,
             {"--jsonl", "--per-doc", "--no-mean", "--format", "tsv", "--measures", "1"}, records);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("1.00000"));
}

TEST(ContractCliTest, RougeNamesADirectoryAmongJsonlFiles) {
  const std::string dir = MakeDirectory("rouge_dir");
  const AppRun run = RunApp(cli::RunRouge, {"--jsonl", dir});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir + ": is a directory"));
}

TEST(ContractCliTest, AByteOrderMarkLaterInTheStreamIsStillAnError) {
  const std::string records =
      "{\"id\":\"a\",\"text\":\"One.\"}\n"
      "\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"Two.\"}\n";
  const AppRun run = RunApp(cli::RunSplit, {"--jsonl", "--format", "tsv"}, records);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("line 2"));
}

// --- Languages and encodings. ---

TEST(ContractCliTest, LanguageTagsInEveryFormGiveTheSameSummary) {
  const std::string german =
      "Der Stadtrat hat am Dienstag den Haushalt für die neue Brücke beschlossen. "
      "Die Brücke soll 40 Millionen Euro kosten und 2027 eröffnet werden. "
      "Kritiker sagten, der Haushalt sei für eine kleine Stadt zu hoch.";
  const AppRun plain = RunApp(cli::RunSummarize, {"--lang", "de", "--format", "jsonl"}, german);
  ASSERT_EQ(plain.status, 0) << plain.err;
  for (const char* tag : {"DE", "de-DE", "de_DE", "de_DE.UTF-8"}) {
    const AppRun run = RunApp(cli::RunSummarize, {"--lang", tag, "--format", "jsonl"}, german);
    EXPECT_EQ(run.status, 0) << tag << run.err;
    EXPECT_EQ(run.out, plain.out) << tag;
  }
}

TEST(ContractCliTest, UnknownLanguageIsAUsageErrorListingTheSupportedOnes) {
  const std::vector<std::pair<cli::RunFunction, std::vector<std::string>>> apps = {
      {cli::RunSplit, {"--lang", "klingon"}},
      {cli::RunSummarize, {"--lang", "klingon"}},
      {cli::RunCompare, {"--lang", "klingon", "a", "b"}},
      {cli::RunIdf, {"--lang", "klingon", "-o", "x.idf"}}};
  for (const auto& [run_app, args] : apps) {
    const AppRun run = RunApp(run_app, args, kArticle);
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_THAT(run.err, HasSubstr("unknown language 'klingon'"));
    EXPECT_THAT(run.err, HasSubstr("en, de, fr, es, it, pt, nl, ru, sv, ja, zh"));
  }
  const AppRun named = RunApp(cli::RunSummarize, {"--lang", "german"}, kArticle);
  EXPECT_EQ(named.status, 2);
  EXPECT_THAT(named.err, HasSubstr("did you mean 'de'?"));
}

TEST(ContractCliTest, UnknownEncodingIsOneUsageError) {
  const std::string a = Put("a.txt", kArticle);
  const std::string b = Put("b.txt", kArticle);
  const AppRun run = RunApp(cli::RunSummarize, {"--encoding", "klingon-8", a, b});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(Lines(run.err), 1) << run.err;
  EXPECT_THAT(run.err, HasSubstr("unknown encoding 'klingon-8'"));
  EXPECT_EQ(run.out, "");
  const AppRun known = RunApp(cli::RunSummarize, {"--encoding", "windows-1252", a});
  EXPECT_EQ(known.status, 0) << known.err;
}

TEST(ContractCliTest, StdinNamedTwiceIsAUsageError) {
  // Stdin can be read once: a second "-" would be an empty text, or a
  // silently replaced record.
  const std::vector<AppRun> runs = {
      RunApp(cli::RunSplit, {"-", "-"}, kArticle),
      RunApp(cli::RunSummarize, {"--jsonl", "-", "-"}, kArticle),
      RunApp(cli::RunIdf, {"-o", ScratchPath("twice.idf").string(), "-", "-"}, kArticle)};
  for (const AppRun& run : runs) {
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_THAT(run.err, HasSubstr("stdin (-) can be read only once")) << run.err;
    EXPECT_EQ(run.out, "");
  }
  EXPECT_EQ(RunApp(cli::RunSplit, {"-"}, kArticle).status, 0);
}

TEST(ContractCliTest, EncodingOtherThanUtf8WithJsonlIsAUsageError) {
  const std::string stream = "{\"id\":\"a\",\"text\":\"One. Two.\"}\n";
  const AppRun run = RunApp(cli::RunSplit, {"--jsonl", "--encoding", "windows-1252"}, stream);
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr("JSON Lines are read as UTF-8"));
  EXPECT_EQ(run.out, "");
  for (const char* utf8 : {"utf-8", "UTF-8", "utf8"}) {
    EXPECT_EQ(RunApp(cli::RunSplit, {"--jsonl", "--encoding", utf8}, stream).status, 0) << utf8;
  }
}

// --- A read that fails half way (EIO, stdin a directory): said, never a
// silent end of input. ---

AppRun RunWithFailingStdin(cli::RunFunction run_app, const std::vector<std::string>& args,
                           const std::string& data) {
  FailingStream in(data);
  return RunApp(run_app, args, in);
}

TEST(ContractCliTest, AReadErrorInAJsonlStreamIsReportedWhereReadingStopped) {
  const std::string two_records =
      "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n";
  const AppRun run = RunWithFailingStdin(cli::RunSplit, {"--jsonl", "--format", "jsonl"},
                                         two_records + "{\"id\":\"c\",\"te");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Lines(run.out), 3) << run.out;  // both records, then where reading stopped
  EXPECT_THAT(run.out, HasSubstr("\"line\":3,\"error\":\"read error: Input/output error; the "
                                 "rest of the input was not read\""));
  EXPECT_THAT(run.err, HasSubstr("-: line 3 (byte 50): read error: Input/output error"));

  const AppRun summarize = RunWithFailingStdin(
      cli::RunSummarize, {"--jsonl", "--format", "jsonl", "-n", "1"}, two_records);
  EXPECT_EQ(summarize.status, 1);
  EXPECT_EQ(Lines(summarize.out), 3) << summarize.out;

  // precis-rouge reads its own records.
  const std::string rouge_record =
      "{\"id\":\"a\",\"candidate\":\"The cat sat.\",\"references\":[\"The cat sat.\"]}\n";
  const AppRun rouge = RunWithFailingStdin(
      cli::RunRouge, {"--jsonl", "--format", "jsonl", "--per-doc"}, rouge_record);
  EXPECT_EQ(rouge.status, 1);
  EXPECT_THAT(rouge.err, HasSubstr("-: line 2 (byte 68): read error: Input/output error"));
}

TEST(ContractCliTest, AReadErrorInAPairsListIsNoShortList) {
  const std::string records = Put("pairs_records.jsonl",
                                  "{\"id\":\"a\",\"text\":\"" + std::string(kArticle) +
                                      "\"}\n{\"id\":\"b\",\"text\":\"" + kArticle + "\"}\n");
  const AppRun run = RunWithFailingStdin(
      cli::RunCompare, {"--jsonl", "--pairs", "-", "--format", "tsv", records}, "a\tb\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("-: line 2 (byte 4): read error: Input/output error"));
}

TEST(ContractCliTest, AReadErrorOnStdinIsNamedAndNoInternalError) {
  const AppRun run = RunWithFailingStdin(cli::RunSummarize, {"-n", "1"}, kArticle);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "precis-summarize: -: read error: Input/output error\n");
  const AppRun idf =
      RunWithFailingStdin(cli::RunIdf, {"-o", ScratchPath("failed.idf").string()}, kArticle);
  EXPECT_EQ(idf.status, 1);
  EXPECT_THAT(idf.err, HasSubstr("read error: Input/output error"));
}

// --- Help. ---

TEST(ContractCliTest, HelpPrintsDefaultsAsWrittenAndTheRightExitStatuses) {
  const AppRun summarize = RunApp(cli::RunSummarize, {"--help"});
  EXPECT_EQ(summarize.status, 0);
  // Defaults print as written, from the library's options: "(=0.4)", not
  // "(=0.40000000000000002)".
  const std::string marker = "--position-weight arg (=";
  const std::size_t at = summarize.out.find(marker);
  ASSERT_NE(at, std::string::npos);
  const std::size_t begin = at + marker.size();
  EXPECT_EQ(summarize.out.substr(begin, summarize.out.find(')', begin) - begin),
            cli::FormatReal(summarize::SummarizerOptions{}.position_weight));
  EXPECT_THAT(summarize.out, Not(HasSubstr("0000000")));
  EXPECT_THAT(summarize.out, Not(HasSubstr("9999999")));
  EXPECT_THAT(summarize.out, Not(HasSubstr("predicate")));
  const AppRun compare = RunApp(cli::RunCompare, {"--help"});
  EXPECT_THAT(compare.out, HasSubstr("(or a predicate not met)"));
}

}  // namespace
}  // namespace precis::testing
