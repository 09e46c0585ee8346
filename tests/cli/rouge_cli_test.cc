#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

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
            "limit none; alpha 0.5; tokenize rouge155\n"
            // Without resampling, the mean of the rounded 0.83333 and 0.80000, as
            // ROUGE-1.5.5 averages.
            "ROUGE-1 Average_R: 0.81666 (95%-conf.int. 0.81666 - 0.81666) plain-mean: 0.81666\n"
            "ROUGE-1 Average_P: 0.61667 (95%-conf.int. 0.61667 - 0.61667) plain-mean: 0.61667\n"
            "ROUGE-1 Average_F: 0.68333 (95%-conf.int. 0.68333 - 0.68333) plain-mean: 0.68333\n");
}

// Twelve documents against the reference "a b c d e": document k's
// candidate is the reference's first n_k words (R = n_k / 5, P = 1), or "x".
std::string TwelveRecords() {
  const int hits[] = {5, 1, 3, 0, 2, 4, 5, 2, 1, 3, 4, 0};
  const std::string words[] = {"a", "b", "c", "d", "e"};
  std::string records;
  for (int d = 0; d < 12; ++d) {
    std::string candidate = hits[d] == 0 ? "x" : "";
    for (int w = 0; w < hits[d]; ++w) candidate += (w > 0 ? " " : "") + words[w];
    records += "{\"id\": \"d" + std::to_string(d + 1) + "\", \"candidate\": \"" + candidate +
               "\", \"references\": [\"a b c d e\"]}\n";
  }
  return records;
}

// The expected numbers come from ROUGE-1.5.5's averaging written in Perl 5.36
// (srand(i) per resample, int(rand(12)) into eval ids sorted as strings).
TEST(RougeCliTest, AveragesAreRouge155BootstrapWithThePlainMeanBeside) {
  const testing::AppRun text =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1"}, TwelveRecords());
  EXPECT_EQ(text.status, cli::kExitOk) << text.err;
  EXPECT_EQ(text.out,
            "# precis-rouge: multi-ref pool (ROUGE-1.5.5 -f A); stem no; stopwords kept; "
            "limit none; alpha 0.5; tokenize rouge155\n"
            "ROUGE-1 Average_R: 0.49955 (95%-conf.int. 0.31667 - 0.68333) plain-mean: 0.50000\n"
            "ROUGE-1 Average_P: 0.83292 (95%-conf.int. 0.58333 - 1.00000) plain-mean: 0.83333\n"
            "ROUGE-1 Average_F: 0.59014 (95%-conf.int. 0.39947 - 0.77216) plain-mean: 0.59061\n");
  const testing::AppRun tsv =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1", "--format", "tsv"}, TwelveRecords());
  EXPECT_NE(tsv.out.find("\naverage\t\tROUGE-1\tpool\t12\t0.49955\t0.83292\t0.59014\t0.31667\t"
                         "0.68333\t0.58333\t1.00000\t0.39947\t0.77216\t\t\t\t0.50000\t0.83333\t"
                         "0.59061\n"),
            std::string::npos)
      << tsv.out;
  const testing::AppRun jsonl =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1", "--format", "jsonl"}, TwelveRecords());
  EXPECT_EQ(jsonl.out,
            "{\"type\":\"average\",\"documents\":12,\"multi_ref\":\"pool\",\"confidence\":0.95,"
            "\"bootstrap\":1000,\"options\":{\"tokenize\":\"rouge155\",\"stem\":false,"
            "\"remove_stopwords\":false,\"word_limit\":0,\"byte_limit\":0,"
            "\"byte_limit_lsum_bug\":false,\"alpha\":0.5},\"scores\":{\"ROUGE-1\":{"
            "\"r\":0.49955,\"r_low\":0.31667,\"r_high\":0.68333,\"r_mean\":0.5,"
            "\"p\":0.83292,\"p_low\":0.58333,\"p_high\":1,\"p_mean\":0.83333,"
            "\"f\":0.59014,\"f_low\":0.39947,\"f_high\":0.77216,\"f_mean\":0.59061}}}\n");
}

TEST(RougeCliTest, BootstrapAndConfidenceDriveTheAverages) {
  const testing::AppRun none =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1", "--bootstrap", "0"}, TwelveRecords());
  EXPECT_NE(none.out.find("Average_R: 0.50000 (95%-conf.int. 0.50000 - 0.50000) plain-mean: "
                          "0.50000"),
            std::string::npos)
      << none.out;
  const testing::AppRun ninety =
      RunApp(cli::RunRouge, {"--jsonl", "--measures", "1", "--confidence", "0.9"}, TwelveRecords());
  EXPECT_NE(ninety.out.find("Average_R: 0.49955 (90%-conf.int. "), std::string::npos) << ninety.out;
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
            "recall_high\tprecision_low\tprecision_high\tf_low\tf_high\thit\tmodel\tpeer\t"
            "recall_mean\tprecision_mean\tf_mean\n"
            "doc\t" +
                candidate +
                "\tROUGE-1\tpool\t1\t0.66667\t0.50000\t0.57143\t\t\t\t\t\t\t6\t9\t12\t\t\t\n");
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

// Every numeric option is checked before any input is read: one line on
// stderr naming the option and its range, exit status 2.
TEST(RougeCliTest, NumericOptionsOutOfRangeAreUsageErrors) {
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"--bootstrap", "-1"}, "--bootstrap must be an integer in 0..1000000 (got -1)"},
      {{"--bootstrap", "1000001"}, "--bootstrap must be an integer in 0..1000000 (got 1000001)"},
      {{"--bootstrap", "1.5"}, "--bootstrap must be an integer in 0..1000000 (got 1.5)"},
      {{"--bootstrap", "many"}, "--bootstrap must be an integer in 0..1000000 (got many)"},
      {{"--confidence", "95"}, "--confidence must be a number in (0, 1) (got 95)"},
      {{"--confidence", "0"}, "--confidence must be a number in (0, 1) (got 0)"},
      {{"--confidence", "-0.5"}, "--confidence must be a number in (0, 1) (got -0.5)"},
      {{"--confidence", "nan"}, "--confidence must be a number in (0, 1) (got nan)"},
      {{"--words", "-1"}, "--words must be an integer in 0..4294967295 (got -1)"},
      {{"--words", "4294967296"}, "--words must be an integer in 0..4294967295 (got 4294967296)"},
      {{"--bytes", "-665"}, "--bytes must be an integer in 0..4294967295 (got -665)"},
      {{"--bytes", "1e3"}, "--bytes must be an integer in 0..4294967295 (got 1e3)"},
      {{"--alpha", "-0.1"}, "--alpha must be a number in [0, 1] (got -0.1)"},
      {{"--alpha", "1.5"}, "--alpha must be a number in [0, 1] (got 1.5)"},
      {{"--alpha", "inf"}, "--alpha must be a number in [0, 1] (got inf)"},
  };
  for (const auto& [flags, message] : cases) {
    std::vector<std::string> args = {"--jsonl"};
    args.insert(args.end(), flags.begin(), flags.end());
    // The input would be scored if the flags were accepted: nothing is read.
    const testing::AppRun run = RunApp(cli::RunRouge, args, kRecords);
    EXPECT_EQ(run.status, cli::kExitUsage) << flags[0] << " " << flags[1];
    EXPECT_EQ(run.err, "precis-rouge: " + message + " (try --help)\n");
    EXPECT_EQ(run.out, "");
  }
  // The ends of each range are accepted.
  for (const std::vector<std::string>& flags :
       std::vector<std::vector<std::string>>{{"--bootstrap", "0"},
                                             {"--words", "4294967295"},
                                             {"--bytes", "0"},
                                             {"--alpha", "0"},
                                             {"--alpha", "1"},
                                             {"--confidence", "0.999"}}) {
    std::vector<std::string> args = {"--jsonl", "--measures", "1"};
    args.insert(args.end(), flags.begin(), flags.end());
    EXPECT_EQ(RunApp(cli::RunRouge, args, kRecords).status, cli::kExitOk) << flags[0];
  }
}

constexpr const char* kChinese = "北京今天下雨了。我们明天去上海。";

std::string ChineseRecord() {
  return std::string("{\"id\": \"zh\", \"candidate\": \"") + kChinese + "\", \"references\": [\"" +
         kChinese + "\"]}\n";
}

TEST(RougeCliTest, NonAsciiLettersAreWarnedAboutByDefault) {
  const testing::AppRun run = RunApp(
      cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--measures", "1"}, ChineseRecord());
  EXPECT_EQ(run.status, cli::kExitOk);
  // ROUGE-1.5.5 sees no token at all in Chinese text.
  EXPECT_EQ(run.out.substr(run.out.find('\n') + 1), "zh ROUGE-1 R:0.00000 P:0.00000 F:0.00000\n");
  EXPECT_EQ(run.err,
            "precis-rouge: -: line 1 (byte 0): letters outside ASCII, which ROUGE-1.5.5's "
            "tokenizer drops (scored as if absent); --tokenize unicode reads them\n");
  const testing::AppRun quiet =
      RunApp(cli::RunRouge, {"--jsonl", "--per-doc", "--no-mean", "--measures", "1", "--quiet"},
             ChineseRecord());
  EXPECT_EQ(quiet.err, "");
  // ASCII text, and punctuation alone outside ASCII, give no warning.
  const testing::AppRun ascii =
      RunApp(cli::RunRouge, {"--jsonl", "--no-mean", "--measures", "1"},
             "{\"id\": \"q\", \"candidate\": \"\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 "
             "\xC2\xA3"
             "5.\", \"references\": [\"Yes.\"]}\n");
  EXPECT_EQ(ascii.err, "");
}

TEST(RougeCliTest, NonAsciiWarningNamesEachFileOnce) {
  const std::string candidate = TempFile("zh_cand.txt", std::string(kChinese) + "\n");
  const std::string reference = TempFile("ref_ascii.txt", "Beijing rain.\n");
  const std::string russian = TempFile("ref_ru.txt", "Дождь в Москве.\nИ завтра тоже.\n");
  const testing::AppRun run =
      RunApp(cli::RunRouge, {"--measures", "1", candidate, reference, russian});
  EXPECT_EQ(run.status, cli::kExitOk);
  const std::string warning =
      ": letters outside ASCII, which ROUGE-1.5.5's tokenizer drops (scored as if absent); "
      "--tokenize unicode reads them\n";
  EXPECT_EQ(run.err, "precis-rouge: " + candidate + warning + "precis-rouge: " + russian + warning);
  for (const std::string& path : {candidate, reference, russian}) std::remove(path.c_str());
}

TEST(RougeCliTest, UnicodeTokenizerScoresIdenticalChineseAsOne) {
  const testing::AppRun run = RunApp(cli::RunRouge,
                                     {"--jsonl", "--tokenize", "unicode", "--lang", "zh",
                                      "--per-doc", "--no-mean", "--measures", "1,2,Lsum,SU4"},
                                     ChineseRecord());
  EXPECT_EQ(run.status, cli::kExitOk) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            "# precis-rouge: multi-ref pool (ROUGE-1.5.5 -f A); stem no; stopwords kept; "
            "limit none; alpha 0.5; tokenize unicode (lang zh)\n"
            "zh ROUGE-1 R:1.00000 P:1.00000 F:1.00000\n"
            "zh ROUGE-2 R:1.00000 P:1.00000 F:1.00000\n"
            "zh ROUGE-Lsum R:1.00000 P:1.00000 F:1.00000\n"
            "zh ROUGE-SU4 R:1.00000 P:1.00000 F:1.00000\n");
  // Different Chinese sentences share only some words.
  const testing::AppRun partial =
      RunApp(cli::RunRouge,
             {"--jsonl", "--tokenize", "unicode", "--lang", "zh", "--per-doc", "--no-mean",
              "--measures", "1"},
             "{\"id\": \"p\", \"candidate\": \"北京今天下雨了。\", \"references\": [\"" +
                 std::string(kChinese) + "\"]}\n");
  EXPECT_NE(partial.out.find("p ROUGE-1 R:0."), std::string::npos) << partial.out;
  EXPECT_NE(partial.out.find(" P:1.00000"), std::string::npos) << partial.out;
}

TEST(RougeCliTest, UnicodeTokenizerStemsAndRemovesStopwordsForLang) {
  // Russian: Snowball's stemmer makes "книги" and "книгу" both "книг"; "и"
  // and "в" are on the Russian stop list.
  const std::string record =
      "{\"id\": \"ru\", \"candidate\": \"Книги и журналы\", "
      "\"references\": [\"Купил книгу в магазине\"]}\n";
  const auto score = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = {"--jsonl",   "--tokenize", "unicode",    "--lang", "ru",
                                     "--per-doc", "--no-mean",  "--measures", "1",      "--counts"};
    args.insert(args.end(), extra.begin(), extra.end());
    const testing::AppRun run = RunApp(cli::RunRouge, args, record);
    EXPECT_EQ(run.status, cli::kExitOk) << run.err;
    return run.out.substr(run.out.find('\n') + 1);
  };
  EXPECT_EQ(score({}), "ru ROUGE-1 R:0.00000 P:0.00000 F:0.00000 hit:0 model:4 peer:3\n");
  EXPECT_EQ(score({"--stem"}), "ru ROUGE-1 R:0.25000 P:0.33333 F:0.28571 hit:1 model:4 peer:3\n");
  EXPECT_EQ(score({"--stem", "--remove-stopwords"}),
            "ru ROUGE-1 R:0.33333 P:0.50000 F:0.40000 hit:1 model:3 peer:2\n");
  // rouge155 sees no Russian token at all.
  const testing::AppRun ascii =
      RunApp(cli::RunRouge,
             {"--jsonl", "--per-doc", "--no-mean", "--measures", "1", "--counts", "-q"}, record);
  EXPECT_NE(ascii.out.find("hit:0 model:0 peer:0"), std::string::npos) << ascii.out;
}

TEST(RougeCliTest, TokenizeUsageErrors) {
  const testing::AppRun unknown = RunApp(cli::RunRouge, {"--jsonl", "--tokenize", "icu"});
  EXPECT_EQ(unknown.status, cli::kExitUsage);
  EXPECT_EQ(unknown.err,
            "precis-rouge: unknown --tokenize 'icu' (rouge155 or unicode) (try --help)\n");
  // No stop list for the language: refused rather than removing nothing.
  const testing::AppRun no_list = RunApp(
      cli::RunRouge, {"--jsonl", "--tokenize", "unicode", "--lang", "fi", "--remove-stopwords"});
  EXPECT_EQ(no_list.status, cli::kExitUsage);
  EXPECT_NE(no_list.err.find("no stop word list for language 'fi'"), std::string::npos)
      << no_list.err;
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
