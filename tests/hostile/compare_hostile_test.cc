// precis-compare against every hostile input, on either side of a pair and
// as a JSONL record, against damaged --ignore-common models, and on the
// output side.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cli/app_runner.h"
#include "compare/compare.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "precis/tfidf/idf_model.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kGood = "The council approved the harbour budget on Monday after a long debate.";

class CompareHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(CompareHostileTest, EitherSideOfAPairGivesTheDefinedOutcome) {
  const HostileInput& input = GetParam();
  const TempDir dir("compare");
  const std::string hostile = dir.Write("hostile.txt", input.bytes);
  const std::string good = dir.Write("good.txt", kGood);
  for (const auto& [a, b] : {std::pair{hostile, good}, std::pair{good, hostile}}) {
    const AppRun run = RunApp(cli::RunCompare, {"--format", "jsonl", a, b});
    EXPECT_EQ(run.status, input.status) << run.err;
    ASSERT_EQ(CountLines(run.out), 1u) << run.out.substr(0, 300);  // one record per pair
    EXPECT_THAT(run.out, StartsWith("{\"a\":\"" + a + "\",\"b\":\"" + b + "\","));
    if (input.status != 0) {
      ExpectOneDiagnostic(run.err, "precis-compare", hostile, input.diagnostic);
      EXPECT_THAT(run.out, HasSubstr("\"error\":\"" + JsonEscape(hostile + ": " + input.diagnostic)));
    } else {
      EXPECT_THAT(run.out, HasSubstr("\"containment_a\":0,\"containment_b\":0,\"jaccard\":0"));
      if (!input.diagnostic.empty()) {
        EXPECT_THAT(run.err, HasSubstr("precis-compare: " + hostile + ": " + input.diagnostic));
      }
    }
    ExpectDiagnosticLines(run.err, "precis-compare");
  }
}

TEST_P(CompareHostileTest, ComparedWithItselfItIsFullyContained) {
  const HostileInput& input = GetParam();
  if (input.status != 0) GTEST_SKIP() << "refused input";
  const TempDir dir("compare_self");
  const std::string a = dir.Write("a.txt", input.bytes);
  const std::string b = dir.Write("b.txt", input.bytes);
  const AppRun run = RunApp(cli::RunCompare, {"--format", "tsv", "-q", a, b});
  EXPECT_EQ(run.status, 0);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  // A text with words contains itself; an empty one has no shingles to share.
  EXPECT_THAT(lines[0], StartsWith(a + "\t" + b + (input.has_text ? "\t1\t1\t1\t" : "\t0\t0\t0\t0\t0\t0\t")))
      << lines[0];
}

TEST_P(CompareHostileTest, JsonlStreamKeepsOneRecordPerPairInOrder) {
  const HostileInput& input = GetParam();
  const std::string stream = HostileRecord("before", kGood) + "\n" +
                             HostileRecord("hostile", input.bytes) + "\n" +
                             HostileRecord("after", kGood) + "\n";
  const AppRun run = RunApp(cli::RunCompare, {"--jsonl", "--format", "jsonl"}, stream);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 2u) << run.out.substr(0, 300);
  const bool fails = input.status != 0 || input.name == "utf16_with_bom";
  EXPECT_EQ(run.status, fails ? 1 : 0) << run.err;
  if (fails) {
    // Invalid UTF-8 spoils the whole line, so its id is unknown: null, as
    // in the other apps' error records; otherwise the id was read.
    const bool unreadable = lines[0].find("invalid UTF-8") != std::string::npos;
    EXPECT_THAT(lines[0], StartsWith(unreadable ? "{\"a\":\"before\",\"b\":null,\"error\":"
                                                : "{\"a\":\"before\",\"b\":\"hostile\","))
        << lines[0];
    EXPECT_THAT(lines[0], HasSubstr(",\"error\":\"-: line 2 (byte "));
    EXPECT_THAT(run.err, StartsWith("precis-compare: -: line 2 (byte "));
  } else {
    EXPECT_THAT(lines[0], StartsWith("{\"a\":\"before\",\"b\":\"hostile\",\"containment_a\":"));
  }
  EXPECT_THAT(lines[1], StartsWith("{\"a\":\"before\",\"b\":\"after\",\"containment_a\":1,"));
  ExpectDiagnosticLines(run.err, "precis-compare");
}

INSTANTIATE_TEST_SUITE_P(Inputs, CompareHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(CompareHostileJsonlTest, DamagedLinesAndFailFast) {
  const std::string stream =
      "{\"id\":\"q\",\"text\":\"" + kGood + "\"}\n"
      "not json\n"
      "{\"id\":\"missing\"}\n"
      "{\"id\":\"q\",\"text\":\"Duplicate id, other text.\"}\n"
      "{\"id\":\"last\",\"text\":\"" + kGood + "\"}";
  const AppRun run = RunApp(cli::RunCompare, {"--jsonl", "--format", "jsonl"}, stream);
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 4u) << run.out;
  EXPECT_THAT(lines[0], HasSubstr("\"error\":\"-: line 2 (byte 91): malformed JSON"));
  EXPECT_EQ(lines[1], "{\"a\":\"q\",\"b\":\"missing\",\"error\":\"-: line 3 (byte 100): field "
                      "\\\"text\\\" is missing\"}");
  EXPECT_THAT(lines[2], StartsWith("{\"a\":\"q\",\"b\":\"q\",\"containment_a\":0,"));
  EXPECT_THAT(lines[3], StartsWith("{\"a\":\"q\",\"b\":\"last\",\"containment_a\":1,"));

  const AppRun fast =
      RunApp(cli::RunCompare, {"--jsonl", "--format", "jsonl", "--fail-fast"}, stream);
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(CountLines(fast.out), 1u);
}

TEST(CompareHostileJsonlTest, UnreadableIdIsNullInTheErrorRecord) {
  // Invalid UTF-8 spoils the whole line, id included: the record says null,
  // as the other apps' {"id":null} error records do, never an empty id.
  const std::string good = "{\"id\":\"q\",\"text\":\"" + kGood + "\"}";
  const std::string bad = "{\"id\":\"x\",\"text\":\"Bad \xC0\xAF slash.\"}";
  const AppRun run =
      RunApp(cli::RunCompare, {"--jsonl", "--format", "jsonl"}, good + "\n" + bad + "\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "{\"a\":\"q\",\"b\":null,\"error\":\"-: line 2 (byte " +
                         std::to_string(good.size() + 1) +
                         "): invalid UTF-8 at byte 22 of the line\"}\n");
  // The query itself unreadable: "a" is null in every record.
  const AppRun query =
      RunApp(cli::RunCompare, {"--jsonl", "--format", "jsonl"}, bad + "\n" + good + "\n");
  EXPECT_EQ(query.status, 1);
  EXPECT_EQ(query.out, "{\"a\":null,\"b\":\"q\",\"error\":\"-: line 1 (byte 0): invalid UTF-8 at "
                       "byte 22 of the line\"}\n");
}

TEST(CompareHostileJsonlTest, PredicateModeMakesBadInputExitTwo) {
  const TempDir dir("compare_predicate");
  const std::string bad = dir.Write("bad.txt", "Bad \xC0\xAF slash.");
  const std::string good = dir.Write("good.txt", kGood);
  const AppRun run = RunApp(cli::RunCompare, {"--min-containment", "0.5", good, bad});
  EXPECT_EQ(run.status, 2);
  ExpectOneDiagnostic(run.err, "precis-compare", bad, "invalid UTF-8 at byte 4");
}

// --ignore-common reads precis-idf models: damaged ones are refused.
class CompareModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tfidf::IdfModel model;
    model.AddDocument(std::vector<std::uint64_t>{1, 2, 3});
    model.AddDocument(std::vector<std::uint64_t>{2, 3, 4});
    good_ = model.Serialize();
    a_ = dir_.Write("a.txt", kGood);
  }
  AppRun Compare(const std::string& model_bytes) {
    const std::string path = dir_.Write("common.idf", model_bytes);
    return RunApp(cli::RunCompare, {"--ignore-common", path, a_, a_});
  }
  void ExpectRefused(const std::string& model_bytes, const std::string& message) {
    const AppRun run = Compare(model_bytes);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    ExpectOneDiagnostic(run.err, "precis-compare", "--ignore-common " + dir_.Path("common.idf"),
                        message);
  }
  TempDir dir_{"compare_model"};
  std::string good_;
  std::string a_;
};

TEST_F(CompareModelTest, GoodModelIsAccepted) {
  const AppRun run = Compare(good_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("containment of A in B 1,"));
}

TEST_F(CompareModelTest, TruncatedModelIsRefused) {
  const std::size_t body = good_.find("\n\n") + 2;
  for (const std::size_t cut : {good_.size() - 1, body + 4 * 12, body}) {
    ExpectRefused(Truncated(good_, cut), "IDF model ends at byte " + std::to_string(cut) +
                                             " without its checksum line (truncated or corrupt)");
  }
  ExpectRefused(Truncated(good_, 40), "IDF model ends at byte 40 without its checksum line "
                                      "(truncated or corrupt)");
  ExpectRefused(Truncated(good_, 12), "truncated IDF model header");
}

TEST_F(CompareModelTest, WrongVersionIsRefused) {
  ExpectRefused(Replaced(good_, "precis-idf 2", "precis-idf 0"),
                "IDF model format version 0, this build reads version 2");
}

TEST_F(CompareModelTest, WrongParametersAreRefused) {
  ExpectRefused(ResealedModel(Replaced(good_, "language=en", "language=ru")),
                "IDF model for language 'ru' (stemmed), but the texts are analyzed as 'en' "
                "(stemmed)");
  ExpectRefused(ResealedModel(Replaced(good_, "unit=term", "unit=shingle-word-3-0")),
                "IDF model of unit 'shingle-word-3-0', expected 'term' or 'shingle-word-5-0'");
}

TEST_F(CompareModelTest, CorruptedBytesAreRefused) {
  const std::string mismatch = "IDF model checksum at byte " +
                               std::to_string(good_.size() - tfidf::kIdfChecksumLineBytes) +
                               " does not match the bytes before it (corrupted bytes)";
  const std::size_t body = good_.find("\n\n") + 2;
  for (const std::size_t at : {std::size_t{20}, body + 3, body + 12 + 8, body + 47}) {
    ExpectRefused(Flipped(good_, at), mismatch);
  }
  std::string corrupt = good_;
  corrupt[body + 12 + 8] = '\0';  // entry 1's count, low byte
  ExpectRefused(ResealedModel(corrupt),
                "IDF model entry 1 is out of order or zero (corrupt), at byte " +
                    std::to_string(body + 12));
  ExpectRefused(ResealedModel(Replaced(good_, "keys=4", "keys=four")),
                "unknown IDF model header line 'keys=four'");
}

TEST_F(CompareModelTest, BinaryFileIsNotTakenForAPhraseList) {
  // Without the model header the file is read as a phrase list; one that is
  // not text (a model with a damaged first line, a binary file) is refused.
  const std::string damaged = Replaced(good_, "precis-idf 2", "precis-idg 2");
  ExpectRefused(damaged, "neither a precis-idf model nor a phrase list: NUL byte at byte " +
                             std::to_string(damaged.find('\0')));
  ExpectRefused("\x80junk\n", "neither a precis-idf model nor a phrase list: invalid UTF-8 at byte 0");
}

TEST(CompareOutputTest, ClosedPipeIsQuietAndFullDiskIsAnError) {
  const TempDir dir("compare_output");
  std::ofstream stream(dir.Path("many.jsonl"));
  for (int i = 0; i < 3000; ++i) stream << HostileRecord(std::to_string(i), kGood) << '\n';
  stream.close();
  ExpectOutputSideContract("compare", "--jsonl --format jsonl " + dir.Path("many.jsonl"),
                           dir.path().string());
}

}  // namespace
}  // namespace precis::testing
