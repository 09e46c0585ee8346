// precis-dedup against every hostile input, against damaged signature
// streams and indexes, and on the output side (an index is written whole or
// not at all).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cli/app_runner.h"
#include "dedup/dedup.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "sketch/sketch.h"

namespace precis::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// stderr without the summary line a completed run ends with.
std::string WithoutSummary(const std::string& err) {
  const std::size_t last = err.rfind("precis-dedup: ", err.size() < 2 ? 0 : err.size() - 2);
  if (last == std::string::npos || err.find(" new articles, ", last) == std::string::npos) {
    return err;
  }
  return err.substr(0, last);
}

class DedupHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(DedupHostileTest, FileIsKeptAsUniqueOrReported) {
  const HostileInput& input = GetParam();
  const TempDir dir("dedup");
  const std::string path = dir.Write("hostile.txt", input.bytes);
  const AppRun run = RunApp(cli::RunDedup, {"--output", "unique", "--format", "tsv", path});
  EXPECT_EQ(run.status, input.status) << run.err;
  // The last stderr line is the run's summary.
  const std::vector<std::string> diagnostics = SplitLines(run.err);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_THAT(diagnostics.back(), StartsWith("precis-dedup: " +
                                             std::to_string(input.status == 0 ? 1 : 0) +
                                             " new articles, 0 indexed; "));
  if (input.status != 0) {
    EXPECT_EQ(run.out, "");
    ASSERT_EQ(diagnostics.size(), 2u);
    ExpectOneDiagnostic(diagnostics[0] + "\n", "precis-dedup", path, input.diagnostic);
  } else {
    EXPECT_EQ(run.out, path + "\t1\n");
    if (!input.diagnostic.empty()) {
      EXPECT_THAT(run.err, HasSubstr("precis-dedup: " + path + ": " + input.diagnostic));
    }
  }
  ExpectDiagnosticLines(run.err, "precis-dedup");
}

TEST_P(DedupHostileTest, TwoCopiesAreOnePairUnlessEmpty) {
  const HostileInput& input = GetParam();
  if (input.status != 0) GTEST_SKIP() << "refused input";
  const TempDir dir("dedup_copies");
  const std::string a = dir.Write("a.txt", input.bytes);
  const std::string b = dir.Write("b.txt", input.bytes);
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--format", "tsv", a, b});
  EXPECT_EQ(run.status, 0) << run.err;
  // Texts without words have no shingles: nothing to call a duplicate.
  EXPECT_EQ(run.out, input.has_text ? a + "\t" + b + "\t1\t1\t1\texact\n" : "");
}

TEST_P(DedupHostileTest, JsonlRecordIsKeptOrReportedByLine) {
  const HostileInput& input = GetParam();
  const std::string first = HostileRecord("before", "First text about the harbour.");
  const std::string stream = first + "\n" +
                             HostileRecord("hostile", input.bytes) + "\n" +
                             HostileRecord("after", "Last text about the council.") + "\n";
  const AppRun run =
      RunApp(cli::RunDedup, {"--jsonl", "--output", "unique", "--format", "tsv"}, stream);
  const bool fails = input.status != 0 || input.name == "utf16_with_bom";
  EXPECT_EQ(run.status, fails ? 1 : 0) << run.err;
  EXPECT_EQ(run.out, fails ? "before\t1\nafter\t1\n" : "before\t1\nhostile\t1\nafter\t1\n");
  if (fails) {
    EXPECT_THAT(run.err, StartsWith("precis-dedup: -: line 2 (byte " + std::to_string(first.size() + 1) + "): "));
  }
  ExpectDiagnosticLines(run.err, "precis-dedup");
}

INSTANTIATE_TEST_SUITE_P(Inputs, DedupHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

// Signature streams and indexes: damaged ones are refused (header) or their
// bad lines reported (records), naming the file and line.
class DedupSignatureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const AppRun run = RunApp(cli::RunSketch, {"--jsonl", "-K", "8"},
                              "{\"id\":\"a\",\"text\":\"The council approved the harbour budget.\"}\n"
                              "{\"id\":\"b\",\"text\":\"The council approved the harbour budget.\"}\n"
                              "{\"id\":\"c\",\"text\":\"Rain fell on the bridge all day.\"}\n");
    ASSERT_EQ(run.status, 0) << run.err;
    good_ = run.out;
  }
  AppRun Dedup(const std::string& signatures, std::vector<std::string> extra = {}) {
    const std::string path = dir_.Write("s.sig", signatures);
    std::vector<std::string> args = {"--signatures", "--format", "tsv"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(path);
    return RunApp(cli::RunDedup, args);
  }
  void ExpectRefused(const std::string& signatures, const std::string& message) {
    const AppRun run = Dedup(signatures);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(WithoutSummary(run.err), "precis-dedup: " + dir_.Path("s.sig") + ": " + message + "\n");
  }
  TempDir dir_{"dedup_signatures"};
  std::string good_;
};

TEST_F(DedupSignatureTest, GoodStreamFindsThePair) {
  const AppRun run = Dedup(good_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
}

TEST_F(DedupSignatureTest, TruncatedStreamReportsTheCutLineAndKeepsTheRest) {
  const AppRun run = Dedup(Truncated(good_, good_.size() - 10));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err), "precis-dedup: " + dir_.Path("s.sig") +
                         ": line 4: signature has 55 hex digits, expected 64 (K=8)\n");
  ExpectRefused(Truncated(good_, 22), "malformed header field ''");
}

TEST_F(DedupSignatureTest, WrongVersionIsRefused) {
  ExpectRefused(Replaced(good_, "\tv1\t", "\tv2\t"),
                "signature format version v2 is not supported (this build reads v1)");
}

TEST_F(DedupSignatureTest, MissingOrBadParametersAreRefused) {
  ExpectRefused(Replaced(good_, "\tK=8", ""),
                "signature header lacks a parameter (k, unit, lang, stem, stopwords, short, "
                "shingle_seed, hash, method, K, seed)");
  ExpectRefused(Replaced(good_, "K=8", "K=0"), "bad K=0");
  ExpectRefused(Replaced(good_, "hash=xxh3-64", "hash=md5"), "unknown shingle hash md5");
}

TEST_F(DedupSignatureTest, StreamsWithOtherParametersAreRefused) {
  const AppRun other = RunApp(cli::RunSketch, {"-K", "8", "--shingle-size", "5", "--jsonl"},
                              "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  const std::string first = dir_.Write("first.sig", good_);
  const std::string second = dir_.Write("second.sig", other.out);
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--signatures", first, second});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "precis-dedup: " + second +
                         " was made with k=5, but k=3 is in use; signatures made with different "
                         "parameters do not compare\n");
}

TEST_F(DedupSignatureTest, IndexWithOtherParametersIsRefused) {
  const std::string index = dir_.Write("index.sig", good_);
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--index", index, "-K", "16", "--jsonl"},
                            "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "precis-dedup: " + index +
                         " was made with K=8, but K=16 is in use; signatures made with different "
                         "parameters do not compare\n");
  EXPECT_EQ(ReadAll(index), good_);  // left as it was
}

TEST_F(DedupSignatureTest, CorruptedBytesAreReportedOrRefused) {
  std::string corrupt = good_;
  corrupt[corrupt.rfind('\t') + 3] = 'g';  // record c's slots
  const AppRun run = Dedup(corrupt);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err),
            "precis-dedup: " + dir_.Path("s.sig") + ": line 4: signature is not hexadecimal\n");
  ExpectRefused("\x7F" "ELF\x02\x01\x01\n" + good_,
                "not a precis signature stream (expected a first line starting "
                "'#precis-signatures')");
}

TEST_F(DedupSignatureTest, IndexIsReplacedWholeOrNotAtAll) {
  // An index in a directory that does not exist: an error naming the file,
  // no stray temporary file.
  const std::string index = dir_.Path("missing/index.sig");
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--index", index, "--jsonl"},
                            "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-dedup: cannot write " + index + ".tmp."));
  EXPECT_TRUE(dir_.Files().empty());
}

TEST(DedupOutputTest, ClosedPipeIsQuietAndFullDiskIsAnError) {
  const TempDir dir("dedup_output");
  std::ofstream stream(dir.Path("many.jsonl"));
  for (int i = 0; i < 3000; ++i) {
    stream << HostileRecord(std::to_string(i), "Story number " + std::to_string(i) +
                                                   " says the mayor opened a new bridge today.")
           << '\n';
  }
  stream.close();
  ExpectOutputSideContract("dedup", "--jsonl --output unique --format jsonl " + dir.Path("many.jsonl"),
                           dir.path().string());
}

}  // namespace
}  // namespace precis::testing
