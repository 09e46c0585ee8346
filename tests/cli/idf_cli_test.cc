#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/app_runner.h"
#include "idf/idf.h"
#include "precis/tfidf/idf_model.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

AppRun Idf(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunIdf, args, stdin_text);
}

class IdfCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ScratchPath("dir");
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

const std::string kCorpus =
    "{\"id\":\"1\",\"text\":\"The council met. The budget passed.\"}\n"
    "{\"id\":\"2\",\"text\":\"The council argued about the bridge.\"}\n"
    "{\"id\":\"3\",\"text\":\"Rain fell on the bridge.\"}\n";

TEST_F(IdfCliTest, CountsJsonlDocuments) {
  const AppRun run = Idf({"--jsonl", "-o", Path("m.idf")}, kCorpus);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr("counted 3 documents"));
  Result<tfidf::IdfModel> model = tfidf::IdfModel::Load(Path("m.idf"));
  ASSERT_TRUE(model.ok()) << model.status().message();
  EXPECT_EQ(model->document_count(), 3u);
  EXPECT_EQ(model->settings(), tfidf::IdfSettings{});
}

TEST_F(IdfCliTest, CountsFilesAsDocumentsAndDropsRareTerms) {
  const AppRun run = Idf({"-q", "--min-df", "2", "-o", Path("m.idf"),
                          SourcePath("corpus/en-council-budget-a.txt"),
                          SourcePath("corpus/en-council-budget-b.txt"),
                          SourcePath("corpus/en-harbour-bridge.txt")});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  Result<tfidf::IdfModel> model = tfidf::IdfModel::Load(Path("m.idf"));
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model->document_count(), 3u);
  EXPECT_EQ(model->min_df(), 2u);
  for (const auto& [key, df] : model->Entries()) EXPECT_GE(df, 2u);
}

TEST_F(IdfCliTest, MergeAddsPieces) {
  ASSERT_EQ(Idf({"--jsonl", "-q", "-o", Path("a.idf")}, kCorpus).status, 0);
  ASSERT_EQ(Idf({"--jsonl", "-q", "-o", Path("b.idf")}, kCorpus).status, 0);
  const AppRun run = Idf({"merge", "-o", Path("ab.idf"), Path("a.idf"), Path("b.idf")});
  EXPECT_EQ(run.status, 0) << run.err;
  Result<tfidf::IdfModel> merged = tfidf::IdfModel::Load(Path("ab.idf"));
  Result<tfidf::IdfModel> one = tfidf::IdfModel::Load(Path("a.idf"));
  ASSERT_TRUE(merged.ok() && one.ok());
  EXPECT_EQ(merged->document_count(), 6u);
  for (const auto& [key, df] : one->Entries()) EXPECT_EQ(merged->DocumentFrequency(key), 2 * df);
}

TEST_F(IdfCliTest, MergeRefusesMismatchedModelNamingIt) {
  ASSERT_EQ(Idf({"--jsonl", "-q", "-o", Path("a.idf")}, kCorpus).status, 0);
  ASSERT_EQ(Idf({"--jsonl", "-q", "--no-stem", "-o", Path("plain.idf")}, kCorpus).status, 0);
  const AppRun run = Idf({"merge", "-o", Path("x.idf"), Path("a.idf"), Path("plain.idf")});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(Path("plain.idf")));
  EXPECT_THAT(run.err, HasSubstr("stemming"));
  EXPECT_FALSE(fs::exists(Path("x.idf")));
}

TEST_F(IdfCliTest, MergeRefusesForeignFile) {
  std::ofstream(Path("junk.idf")) << "hello\n";
  const AppRun run = Idf({"merge", "-o", Path("x.idf"), Path("junk.idf")});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("not a precis IDF model"));
}

TEST_F(IdfCliTest, BadInputIsSkippedWithExitOne) {
  const AppRun run = Idf({"--jsonl", "-o", Path("m.idf")}, kCorpus + "not json\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("1 bad inputs skipped"));
  Result<tfidf::IdfModel> model = tfidf::IdfModel::Load(Path("m.idf"));
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model->document_count(), 3u);
}

TEST_F(IdfCliTest, UsageErrors) {
  EXPECT_EQ(Idf({"--jsonl"}, kCorpus).status, 2);
  EXPECT_EQ(Idf({"--min-df", "0", "-o", Path("m.idf")}, kCorpus).status, 2);
  EXPECT_EQ(Idf({"merge", Path("a.idf")}).status, 2);
  EXPECT_EQ(Idf({"merge", "-o", Path("m.idf")}).status, 2);
  EXPECT_EQ(Idf({"--help"}).status, 0);
}

}  // namespace
}  // namespace precis::testing
