// precis-idf against every hostile input, damaged models given to merge, and
// the output side: a model is written whole or not at all.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>


#include "cli/app_runner.h"
#include "hostile/hostile_helpers.h"
#include "hostile/hostile_inputs.h"
#include "idf/idf.h"
#include "precis/tfidf/idf_model.h"
#include "support/file_size_limit.h"

namespace precis::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::uint64_t DocumentsIn(const std::string& path) {
  Result<tfidf::IdfModel> model = tfidf::IdfModel::Load(path);
  EXPECT_TRUE(model.ok()) << model.status().message();
  return model.ok() ? model->document_count() : 0;
}

class IdfHostileTest : public ::testing::TestWithParam<HostileInput> {};

TEST_P(IdfHostileTest, FileIsCountedOrReportedAndTheModelIsStillWritten) {
  const HostileInput& input = GetParam();
  const TempDir dir("idf");
  const std::string path = dir.Write("input.txt", input.bytes);
  const std::string model = dir.Path("m.idf");
  const AppRun run = RunApp(cli::RunIdf, {"-o", model, path});
  EXPECT_EQ(run.status, input.status) << run.err;
  EXPECT_EQ(run.out, "");
  if (!input.diagnostic.empty()) {
    EXPECT_THAT(run.err, HasSubstr("precis-idf: " + path + ": " + input.diagnostic));
  }
  // Documented: bad inputs are skipped, the model of the rest is written.
  EXPECT_EQ(DocumentsIn(model), input.status == 0 ? 1u : 0u);
  EXPECT_THAT(run.err, EndsWith(input.status == 0
                                    ? "counted 1 documents into " + model + "\n"
                                    : "counted 0 documents into " + model + " (1 bad inputs skipped)\n"));
  EXPECT_THAT(dir.Files(), ElementsAre("input.txt", "m.idf"));
  ExpectDiagnosticLines(run.err, "precis-idf");
}

TEST_P(IdfHostileTest, JsonlRecordIsCountedOrReportedByLine) {
  const HostileInput& input = GetParam();
  const TempDir dir("idf_jsonl");
  const std::string model = dir.Path("m.idf");
  const std::string first = HostileRecord("before", "First.");
  const std::string stream = first + "\n" +
                             HostileRecord("hostile", input.bytes) + "\n" +
                             HostileRecord("after", "Last.") + "\n";
  const AppRun run = RunApp(cli::RunIdf, {"--jsonl", "-o", model}, stream);
  const bool fails = input.status != 0 || input.name == "utf16_with_bom";
  EXPECT_EQ(run.status, fails ? 1 : 0) << run.err;
  EXPECT_EQ(DocumentsIn(model), fails ? 2u : 3u);
  if (fails) {
    EXPECT_THAT(run.err, StartsWith("precis-idf: -: line 2 (byte " + std::to_string(first.size() + 1) + "): "));
  }
  ExpectDiagnosticLines(run.err, "precis-idf");
}

INSTANTIATE_TEST_SUITE_P(Inputs, IdfHostileTest, ::testing::ValuesIn(HostileInputs()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(IdfHostileJsonlTest, FailFastStopsAndWritesNoModel) {
  const TempDir dir("idf_failfast");
  const AppRun run =
      RunApp(cli::RunIdf, {"--jsonl", "--fail-fast", "-o", dir.Path("m.idf")},
             "{\"id\":\"a\",\"text\":\"Alpha.\"}\nbroken\n{\"id\":\"b\",\"text\":\"Beta.\"}\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-idf: -: line 2 (byte 27): malformed JSON"));
  EXPECT_TRUE(dir.Files().empty());
}

// The output side: whole model or none, never a stray temporary file.
class IdfOutputTest : public ::testing::Test {
 protected:
  std::vector<std::string> Corpus() const {
    return {SourcePath("corpus/000_7607a87248a232cc.txt"),
            SourcePath("corpus/en-council-budget-a.txt"),
            SourcePath("corpus/en-harbour-bridge.txt")};
  }
  AppRun Idf(const std::string& model) {
    std::vector<std::string> args = {"-o", model};
    for (const std::string& file : Corpus()) args.push_back(file);
    return RunApp(cli::RunIdf, args);
  }
  TempDir dir_{"idf_output"};
};

TEST_F(IdfOutputTest, MissingDirectoryIsAnErrorNamingTheFile) {
  const std::string model = dir_.Path("no/such/dir/m.idf");
  const AppRun run = Idf(model);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-idf: " + model + ".tmp."));
  EXPECT_THAT(run.err, EndsWith(": cannot create: No such file or directory\n"));
  EXPECT_EQ(CountLines(run.err), 1u);
  EXPECT_TRUE(dir_.Files().empty());
}

TEST_F(IdfOutputTest, UnwritableDirectoryIsAnErrorAndLeavesNothing) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only directories";
  std::filesystem::permissions(dir_.path(), std::filesystem::perms::owner_read |
                                                std::filesystem::perms::owner_exec);
  const AppRun run = Idf(dir_.Path("m.idf"));
  std::filesystem::permissions(dir_.path(), std::filesystem::perms::owner_all);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(": cannot create: Permission denied"));
  EXPECT_TRUE(dir_.Files().empty());
}

TEST_F(IdfOutputTest, OutputThatIsADirectoryLeavesNoTemporaryFile) {
  std::filesystem::create_directory(dir_.Path("m.idf"));
  const AppRun run = Idf(dir_.Path("m.idf"));
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-idf: " + dir_.Path("m.idf") + ": cannot rename "));
  EXPECT_THAT(dir_.Files(), ElementsAre("m.idf"));
  EXPECT_TRUE(std::filesystem::is_directory(dir_.Path("m.idf")));
}

TEST_F(IdfOutputTest, FullDiskLeavesTheOldModelIntactAndNoTemporaryFile) {
  // A file size limit makes write() fail with EFBIG the way a full disk fails
  // with ENOSPC; the earlier model at the same path must survive untouched.
  const std::string model = dir_.Path("m.idf");
  const std::string old_model = tfidf::IdfModel().Serialize();
  dir_.Write("m.idf", old_model);
  AppRun run;
  {
    const FileSizeLimit limit(512);
    ASSERT_TRUE(limit.ok());
    run = Idf(model);
  }
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("precis-idf: " + model + ".tmp."));
  EXPECT_THAT(run.err, EndsWith(": write failed: File too large\n"));
  EXPECT_THAT(dir_.Files(), ElementsAre("m.idf"));
  EXPECT_EQ(ReadFileBytes(model), old_model);
}

TEST_F(IdfOutputTest, SuccessfulRunLeavesOnlyTheModel) {
  const AppRun run = Idf(dir_.Path("m.idf"));
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(dir_.Files(), ElementsAre("m.idf"));
  EXPECT_EQ(DocumentsIn(dir_.Path("m.idf")), 3u);
}

// merge refuses damaged or mismatched models, naming the file, and writes nothing.
class IdfMergeTest : public IdfOutputTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(Idf(dir_.Path("good.idf")).status, 0);
    good_ = ReadFileBytes(dir_.Path("good.idf"));
  }
  void ExpectRefused(const std::string& bytes, const std::string& message) {
    const std::string bad = dir_.Write("bad.idf", bytes);
    const AppRun run = RunApp(cli::RunIdf, {"merge", "-o", dir_.Path("out.idf"),
                                            dir_.Path("good.idf"), bad});
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.err, "precis-idf: " + bad + ": " + message + "\n");
    EXPECT_THAT(dir_.Files(), ElementsAre("bad.idf", "good.idf"));
  }
  std::string good_;
};

// Where the checksum line starts: a damaged model's checksum is reported there.
std::string ChecksumMismatch(const std::string& bytes) {
  return "IDF model checksum at byte " +
         std::to_string(bytes.size() - tfidf::kIdfChecksumLineBytes) +
         " does not match the bytes before it (corrupted bytes)";
}

std::string NoChecksumLine(const std::string& bytes) {
  return "IDF model ends at byte " + std::to_string(bytes.size()) +
         " without its checksum line (truncated or corrupt)";
}

TEST_F(IdfMergeTest, GoodModelEndsWithItsChecksumLine) {
  EXPECT_THAT(good_, StartsWith("precis-idf 2\n"));
  const std::string contents = good_.substr(0, good_.size() - tfidf::kIdfChecksumLineBytes);
  EXPECT_EQ(good_.substr(contents.size()), tfidf::IdfChecksumLine(contents));
  EXPECT_THAT(good_.substr(contents.size()), StartsWith("precis-idf-end xxh3="));
}

TEST_F(IdfMergeTest, TruncatedModelIsRefused) {
  ExpectRefused(Truncated(good_, good_.size() - 7), NoChecksumLine(Truncated(good_, good_.size() - 7)));
  ExpectRefused(Truncated(good_, 12), "truncated IDF model header");
}

TEST_F(IdfMergeTest, ModelCutAtAnyLineBoundaryIsRefused) {
  // After each header line, after the empty line, and just before the
  // checksum line (the body is whole): a version-1 model cut there loaded
  // silently when the cut fell between whole entries.
  const std::size_t body = good_.find("\n\n") + 2;
  std::vector<std::size_t> cuts;
  for (std::size_t at = good_.find('\n'); at < body; at = good_.find('\n', at + 1)) {
    cuts.push_back(at + 1);
  }
  cuts.push_back(body + 12);  // after the first entry
  cuts.push_back(good_.size() - tfidf::kIdfChecksumLineBytes);
  ASSERT_EQ(cuts.size(), 12u);
  for (std::size_t cut : cuts) {
    SCOPED_TRACE(cut);
    ExpectRefused(Truncated(good_, cut), NoChecksumLine(Truncated(good_, cut)));
  }
}

TEST_F(IdfMergeTest, RemovedLineIsRefused) {
  for (const std::string line : {"min_df=1\n", "documents=3\n", "\n\n"}) {
    SCOPED_TRACE(line);
    const std::string removed = WithoutLineAt(good_, good_.find(line) + (line == "\n\n" ? 1 : 0));
    ExpectRefused(removed, ChecksumMismatch(removed));
  }
  const std::string no_checksum = Truncated(good_, good_.size() - tfidf::kIdfChecksumLineBytes);
  ExpectRefused(no_checksum, NoChecksumLine(no_checksum));
}

TEST_F(IdfMergeTest, FlippedByteAnywhereIsRefused) {
  // Header digits and names, body keys and counts (the version-1 checks
  // caught only a count turned zero or keys put out of order), the checksum.
  const std::size_t body = good_.find("\n\n") + 2;
  const std::size_t end = good_.size() - tfidf::kIdfChecksumLineBytes;
  const std::vector<std::size_t> positions = {
      good_.find("language=en") + 10, good_.find("documents=3") + 10, good_.find("keys=") + 5,
      good_.find("min_df=1") + 7,     body - 1,                       body,
      body + 8,                       body + 12 + 9,                  end - 1};
  for (std::size_t at : positions) {
    SCOPED_TRACE(at);
    ExpectRefused(Flipped(good_, at), ChecksumMismatch(good_));
  }
  ExpectRefused(Flipped(good_, good_.size() - 2), ChecksumMismatch(good_));  // checksum digit
  ExpectRefused(Flipped(good_, good_.size() - 1), NoChecksumLine(good_));    // its newline
}

TEST_F(IdfMergeTest, WrongVersionIsRefused) {
  ExpectRefused(Replaced(good_, "precis-idf 2", "precis-idf 7"),
                "IDF model format version 7, this build reads version 2");
  // A version-1 model (no checksum line) is named as such, with what to do.
  ExpectRefused(Replaced(Truncated(good_, good_.size() - tfidf::kIdfChecksumLineBytes),
                         "precis-idf 2", "precis-idf 1"),
                "IDF model format version 1, this build reads version 2 (rebuild the model with "
                "precis-idf)");
}

TEST_F(IdfMergeTest, OtherSettingsAreRefused) {
  ExpectRefused(ResealedModel(Replaced(good_, "language=en", "language=fr")),
                "IDF model is for language 'fr', expected 'en'");
  ExpectRefused(ResealedModel(Replaced(good_, "stem=snowball", "stem=none")),
                "IDF model was made with stemming no, expected stemming yes");
  // Edited by hand without a new checksum: the edit itself is refused.
  ExpectRefused(Replaced(good_, "language=en", "language=fr"), ChecksumMismatch(good_));
}

TEST_F(IdfMergeTest, ChecksummedButInconsistentModelsAreRefused) {
  // Behind the checksum the old checks still hold (a writer bug, a crafted file).
  std::string corrupt = good_;
  const std::size_t body = good_.find("\n\n") + 2;
  corrupt.replace(body + 12 + 8, 4, std::string(4, '\0'));  // entry 1's count
  ExpectRefused(ResealedModel(corrupt), "IDF model entry 1 is out of order or zero (corrupt), at "
                                        "byte " + std::to_string(body + 12));
  ExpectRefused(good_ + "x", NoChecksumLine(good_ + "x"));
  ExpectRefused(ResealedModel(Replaced(good_, "min_df=1", "min_df=0")),
                "unknown IDF model header line 'min_df=0'");
}

}  // namespace
}  // namespace precis::testing
