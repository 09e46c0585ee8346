// precis-dedup against every hostile input, against damaged signature
// streams and indexes, and on the output side (an index is written whole or
// not at all).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli/app_runner.h"
#include "dedup/dedup.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "sketch/sketch.h"
#include "support/file_size_limit.h"

namespace precis::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
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
  // Where line `n` (0-based) of good_ starts.
  std::size_t LineStart(std::size_t n) const {
    std::size_t at = 0;
    for (std::size_t i = 0; i < n; ++i) at = good_.find('\n', at) + 1;
    return at;
  }
  // "precis-dedup: <file>: line L (byte B): "
  std::string Place(std::size_t line, std::size_t byte) const {
    return "precis-dedup: " + dir_.Path("s.sig") + ": line " + std::to_string(line) + " (byte " +
           std::to_string(byte) + "): ";
  }
  TempDir dir_{"dedup_signatures"};
  std::string good_;
};

TEST_F(DedupSignatureTest, GoodStreamFindsThePair) {
  const AppRun run = Dedup(good_);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
}

TEST_F(DedupSignatureTest, GoodStreamIsHeaderRecordsAndEndLine) {
  const std::vector<std::string> lines = SplitLines(good_);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_THAT(lines[4], StartsWith("#precis-signatures-end\trecords=3\tcheck="));
  EXPECT_EQ(ResealedSignatures(good_), good_);  // the test helper recomputes the same checks
}

TEST_F(DedupSignatureTest, TruncatedStreamReportsTheCutAndKeepsTheRest) {
  const std::size_t c = LineStart(3);
  AppRun run = Dedup(Truncated(good_, c + 10));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err),
            Place(4, c) + "the stream is cut inside this record line, and its part has no end "
                          "line (truncated after 2 records)\n");
  run = Dedup(Truncated(good_, good_.size() - 10));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err),
            Place(5, LineStart(4)) + "the stream is cut inside this end line (truncated)\n");
  ExpectRefused(Truncated(good_, 22),
                "line 1 (byte 0): signature header has no check field (truncated or corrupt)");
}

TEST_F(DedupSignatureTest, StreamCutAtALineBoundaryIsReported) {
  // Version 1 had no end line: a stream cut between records read as whole.
  for (std::size_t records = 0; records <= 3; ++records) {
    SCOPED_TRACE(records);
    const std::size_t cut = LineStart(records + 1);
    const AppRun run = Dedup(Truncated(good_, cut));
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, records >= 2 ? "a\tb\t1\t1\t1\testimate\n" : "");
    EXPECT_EQ(WithoutSummary(run.err),
              Place(records + 2, cut) + "the stream ends without the end line of its part "
                                        "(truncated after " + std::to_string(records) +
                                        " records)\n");
  }
  ExpectRefused("", "line 1 (byte 0): empty signature stream (no header line; precis-sketch "
                    "writes one even for no articles)");
}

TEST_F(DedupSignatureTest, RemovedOrReorderedLineIsReported) {
  AppRun run = Dedup(WithoutLineAt(good_, LineStart(2)));  // record b
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(WithoutSummary(run.err),
            Place(4, LineStart(4) - (LineStart(3) - LineStart(2))) +
                "the end line counts 3 records, the part has 2 (lines removed or added)\n");
  // Records a and c swapped: each line is intact, the order is not.
  const std::vector<std::string> lines = SplitLines(good_);
  run = Dedup(lines[0] + "\n" + lines[3] + "\n" + lines[2] + "\n" + lines[1] + "\n" + lines[4] +
              "\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(WithoutSummary(run.err),
            Place(5, LineStart(4)) +
                "the part's lines do not match its end line's check (lines replaced or "
                "reordered)\n");
  ExpectRefused(WithoutLineAt(good_, 0),
                "line 1 (byte 0): not a precis signature stream (expected a first line starting "
                "'#precis-signatures')");
}

TEST_F(DedupSignatureTest, FlippedByteInARecordIsReportedAndTheRecordSkipped) {
  // The id, the shingle count, a slot digit, the check field, a tab, of
  // record c: version 1 read most of these silently as another record.
  const std::size_t c = LineStart(3);
  const std::size_t slots = good_.find('\t', good_.find('\t', c) + 1) + 1;
  for (const std::size_t at : {c, c + 2, slots, slots + 37, LineStart(4) - 2, slots - 1}) {
    SCOPED_TRACE(at);
    const AppRun run = Dedup(Flipped(good_, at));
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
    EXPECT_EQ(WithoutSummary(run.err),
              Place(4, c) + (at == slots - 1 ? "a signature line needs 4 tab-separated fields "
                                               "(id, shingles, slots, check); truncated or corrupt\n"
                                             : "signature line does not match its check field "
                                               "(corrupted bytes)\n"));
  }
  // In record b, a's twin: the pair is gone, and the damage named.
  const AppRun run = Dedup(Flipped(good_, LineStart(2) + 20));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(WithoutSummary(run.err), Place(3, LineStart(2)) +
                                         "signature line does not match its check field "
                                         "(corrupted bytes)\n");
}

TEST_F(DedupSignatureTest, FlippedByteInTheHeaderOrEndLineIsRefusedOrReported) {
  // A parameter digit (K=8 read as K=9) would misread every record.
  ExpectRefused(Flipped(good_, good_.find("\tK=8") + 3),
                "line 1 (byte 0): signature header does not match its check field (corrupted "
                "bytes)");
  ExpectRefused(Flipped(good_, good_.find("\tseed=") + 7),
                "line 1 (byte 0): signature header does not match its check field (corrupted "
                "bytes)");
  const std::size_t end = LineStart(4);
  AppRun run = Dedup(Flipped(good_, good_.find("records=3") + 8));  // 3 -> 2
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(WithoutSummary(run.err),
            Place(5, end) + "the end line counts 2 records, the part has 3 (lines removed or "
                            "added)\n");
  run = Dedup(Flipped(good_, good_.size() - 2));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err),
            Place(5, end) + "the part's lines do not match its end line's check (lines replaced "
                            "or reordered)\n");
}

TEST_F(DedupSignatureTest, ConcatenatedStreamsAreReadPartByPart) {
  // What `parallel --pipe precis-sketch` or `cat part-*` makes: several
  // parts, each with its header and end line.
  const AppRun more = RunApp(cli::RunSketch, {"--jsonl", "-K", "8"},
                             "{\"id\":\"d\",\"text\":\"The council approved the harbour budget.\"}\n");
  ASSERT_EQ(more.status, 0);
  AppRun run = Dedup(good_ + more.out, {"--output", "clusters"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, StartsWith("1\ta\ta\t"));
  EXPECT_THAT(run.out, HasSubstr("1\ta\td\t"));
  // A cut part followed by a whole one: the cut is named, both are read.
  run = Dedup(Truncated(good_, LineStart(4)) + more.out, {"--output", "clusters"});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.out, HasSubstr("1\ta\td\t"));
  EXPECT_EQ(WithoutSummary(run.err),
            Place(5, LineStart(4)) + "a new part starts before the end line of the part before "
                                     "it, after 3 records (truncated part)\n");
  // Lines after an end line that start no part.
  run = Dedup(good_ + SplitLines(good_)[1] + "\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(WithoutSummary(run.err),
            Place(6, good_.size()) + "a record after the end line of its part (lines appended?); "
                                     "skipped\n");
}

TEST_F(DedupSignatureTest, WrongVersionIsRefused) {
  ExpectRefused(Replaced(good_, "\tv3\t", "\tv4\t"),
                "line 1 (byte 0): signature format version v4 is not supported (this build reads "
                "v2 and v3)");
  ExpectRefused(Replaced(good_, "\tv3\t", "\tv1\t"),
                "line 1 (byte 0): signature format version v1 is not supported (this build reads "
                "v2 and v3)");
}

TEST_F(DedupSignatureTest, AVersion2StreamKeptThePagesFurniture) {
  // Version 2 had no furniture field: its signatures were made with the
  // furniture kept, and they are read so.
  const std::string v2 =
      ResealedSignatures(Replaced(Replaced(good_, "\tv3\t", "\tv2\t"), "\tfurniture=skip", ""));
  ASSERT_NE(v2, good_);
  AppRun run = Dedup(v2);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  // An index of version 2 does not mix with today's default; with
  // --keep-furniture it does.
  const std::string index = dir_.Write("v2-index.sig", v2);
  const std::string article = "{\"id\":\"d\",\"text\":\"Another text.\"}\n";
  run = RunApp(cli::RunDedup, {"-q", "--index", index, "-K", "8", "--jsonl"}, article);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "precis-dedup: " + index +
                         " was made with furniture=keep, but furniture=skip is in use; signatures "
                         "made with different parameters do not compare\n");
  run = RunApp(cli::RunDedup, {"-q", "--index", index, "-K", "8", "--keep-furniture", "--jsonl"},
               article);
  EXPECT_EQ(run.status, 0) << run.err;
}

TEST_F(DedupSignatureTest, MissingOrBadParametersAreRefused) {
  // Headers a writer could have made (check fields recomputed).
  ExpectRefused(ResealedSignatures(Replaced(good_, "\tK=8", "")),
                "line 1 (byte 0): signature header lacks a parameter (k, unit, lang, stem, "
                "stopwords, furniture, short, shingle_seed, hash, method, K, seed)");
  ExpectRefused(ResealedSignatures(Replaced(good_, "\tfurniture=skip", "")),
                "line 1 (byte 0): signature header lacks a parameter (k, unit, lang, stem, "
                "stopwords, furniture, short, shingle_seed, hash, method, K, seed)");
  ExpectRefused(ResealedSignatures(Replaced(good_, "furniture=skip", "furniture=maybe")),
                "line 1 (byte 0): bad furniture=maybe");
  ExpectRefused(ResealedSignatures(Replaced(good_, "K=8", "K=0")), "line 1 (byte 0): bad K=0");
  ExpectRefused(ResealedSignatures(Replaced(good_, "hash=xxh3-64", "hash=md5")),
                "line 1 (byte 0): unknown shingle hash md5");
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
  EXPECT_EQ(ReadFileBytes(index), good_);  // left as it was
}

TEST_F(DedupSignatureTest, NonHexSlotBehindAValidCheckIsReported) {
  std::string corrupt = good_;
  const std::size_t c = LineStart(3);
  corrupt[good_.find('\t', good_.find('\t', c) + 1) + 3] = 'g';  // record c's slots
  const AppRun run = Dedup(ResealedSignatures(corrupt));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(run.err), Place(4, c) + "signature is not hexadecimal\n");
  ExpectRefused("\x7F" "ELF\x02\x01\x01\n" + good_,
                "line 1 (byte 0): not a precis signature stream (expected a first line starting "
                "'#precis-signatures')");
}

TEST_F(DedupSignatureTest, DamagedIndexStopsTheRunAndIsLeftAsItWas) {
  // Rewriting a damaged index would drop its damaged articles for good.
  const std::string jsonl = "{\"id\":\"d\",\"text\":\"Another text.\"}\n";
  for (const std::string& damaged :
       {Flipped(good_, LineStart(2) + 20), Truncated(good_, LineStart(4)),
        WithoutLineAt(good_, LineStart(1))}) {
    const std::string index = dir_.Write("index.sig", damaged);
    const AppRun run = RunApp(cli::RunDedup, {"--index", index, "-K", "8", "--jsonl"}, jsonl);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_THAT(run.err, StartsWith("precis-dedup: " + index + ": line "));
    EXPECT_EQ(CountLines(run.err), 1u) << run.err;
    EXPECT_EQ(ReadFileBytes(index), damaged);
  }
  // Even with -q the reason is printed: the run did nothing.
  const std::string index = dir_.Write("index.sig", Flipped(good_, LineStart(2) + 20));
  const AppRun quiet = RunApp(cli::RunDedup, {"-q", "--index", index, "-K", "8", "--jsonl"}, jsonl);
  EXPECT_EQ(quiet.status, 1);
  EXPECT_EQ(CountLines(quiet.err), 1u);
}

TEST_F(DedupSignatureTest, IndexEndsWithItsEndLineAndReadsBack) {
  const std::string index = dir_.Path("index.sig");
  const std::string jsonl = "{\"id\":\"d\",\"text\":\"Another text.\"}\n";
  ASSERT_EQ(RunApp(cli::RunDedup, {"-q", "--index", index, "-K", "8", "--jsonl"}, jsonl).status, 0);
  const std::vector<std::string> lines = SplitLines(ReadFileBytes(index));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[2], StartsWith("#precis-signatures-end\trecords=1\tcheck="));
  // The same article again is recognised, not indexed twice.
  const AppRun again = RunApp(cli::RunDedup, {"--index", index, "-K", "8", "--jsonl"}, jsonl);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("0 new articles, 1 indexed"));
  EXPECT_EQ(SplitLines(ReadFileBytes(index)).size(), 3u);
}

TEST_F(DedupSignatureTest, IndexIsReplacedWholeOrNotAtAll) {
  // An index in a directory that does not exist: an error naming the file,
  // no stray temporary file.
  const std::string index = dir_.Path("missing/index.sig");
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--index", index, "--jsonl"},
                            "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  EXPECT_EQ(run.status, 1);
  // The index's lock file (docs/dedup.md) is the first file the run makes.
  EXPECT_EQ(run.err, "precis-dedup: " + index +
                         ".lock: cannot create the lock file: No such file or directory (the "
                         "--index file)\n");
  EXPECT_TRUE(dir_.Files().empty());
}

TEST_F(DedupSignatureTest, FailFastStopsAtTheFirstDamagedLine) {
  // Records b and c damaged: without --fail-fast both are reported and a, the
  // one intact record, is used; with it the run stops at b with one line.
  const std::string damaged = Flipped(Flipped(good_, LineStart(2) + 20), LineStart(3) + 20);
  const std::string problem = "signature line does not match its check field (corrupted bytes)\n";
  const AppRun slow = Dedup(damaged);
  EXPECT_EQ(slow.status, 1);
  EXPECT_EQ(WithoutSummary(slow.err),
            Place(3, LineStart(2)) + problem + Place(4, LineStart(3)) + problem);
  const AppRun fast = Dedup(damaged, {"--fail-fast"});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(fast.err, Place(3, LineStart(2)) + problem);
}

TEST_F(DedupSignatureTest, FailFastStopsAtACutStream) {
  // Without --fail-fast the records before the cut are used (the pair a, b).
  const std::string cut = Truncated(good_, LineStart(4));
  const std::string problem =
      "the stream ends without the end line of its part (truncated after 3 records)\n";
  EXPECT_EQ(Dedup(cut).out, "a\tb\t1\t1\t1\testimate\n");
  const AppRun fast = Dedup(cut, {"--fail-fast"});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(fast.err, Place(5, LineStart(4)) + problem);
}

TEST_F(DedupSignatureTest, UnreadableSignatureFileIsBadInputAndStopsAFailFastRun) {
  const std::string missing = dir_.Path("missing.sig");
  const std::string good = dir_.Write("good.sig", good_);
  const AppRun slow = RunApp(cli::RunDedup, {"--signatures", "--format", "tsv", missing, good});
  EXPECT_EQ(slow.status, 1);
  EXPECT_EQ(slow.out, "a\tb\t1\t1\t1\testimate\n");
  EXPECT_EQ(WithoutSummary(slow.err),
            "precis-dedup: " + missing + ": cannot open: No such file or directory\n");
  const AppRun fast =
      RunApp(cli::RunDedup, {"--signatures", "--format", "tsv", "--fail-fast", missing, good});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(fast.err, "precis-dedup: " + missing + ": cannot open: No such file or directory\n");
  // The only input unreadable: still exit 1 (it used to be 0, nothing read).
  const AppRun alone = RunApp(cli::RunDedup, {"--signatures", missing});
  EXPECT_EQ(alone.status, 1);
  EXPECT_EQ(alone.err, "precis-dedup: " + missing + ": cannot open: No such file or directory\n");
  // A directory is named as one, not read as an empty stream.
  const AppRun directory = RunApp(cli::RunDedup, {"--signatures", "--fail-fast", dir_.Path("")});
  EXPECT_EQ(directory.status, 1);
  EXPECT_EQ(directory.err, "precis-dedup: " + dir_.Path("") + ": is a directory\n");
}

TEST_F(DedupSignatureTest, FailFastLeavesTheIndexAsItWas) {
  // Without --fail-fast the intact records of a damaged stream are indexed;
  // with it nothing is, and a rerun on the mended stream starts clean.
  const AppRun earlier = RunApp(cli::RunSketch, {"--jsonl", "-K", "8"},
                                "{\"id\":\"z\",\"text\":\"Rain fell on the harbour.\"}\n");
  ASSERT_EQ(earlier.status, 0);
  const std::string index = dir_.Write("index.sig", earlier.out);
  const std::string damaged = dir_.Write("d.sig", Flipped(good_, LineStart(3) + 20));
  const AppRun fast =
      RunApp(cli::RunDedup, {"--signatures", "--fail-fast", "--index", index, damaged});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(CountLines(fast.err), 1u) << fast.err;
  EXPECT_EQ(ReadFileBytes(index), earlier.out);
  const AppRun slow = RunApp(cli::RunDedup, {"-q", "--signatures", "--index", index, damaged});
  EXPECT_EQ(slow.status, 1);
  const std::vector<std::string> lines = SplitLines(ReadFileBytes(index));
  ASSERT_EQ(lines.size(), 5u);  // header, z, a, b (c was damaged), end line
  EXPECT_THAT(lines[1], StartsWith("z\t"));
  EXPECT_THAT(lines[2], StartsWith("a\t"));
  EXPECT_THAT(lines[3], StartsWith("b\t"));
}

TEST(DedupFailFastTest, BadArticleStopsTheRunWithNoOutputAndNoIndex) {
  // Pairs among the articles before the bad one would be a partial answer,
  // and an index holding them would make a rerun on the mended input find
  // each of them again as a duplicate of itself.
  const TempDir dir("dedup_fail_fast");
  const std::string index = dir.Path("index.sig");
  const std::string stream =
      "{\"id\":\"a\",\"text\":\"The council approved the harbour budget.\"}\n"
      "{\"id\":\"b\",\"text\":\"The council approved the harbour budget.\"}\n"
      "[]\n"
      "{\"id\":\"c\",\"text\":\"Rain fell on the bridge all day.\"}\n";
  const AppRun slow = RunApp(cli::RunDedup, {"--jsonl", "--format", "tsv"}, stream);
  EXPECT_EQ(slow.status, 1);
  EXPECT_EQ(slow.out, "a\tb\t1\t1\t1\texact\n");
  const AppRun fast =
      RunApp(cli::RunDedup, {"--jsonl", "--format", "tsv", "--fail-fast", "--index", index}, stream);
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(fast.err, "precis-dedup: -: line 3 (byte 122): not a JSON object\n");
  EXPECT_THAT(dir.Files(), ElementsAre("index.sig.lock"));  // no index, only its lock file
}

TEST_F(DedupSignatureTest, IndexThatIsADirectoryIsRefusedAndLeftAlone) {
  // Read as a file, a directory looked like an empty signature stream.
  const std::string index = dir_.Path("index.sig");
  std::filesystem::create_directory(index);
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--index", index, "--jsonl"},
                            "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "precis-dedup: " + index + ": is a directory (the --index file)\n");
  EXPECT_THAT(dir_.Files(), ElementsAre("index.sig"));
  EXPECT_TRUE(std::filesystem::is_directory(index));
}

TEST_F(DedupSignatureTest, IndexTemporaryNameIsNeverAnotherFile) {
  // The temporary name used to be <index>.tmp.<pid>: a file of that name
  // (another writer's, a leftover) was truncated and then renamed away.
  const std::string index = dir_.Path("index.sig");
  const std::string other = dir_.Write("index.sig.tmp." + std::to_string(::getpid()), "other");
  const AppRun run = RunApp(cli::RunDedup, {"-q", "--index", index, "--jsonl"},
                            "{\"id\":\"d\",\"text\":\"Another text.\"}\n");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(ReadFileBytes(other), "other");
  EXPECT_EQ(dir_.Files().size(), 3u);  // the index, the other file, the index's lock file
  EXPECT_THAT(ReadFileBytes(index), StartsWith("#precis-signatures\t"));
}

TEST_F(DedupSignatureTest, FullDiskLeavesTheOldIndexIntactAndNoTemporaryFile) {
  // A file size limit makes write() fail with EFBIG the way a full disk fails
  // with ENOSPC. The new index (two records of 128 slots) is over the limit;
  // the old one must survive byte for byte.
  const std::string index = dir_.Path("index.sig");
  const std::vector<std::string> args = {"-q", "--verify", "estimate", "--index", index, "--jsonl"};
  ASSERT_EQ(RunApp(cli::RunDedup, args, "{\"id\":\"d\",\"text\":\"Another text.\"}\n").status,
            0);
  const std::string old_index = ReadFileBytes(index);
  AppRun run;
  {
    const FileSizeLimit limit(512);
    ASSERT_TRUE(limit.ok());
    run = RunApp(cli::RunDedup, args, "{\"id\":\"e\",\"text\":\"A third text.\"}\n");
  }
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-dedup: " + index + ".tmp."));
  EXPECT_THAT(run.err, EndsWith(": write failed: File too large\n"));
  EXPECT_EQ(CountLines(run.err), 1u) << run.err;
  EXPECT_THAT(dir_.Files(), ElementsAre("index.sig", "index.sig.lock"));
  EXPECT_EQ(ReadFileBytes(index), old_index);
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

// A directory among the inputs (feed/* with a sub-folder) used to end the run
// with "internal error: std::bad_alloc" and no output.
class DedupDirectoryInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directory(sub_);
    a_ = dir_.Write("a.txt", kStory);
    b_ = dir_.Write("b.txt", kStory);
  }
  static constexpr const char* kStory =
      "The council approved the harbour budget on Monday after a long debate.";
  TempDir dir_{"dedup_directory"};
  const std::string sub_ = dir_.Path("sub");
  std::string a_, b_;
};

TEST_F(DedupDirectoryInputTest, DirectoryIsNamedAndEveryOtherInputProcessed) {
  const AppRun run = RunApp(cli::RunDedup, {"--format", "tsv", a_, sub_, b_});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, a_ + "\t" + b_ + "\t1\t1\t1\texact\n");
  EXPECT_EQ(WithoutSummary(run.err), "precis-dedup: " + sub_ + ": is a directory\n");
  EXPECT_THAT(run.err, HasSubstr("2 new articles, 0 indexed;"));
  // --jsonl files: the same.
  const std::string jsonl =
      dir_.Write("day.jsonl", HostileRecord("x", kStory) + "\n" + HostileRecord("y", kStory) + "\n");
  const AppRun records = RunApp(cli::RunDedup, {"--jsonl", "--format", "tsv", sub_, jsonl});
  EXPECT_EQ(records.status, 1);
  EXPECT_EQ(records.out, "x\ty\t1\t1\t1\texact\n");
  EXPECT_EQ(WithoutSummary(records.err), "precis-dedup: " + sub_ + ": is a directory\n");
  // --fail-fast stops there: one line, nothing on stdout.
  const AppRun fast = RunApp(cli::RunDedup, {"--fail-fast", a_, sub_, b_});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(fast.err, "precis-dedup: " + sub_ + ": is a directory\n");
}

TEST_F(DedupDirectoryInputTest, SingleStreamStepsRefuseADirectory) {
  for (const char* step : {"--reduce-bands", "--components"}) {
    const AppRun run = RunApp(cli::RunDedup, {step, sub_});
    EXPECT_EQ(run.status, 1) << step;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "precis-dedup: " + sub_ + ": is a directory\n");
  }
}

// --index through a symbolic link, or naming what is not a regular file.
class DedupIndexPathTest : public ::testing::Test {
 protected:
  AppRun Run(const std::string& index, const std::string& id) {
    return RunApp(cli::RunDedup, {"-q", "--index", index, "--jsonl"},
                  HostileRecord(id, "Story " + id + " about the harbour budget and the bridge.") +
                      "\n");
  }
  TempDir dir_{"dedup_index_path"};
};

TEST_F(DedupIndexPathTest, SymbolicLinkIsWrittenThroughAndStaysALink) {
  // The link used to be replaced by a plain file, its target left stale.
  std::filesystem::create_directory(dir_.Path("store"));
  const std::string real = dir_.Path("store/news.idx");
  const std::string link = dir_.Path("news.idx");
  std::filesystem::create_symlink("store/news.idx", link);  // dangling until the first run
  ASSERT_EQ(Run(link, "monday").status, 0);
  ASSERT_EQ(Run(link, "tuesday").status, 0);
  EXPECT_TRUE(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
  const std::vector<std::string> lines = SplitLines(ReadFileBytes(real));
  ASSERT_EQ(lines.size(), 4u);  // header, monday, tuesday, end line
  EXPECT_THAT(lines[1], StartsWith("monday\t"));
  EXPECT_THAT(lines[2], StartsWith("tuesday\t"));
  EXPECT_THAT(dir_.Files(), ElementsAre("news.idx", "store"));
  // The lock is beside the file the link names, from the first run on.
  EXPECT_TRUE(std::filesystem::exists(real + ".lock"));
}

TEST_F(DedupIndexPathTest, FifoOrDeviceIsRefusedBeforeTheRun) {
  // Read as a stream, a FIFO waited for a writer and /dev/null read as an
  // empty index; rewriting either replaced it with a plain file.
  const std::string fifo = dir_.Path("fifo.idx");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::vector<std::pair<std::string, std::string>> cases = {{fifo, "FIFO"}};
  const std::string device = dir_.Path("null.idx");
  if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
    cases.emplace_back(device, "character device");
  }
  for (const auto& [index, type] : cases) {
    const AppRun run = Run(index, "monday");
    EXPECT_EQ(run.status, 1) << type;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "precis-dedup: " + index + ": not a regular file (" + type +
                           "); the --index file must be a regular file\n");
  }
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
  if (cases.size() > 1) {
    EXPECT_TRUE(std::filesystem::is_character_file(device));
  }
}

}  // namespace
}  // namespace precis::testing
