#include "precis/corpus/index_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "corpus/corpus_fixture.h"
#include "precis/sketch/signature_stream.h"
#include "support/read_file.h"
#include "support/scratch_path.h"

namespace precis::corpus {
namespace {

using testing::AddArticle;
using testing::HashRange;
using ::testing::HasSubstr;

struct Loaded {
  Status status;
  DocumentStore store{32};
  std::vector<std::string> damage;
};

Loaded Load(const std::string& path, const sketch::SketchParams& params) {
  Loaded loaded;
  std::ifstream in(path);
  loaded.status = sketch::ReadSignatureStream(
      in, path,
      {.header =
           [&](const sketch::SketchParams& found) {
             return sketch::CheckSameParams(params, found, path);
           },
       .record =
           [&](sketch::SignatureRecord& record) {
             loaded.store.Add(record.id, record.signature, record.shingles, false);
           },
       .damage =
           [&](const Status& problem) {
             loaded.damage.push_back(problem.message());
             return true;
           }});
  return loaded;
}

class IndexFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    params_.minhash.permutations = 32;
    ASSERT_TRUE(spill_.Open().ok());
    AddArticle(store_, spill_, "first", HashRange(0, 40));
    AddArticle(store_, spill_, "second\tid", HashRange(100, 7));
  }
  sketch::SketchParams params_;
  DocumentStore store_{32};
  SpillFile spill_;
  std::string path_ = testing::ScratchPath("index.sig").string();
};

TEST_F(IndexFileTest, RoundTripsEveryArticleInOrder) {
  ASSERT_TRUE(WriteIndex(path_, params_, store_).ok());
  const Loaded loaded = Load(path_, params_);
  ASSERT_TRUE(loaded.status.ok()) << loaded.status.message();
  EXPECT_TRUE(loaded.damage.empty());
  EXPECT_EQ(loaded.store.ids, store_.ids);
  EXPECT_EQ(loaded.store.slots, store_.slots);
  EXPECT_EQ(loaded.store.shingles, store_.shingles);
}

TEST_F(IndexFileTest, DamagedIndexIsReportedWithItsLine) {
  ASSERT_TRUE(WriteIndex(path_, params_, store_).ok());
  std::string text = testing::ReadFileBytes(path_);
  const std::size_t record = text.find("first\t40\t");
  text[record + 12] = text[record + 12] == 'a' ? 'b' : 'a';
  std::ofstream(path_, std::ios::trunc) << text;
  const Loaded loaded = Load(path_, params_);
  ASSERT_EQ(loaded.damage.size(), 1u);
  EXPECT_THAT(loaded.damage[0], HasSubstr(path_ + ": line 2"));
  EXPECT_EQ(loaded.store.size(), 1u);
}

TEST_F(IndexFileTest, IndexOfOtherParametersIsRefused) {
  ASSERT_TRUE(WriteIndex(path_, params_, store_).ok());
  sketch::SketchParams other = params_;
  other.shingles.size = 5;
  const Loaded loaded = Load(path_, other);
  EXPECT_EQ(loaded.status.code(), ErrorCode::kFormatMismatch);
  EXPECT_THAT(loaded.status.message(), HasSubstr("k=3"));
}

TEST_F(IndexFileTest, CheckIndexPathTellsFilesFromTheRest) {
  bool exists = true;
  ASSERT_TRUE(CheckIndexPath(path_, &exists).ok());
  EXPECT_FALSE(exists);  // not written yet: the first run creates it
  ASSERT_TRUE(WriteIndex(path_, params_, store_).ok());
  ASSERT_TRUE(CheckIndexPath(path_, &exists).ok());
  EXPECT_TRUE(exists);
  const std::string directory = testing::ScratchDirectory().string();
  const Status refused = CheckIndexPath(directory, &exists);
  EXPECT_FALSE(refused.ok());
  EXPECT_THAT(refused.message(), HasSubstr("is a directory"));
  EXPECT_THAT(CheckIndexPath("/dev/null", &exists).message(), HasSubstr("not a regular file"));
}

}  // namespace
}  // namespace precis::corpus
