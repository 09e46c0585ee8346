#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "precis/sketch/signature_format.h"
#include "sketch/sketch.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

AppRun Sketch(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunSketch, args, stdin_text);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

const char kTwoArticles[] =
    "{\"id\": \"a\", \"text\": \"The council approved the harbour budget on Tuesday after a long "
    "debate about repairs.\"}\n"
    "{\"id\": \"b\", \"text\": \"The council approved the harbour budget on Monday after a long "
    "debate about repairs.\"}\n";

TEST(SketchCliTest, HeaderNamesEveryParameterThenOneLinePerArticle) {
  const AppRun run = Sketch({"--jsonl", "-K", "16"}, kTwoArticles);
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_THAT(lines[0], StartsWith("#precis-signatures\tv3\tk=3\tunit=word\t"));
  for (const char* field : {"normalize=", "lang=en", "stem=snowball", "furniture=skip",
                            "hash=xxh3-64", "method=oph", "K=16", "seed=", "shingle_seed=0"}) {
    EXPECT_THAT(lines[0], HasSubstr(field));
  }
  EXPECT_THAT(lines[0], ::testing::MatchesRegex(".*\tcheck=[0-9a-f]{8}"));
  EXPECT_THAT(lines[1], StartsWith("a\t12\t"));
  // K slots of 8 hex digits, then the line's check field.
  EXPECT_EQ(lines[1].size(), std::string("a\t12\t").size() + 16 * 8 + 9);
  EXPECT_EQ(lines[1].substr(lines[1].size() - 9),
            "\t" + sketch::SignatureLineCheck(lines[1].substr(0, lines[1].size() - 9)));
  EXPECT_THAT(lines[2], StartsWith("b\t12\t"));
  EXPECT_THAT(lines[3], ::testing::MatchesRegex("#precis-signatures-end\trecords=2\tcheck=[0-9a-f]{16}"));
  const Result<sketch::SketchParams> params = sketch::ParseSignatureHeader(lines[0]);
  ASSERT_TRUE(params.ok()) << params.status().message();
  EXPECT_EQ(params->minhash.permutations, 16u);
}

TEST(SketchCliTest, OutputDoesNotDependOnThreads) {
  std::string input;
  for (int i = 0; i < 50; ++i) {
    input += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Story " + std::to_string(i) +
             " says the mayor of town " + std::to_string(i * 7) + " opened a bridge today.\"}\n";
  }
  const AppRun one = Sketch({"--jsonl", "--threads", "1"}, input);
  const AppRun two = Sketch({"--jsonl", "--threads", "3"}, input);
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(Lines(one.out).size(), 52u);  // header, 50 records, end line
}

TEST(SketchCliTest, EmitBandsWritesOneKeyPerBand) {
  const AppRun run =
      Sketch({"--jsonl", "--emit-bands", "-K", "16", "--bands", "4", "--rows", "4"}, kTwoArticles);
  ASSERT_EQ(run.status, 0) << run.err;
  const auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 8u);
  // <fingerprint 16 hex>:<band 4 digits>:<hash 16 hex> TAB id
  EXPECT_THAT(lines[0], ::testing::MatchesRegex("[0-9a-f]{16}:0000:[0-9a-f]{16}\ta"));
  EXPECT_THAT(lines[7], ::testing::MatchesRegex("[0-9a-f]{16}:0003:[0-9a-f]{16}\tb"));
}

TEST(SketchCliTest, EmptyArticleGetsEmptySignature) {
  const AppRun run = Sketch({"--jsonl", "-K", "2"}, "{\"id\": \"e\", \"text\": \"...\"}\n");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(Lines(run.out).at(1), StartsWith("e\t0\tffffffffffffffff\t"));
}

TEST(SketchCliTest, BadRecordIsReportedAndOthersStillSketched) {
  const AppRun run = Sketch({"--jsonl"}, std::string(kTwoArticles) + "not json\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Lines(run.out).size(), 4u);  // header, two records, end line
  EXPECT_THAT(run.err, HasSubstr("line 3"));
}

TEST(SketchCliTest, UsageErrors) {
  EXPECT_EQ(Sketch({"--method", "simhash"}).status, 2);
  EXPECT_EQ(Sketch({"-K", "0"}).status, 2);
  EXPECT_EQ(Sketch({"--bands", "4"}).status, 2);
  EXPECT_EQ(Sketch({"-K", "16", "--bands", "5", "--rows", "4"}).status, 2);
  EXPECT_EQ(Sketch({"--unit", "sentence"}).status, 2);
}

TEST(SketchCliTest, NumbersOutOfRangeAreUsageErrorsNamingTheOption) {
  // Checked before any input is read (this one does not exist).
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--threads", "-1"}, "--threads must be an integer in 0..1024 (got -1)"},
      {{"--threads", "4294967296"}, "--threads must be an integer in 0..1024 (got 4294967296)"},
      {{"-K", "-1"}, "--permutations must be an integer in 1..4096 (got -1)"},
      {{"-k", "0"}, "--shingle-size must be an integer in 1..256 (got 0)"},
      {{"--seed", "-7"}, "--seed must be an integer in 0..18446744073709551615 (got -7)"},
      {{"--bands", "4097"}, "--bands must be an integer in 0..4096 (got 4097)"},
      {{"--rows=-2"}, "--rows must be an integer in 0..4096 (got -2)"},
      {{"--threshold", "-0.5"}, "--threshold must be a number in (0, 1] (got -0.5)"},
      {{"--threshold", "inf"}, "--threshold must be a number in (0, 1] (got inf)"},
  };
  for (const auto& [options, message] : cases) {
    std::vector<std::string> args = options;
    args.push_back("/nonexistent/input.txt");
    const AppRun run = Sketch(args);
    EXPECT_EQ(run.status, 2) << message;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "precis-sketch: " + message + " (try --help)\n");
  }
}

TEST(SketchCliTest, ThreadsBeyondFourPerCoreAreCappedWithANote) {
  const AppRun run = Sketch({"--jsonl", "--threads", "1024"}, kTwoArticles);
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.err, StartsWith("precis-sketch: --threads 1024 capped at "));
  EXPECT_EQ(run.out, Sketch({"--jsonl", "--threads", "1"}, kTwoArticles).out);
  EXPECT_EQ(Sketch({"--jsonl", "--threads", "1024", "-q"}, kTwoArticles).err, "");
}

TEST(SketchCliTest, HeaderParserRefusesOtherFormatsAndVersions) {
  EXPECT_EQ(sketch::ParseSignatureHeader("#precis-idf\tv1").status().code(),
            ErrorCode::kFormatMismatch);
  EXPECT_EQ(sketch::ParseSignatureHeader("#precis-signatures\tv9\tk=3").status().code(),
            ErrorCode::kFormatMismatch);
  // Version 1 streams had no check fields; they are named, not misread.
  EXPECT_THAT(sketch::ParseSignatureHeader("#precis-signatures\tv1\tk=3").status().message(),
              HasSubstr("version v1 is not supported (this build reads v2 and v3)"));
  sketch::SketchParams params;
  const std::string header = sketch::FormatSignatureHeader(params);
  ASSERT_TRUE(sketch::ParseSignatureHeader(header).ok());
  EXPECT_TRUE(sketch::ParseSignatureHeader(header)->shingles.skip_furniture);
  sketch::SketchParams kept = params;
  kept.shingles.skip_furniture = false;
  EXPECT_FALSE(sketch::ParseSignatureHeader(sketch::FormatSignatureHeader(kept))
                   ->shingles.skip_furniture);
  EXPECT_THAT(sketch::CheckSameParams(params, kept, "old.sig").message(),
              HasSubstr("made with furniture=keep, but furniture=skip"));
  sketch::SketchParams other = params;
  other.shingles.size = 5;
  const Status mismatch = sketch::CheckSameParams(params, other, "old.sig");
  EXPECT_EQ(mismatch.code(), ErrorCode::kFormatMismatch);
  EXPECT_THAT(mismatch.message(), HasSubstr("k=5"));
}

TEST(SketchCliTest, EndLineHasOneSpelling) {
  std::uint64_t records = 0, chain = 0;
  const std::string end = sketch::FormatSignatureEnd(3, 0xabcdef);
  EXPECT_EQ(end, "#precis-signatures-end\trecords=3\tcheck=0000000000abcdef");
  ASSERT_TRUE(sketch::ParseSignatureEnd(end, records, chain).ok());
  EXPECT_EQ(records, 3u);
  EXPECT_EQ(chain, 0xabcdefu);
  // Leading zeros or capitals would read back as a different line.
  EXPECT_FALSE(sketch::ParseSignatureEnd("#precis-signatures-end\trecords=03\tcheck=0000000000abcdef",
                                      records, chain).ok());
  EXPECT_FALSE(sketch::ParseSignatureEnd("#precis-signatures-end\trecords=3\tcheck=0000000000ABCDEF",
                                      records, chain).ok());
}

TEST(SketchCliTest, HelpDescribesFormat) {
  const AppRun run = Sketch({"--help"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("--emit-bands"));
  EXPECT_THAT(run.out, HasSubstr("#precis-signatures"));
}

}  // namespace
}  // namespace precis::testing
