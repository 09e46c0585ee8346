// precis-summarize against every hostile input, as a file and as a JSONL
// record between two good ones, and against damaged IDF models.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cli/app_runner.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "precis/tfidf/idf_model.h"
#include "summarize/summarize.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// Bytes that are not a valid JSON string value once embedded raw (invalid
// UTF-8) or that decode to a NUL byte: the record becomes an error record.
bool JsonlRecordFails(const HostileInput& input) {
  return input.status != 0 || input.name == "utf16_with_bom";
}

class SummarizeHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(SummarizeHostileTest, FileGivesTheDefinedOutcome) {
  const HostileInput& input = GetParam();
  const TempDir dir("summarize");
  const std::string path = dir.Write(input.name + ".txt", input.bytes);
  const AppRun run = RunApp(cli::RunSummarize, {path});
  EXPECT_EQ(run.status, input.status) << run.err;
  if (!input.diagnostic.empty()) {
    EXPECT_THAT(run.err, HasSubstr("precis-summarize: " + path + ": " + input.diagnostic));
  }
  if (input.status == 0 && !input.has_text) {
    // The documented fallback: an empty summary, warned about.
    EXPECT_EQ(run.err, "precis-summarize: " + path + ": no text to summarize\n");
  }
  EXPECT_EQ(!run.out.empty(), input.has_text) << run.out.substr(0, 200);
  ExpectDiagnosticLines(run.err, "precis-summarize");
}

TEST_P(SummarizeHostileTest, JsonlStreamKeepsOneRecordPerLineInOrder) {
  const HostileInput& input = GetParam();
  const std::string stream = HostileRecord("before", "First sentence here.") + "\n" +
                             HostileRecord("hostile", input.bytes) + "\n" +
                             HostileRecord("after", "Last sentence here.") + "\n";
  const AppRun run = RunApp(cli::RunSummarize, {"--jsonl", "--format", "jsonl"}, stream);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 3u) << run.out.substr(0, 500);
  EXPECT_THAT(lines[0], StartsWith("{\"id\":\"before\",\"sentences\":[{"));
  EXPECT_THAT(lines[2], StartsWith("{\"id\":\"after\",\"sentences\":[{"));
  if (JsonlRecordFails(input)) {
    EXPECT_EQ(run.status, 1);
    EXPECT_THAT(lines[1], HasSubstr("\"line\":2,\"error\":\""));
    EXPECT_THAT(run.err, HasSubstr("precis-summarize: -: line 2 (byte "));
  } else {
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_THAT(lines[1], StartsWith("{\"id\":\"hostile\",\"sentences\":["));
    EXPECT_EQ(lines[1].find("\"sentences\":[]") == std::string::npos, input.has_text)
        << lines[1].substr(0, 200);
  }
  ExpectDiagnosticLines(run.err, "precis-summarize");
}

INSTANTIATE_TEST_SUITE_P(Inputs, SummarizeHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(SummarizeHostileJsonlTest, DamagedLinesYieldErrorRecordsAndFailFastStops) {
  const std::string stream =
      "{\"id\":\"a\",\"text\":\"Alpha one.\"}\n"
      "{\"id\":\"trunc\",\"text\":\"cut\n"
      "{\"id\":\"notext\"}\n"
      "{\"id\":\"num\",\"text\":7}\n"
      "{\"id\":\"a\",\"text\":\"Duplicate id.\"}\n"
      "{\"id\":\"z\",\"text\":\"Final line without newline.\"}";
  const AppRun run = RunApp(cli::RunSummarize, {"--jsonl", "--format", "jsonl"}, stream);
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), 6u) << run.out;
  EXPECT_THAT(lines[0], StartsWith("{\"id\":\"a\",\"sentences\""));
  EXPECT_THAT(lines[1], HasSubstr("\"line\":2,\"error\":\"malformed JSON"));
  EXPECT_EQ(lines[2], "{\"id\":\"notext\",\"line\":3,\"error\":\"field \\\"text\\\" is missing\"}");
  EXPECT_EQ(lines[3], "{\"id\":\"num\",\"line\":4,\"error\":\"field \\\"text\\\" must be a string\"}");
  EXPECT_THAT(lines[4], StartsWith("{\"id\":\"a\",\"sentences\""));
  EXPECT_THAT(lines[5], StartsWith("{\"id\":\"z\",\"sentences\""));

  const AppRun fast =
      RunApp(cli::RunSummarize, {"--jsonl", "--format", "jsonl", "--fail-fast"}, stream);
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(CountLines(fast.out), 2u) << fast.out;
}

TEST(SummarizeHostileJsonlTest, TextFormatReportsBadRecordsOnStderrOnly) {
  const AppRun run = RunApp(cli::RunSummarize, {"--jsonl"},
                            "{\"id\":\"a\",\"text\":\"Alpha.\"}\nbroken\n{\"id\":\"b\",\"text\":\"Beta.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "Alpha.\n\nBeta.\n");
  EXPECT_THAT(run.err, HasSubstr("precis-summarize: -: line 2 (byte 27): malformed JSON"));
}

// Damaged IDF models: refused with exit 1 and one line naming the file.
class SummarizeModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tfidf::IdfModel model;
    for (const char* words : {"alpha beta", "beta gamma", "gamma delta alpha"}) {
      std::vector<std::uint64_t> keys;
      for (const char* w = words; *w != '\0'; ++w) keys.push_back(static_cast<std::uint64_t>(*w) * 1000003u);
      model.AddDocument(keys);
    }
    good_ = model.Serialize();
  }
  AppRun Summarize(const std::string& model_bytes) {
    const std::string path = dir_.Write("model.idf", model_bytes);
    return RunApp(cli::RunSummarize, {"--idf", path, SourcePath("corpus/000_7607a87248a232cc.txt")});
  }
  void ExpectRefused(const std::string& model_bytes, const std::string& message) {
    const AppRun run = Summarize(model_bytes);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "precis-summarize: " + dir_.Path("model.idf") + ": " + message + "\n");
  }
  TempDir dir_{"summarize_model"};
  std::string good_;
};

TEST_F(SummarizeModelTest, GoodModelIsAccepted) {
  const AppRun run = Summarize(good_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_FALSE(run.out.empty());
}

TEST_F(SummarizeModelTest, TruncatedModelsAreRefused) {
  // Cut inside the body, between whole entries, after the header: every cut
  // loses the checksum line at the end.
  const std::size_t body = good_.find("\n\n") + 2;
  for (const std::size_t cut : {good_.size() - 5, body + 12, body, body - 1}) {
    ExpectRefused(Truncated(good_, cut), "IDF model ends at byte " + std::to_string(cut) +
                                             " without its checksum line (truncated or corrupt)");
  }
  ExpectRefused(Truncated(good_, 12), "truncated IDF model header");
  ExpectRefused("", "not a precis IDF model (no 'precis-idf' header)");
}

TEST_F(SummarizeModelTest, WrongVersionIsRefused) {
  ExpectRefused(Replaced(good_, "precis-idf 2\n", "precis-idf 3\n"),
                "IDF model format version 3, this build reads version 2");
}

TEST_F(SummarizeModelTest, WrongParametersAreRefused) {
  // Models genuinely made with other settings (checksums recomputed).
  ExpectRefused(ResealedModel(Replaced(good_, "language=en", "language=de")),
                "IDF model is for language 'de', expected 'en'");
  ExpectRefused(ResealedModel(Replaced(good_, "stem=snowball", "stem=none")),
                "IDF model was made with stemming no, expected stemming yes");
  ExpectRefused(ResealedModel(Replaced(good_, "unit=term", "unit=shingle-word-5-0")),
                "IDF model counts 'shingle-word-5-0', expected 'term'");
  ExpectRefused(ResealedModel(Replaced(good_, "hash=xxh3-64", "hash=md5")),
                "IDF model uses hash 'md5', this build uses 'xxh3-64'");
  ExpectRefused(ResealedModel(Replaced(good_, "normalization=nfkc-casefold", "normalization=nfc")),
                "IDF model uses normalization 'nfc', this build uses 'nfkc-casefold'");
}

TEST_F(SummarizeModelTest, CorruptedBytesAreRefused) {
  const std::size_t body = good_.find("\n\n") + 2;
  const std::string mismatch = "IDF model checksum at byte " +
                               std::to_string(good_.size() - tfidf::kIdfChecksumLineBytes) +
                               " does not match the bytes before it (corrupted bytes)";
  // A document frequency 2 read as 3 weighs the term differently and passed
  // every check of format version 1.
  ExpectRefused(Flipped(good_, body + 8), mismatch);
  ExpectRefused(Flipped(good_, good_.find("documents=3") + 10), mismatch);
  // Behind the checksum: a zeroed document frequency, keys out of order, a
  // garbled header line.
  std::string zero_df = good_;
  zero_df.replace(body + 8, 4, std::string(4, '\0'));
  ExpectRefused(ResealedModel(zero_df),
                "IDF model entry 0 is out of order or zero (corrupt), at byte " +
                    std::to_string(body));
  std::string unordered = good_;
  unordered.replace(body + 12, 8, good_.substr(body, 8));  // entry 1's key = entry 0's
  ExpectRefused(ResealedModel(unordered),
                "IDF model entry 1 is out of order or zero (corrupt), at byte " +
                    std::to_string(body + 12));
  ExpectRefused(ResealedModel(Replaced(good_, "documents=3", "documents=x3")),
                "unknown IDF model header line 'documents=x3'");
  ExpectRefused("\x7F" "ELF\x02\x01\x01" + std::string(64, '\0'),
                "not a precis IDF model (no 'precis-idf' header)");
}

TEST_F(SummarizeModelTest, HeaderClaimingHugeKeyCountIsRefusedWithoutAllocating) {
  // A corrupted key count must not size a table from the header alone, even
  // in a file whose checksum matches.
  const std::string keys = "keys=" + std::to_string(tfidf::IdfModel::Parse(good_, "m")->size());
  const std::string huge = ResealedModel(Replaced(good_, keys, "keys=4611686018427387904"));
  ExpectRefused(huge, "IDF model body holds " +
                          std::to_string(huge.size() - huge.find("\n\n") - 2 -
                                         tfidf::kIdfChecksumLineBytes) +
                          " bytes, too few for keys=4611686018427387904 (truncated or corrupt)");
}

TEST_F(SummarizeModelTest, MissingModelIsAnError) {
  const AppRun run = RunApp(cli::RunSummarize, {"--idf", dir_.Path("absent.idf"),
                                                 SourcePath("corpus/000_7607a87248a232cc.txt")});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-summarize: " + dir_.Path("absent.idf") + ": cannot open"));
  EXPECT_EQ(CountLines(run.err), 1u);
}

TEST(SummarizeOutputTest, ClosedPipeIsQuietAndFullDiskIsAnError) {
  const TempDir dir("summarize_output");
  std::ofstream stream(dir.Path("many.jsonl"));
  for (int i = 0; i < 3000; ++i) {
    stream << HostileRecord(std::to_string(i), "Story " + std::to_string(i) +
                                                   " begins here. The council met. It rained.")
           << '\n';
  }
  stream.close();
  ExpectOutputSideContract("summarize", "--jsonl --format jsonl " + dir.Path("many.jsonl"),
                           dir.path().string());
}

}  // namespace
}  // namespace precis::testing
