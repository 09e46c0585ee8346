#include "precis/tfidf/idf_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include "precis/text/analyzer.h"
#include "support/scratch_path.h"

namespace precis::tfidf {
namespace {

namespace fs = std::filesystem;

class IdfModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::ScratchPath("dir");
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  static void WriteAll(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }

  fs::path dir_;
};

IdfModel SmallModel() {
  IdfModel model;
  const std::uint64_t a[] = {1, 2, 3, 3};
  const std::uint64_t b[] = {2, 3};
  const std::uint64_t c[] = {3};
  model.AddDocument(a);
  model.AddDocument(b);
  model.AddDocument(c);
  return model;
}

TEST_F(IdfModelTest, CountsEachKeyOncePerDocument) {
  const IdfModel model = SmallModel();
  EXPECT_EQ(model.document_count(), 3u);
  EXPECT_EQ(model.DocumentFrequency(1), 1u);
  EXPECT_EQ(model.DocumentFrequency(2), 2u);
  EXPECT_EQ(model.DocumentFrequency(3), 3u);
  EXPECT_EQ(model.DocumentFrequency(99), 0u);
  EXPECT_EQ(model.size(), 3u);
}

TEST_F(IdfModelTest, IdfIsSmoothedAndUnknownKeysWeighMost) {
  const IdfModel model = SmallModel();
  EXPECT_DOUBLE_EQ(model.Idf(3), std::log(4.0 / 4.0));
  EXPECT_DOUBLE_EQ(model.Idf(1), std::log(4.0 / 2.0));
  EXPECT_DOUBLE_EQ(model.Idf(12345), std::log(4.0));
  EXPECT_GT(model.Idf(1), model.Idf(2));
  EXPECT_DOUBLE_EQ(IdfModel().Idf(1), 0.0);
}

TEST_F(IdfModelTest, FitsFromAnalyses) {
  Result<text::Analyzer> analyzer = text::Analyzer::Create({.language = "en"});
  ASSERT_TRUE(analyzer.ok());
  IdfModel model;
  model.Add(analyzer->Analyze("The council approved the budget. The budget grows."));
  model.Add(analyzer->Analyze("Councils approve budgets."));
  EXPECT_EQ(model.document_count(), 2u);
  // Stemming folds "budget"/"budgets" and "council"/"Councils" into one term.
  EXPECT_EQ(model.DocumentFrequency(text::HashTerm(analyzer->Normalize("budget"))), 2u);
  EXPECT_EQ(model.DocumentFrequency(text::HashTerm(analyzer->Normalize("Councils"))), 2u);
  EXPECT_EQ(model.DocumentFrequency(text::HashTerm(analyzer->Normalize("grows"))), 1u);
}

TEST_F(IdfModelTest, SaveLoadRoundTrip) {
  const IdfModel model = SmallModel();
  ASSERT_TRUE(model.Save(Path("m.idf")).ok());
  Result<IdfModel> loaded = IdfModel::Load(Path("m.idf"));
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->document_count(), 3u);
  EXPECT_EQ(loaded->Entries(), model.Entries());
  EXPECT_EQ(loaded->settings(), model.settings());
  // Nothing but the model is left in the directory (the temporary was renamed).
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(IdfModelTest, ALoadedModelWeighsExactlyAsTheCountedOne) {
  // A read model looks its weights up in a table by document frequency; they
  // must be the very doubles the formula gives, and follow later counts.
  IdfModel counted;
  for (std::uint64_t d = 0; d < 40; ++d) {
    std::vector<std::uint64_t> keys;
    for (std::uint64_t k = 0; k <= d; ++k) keys.push_back(k);  // key k in 40 - k documents
    counted.AddDocument(keys);
  }
  Result<IdfModel> loaded = IdfModel::Parse(counted.Serialize(), "counted");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  for (std::uint64_t key = 0; key < 45; ++key) {
    EXPECT_EQ(loaded->Idf(key), counted.Idf(key)) << key;  // bit for bit
    const double df = static_cast<double>(counted.DocumentFrequency(key));
    EXPECT_EQ(loaded->Idf(key), std::log(41.0 / (1.0 + df))) << key;
  }
  const std::uint64_t one[] = {7};
  loaded->AddDocument(one);
  EXPECT_EQ(loaded->Idf(7), std::log(42.0 / 35.0));
  EXPECT_EQ(loaded->Idf(0), std::log(42.0 / 41.0));
  ASSERT_TRUE(loaded->Merge(counted).ok());
  EXPECT_EQ(loaded->Idf(0), std::log(82.0 / 81.0));
}

TEST_F(IdfModelTest, HeaderNamesFormatVersionAndSettings) {
  const std::string bytes = SmallModel().Serialize();
  EXPECT_EQ(bytes.rfind("precis-idf 2\nlanguage=en\nnormalization=nfkc-casefold\nstem=snowball\n"
                        "hash=xxh3-64\nunit=term\ndocuments=3\nmin_df=1\nkeys=3\n\n",
                        0),
            0u);
  // Then three entries and the checksum line.
  EXPECT_EQ(bytes.size(), bytes.find("\n\n") + 2 + 3 * 12 + 37);
  EXPECT_EQ(bytes.find("precis-idf-end xxh3="), bytes.size() - 37);
}

TEST_F(IdfModelTest, MinDfDropsRareKeys) {
  Result<IdfModel> loaded = IdfModel::Parse(SmallModel().Serialize(2), "x");
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->size(), 2u);
  EXPECT_EQ(loaded->min_df(), 2u);
  EXPECT_EQ(loaded->DocumentFrequency(1), 0u);
  EXPECT_EQ(loaded->document_count(), 3u);
}

TEST_F(IdfModelTest, MergeAddsCountsAndDocuments) {
  IdfModel a = SmallModel();
  const IdfModel b = SmallModel();
  ASSERT_TRUE(a.Merge(b).ok());
  EXPECT_EQ(a.document_count(), 6u);
  EXPECT_EQ(a.DocumentFrequency(3), 6u);
  EXPECT_EQ(a.DocumentFrequency(1), 2u);
}

TEST_F(IdfModelTest, MergeRefusesOtherSettings) {
  IdfModel a = SmallModel();
  IdfModel german({.language = "de"});
  const Status status = a.Merge(german);
  EXPECT_EQ(status.code(), ErrorCode::kFormatMismatch);
  EXPECT_NE(status.message().find("language 'de'"), std::string::npos) << status.message();
  EXPECT_EQ(a.document_count(), 3u);
}

TEST_F(IdfModelTest, LoadRefusesMismatchedSettingsNamingTheFile) {
  IdfModel unstemmed({.language = "en", .stem = false});
  ASSERT_TRUE(unstemmed.Save(Path("plain.idf")).ok());
  Result<IdfModel> loaded = IdfModel::Load(Path("plain.idf"), IdfSettings{});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), ErrorCode::kFormatMismatch);
  EXPECT_NE(loaded.status().message().find(Path("plain.idf")), std::string::npos);
  EXPECT_NE(loaded.status().message().find("stemming"), std::string::npos);

  IdfModel shingles({.unit = "shingle-5"});
  ASSERT_TRUE(shingles.Save(Path("sh.idf")).ok());
  loaded = IdfModel::Load(Path("sh.idf"), IdfSettings{});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("shingle-5"), std::string::npos);
}

TEST_F(IdfModelTest, LoadRefusesOtherVersions) {
  std::string bytes = SmallModel().Serialize();
  bytes.replace(0, 12, "precis-idf 3");
  WriteAll(Path("v3.idf"), bytes);
  Result<IdfModel> loaded = IdfModel::Load(Path("v3.idf"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), ErrorCode::kFormatMismatch);
  EXPECT_NE(loaded.status().message().find("version 3"), std::string::npos);
  EXPECT_NE(loaded.status().message().find("v3.idf"), std::string::npos);
}

TEST_F(IdfModelTest, EveryFlippedBitAndEveryCutIsRefused) {
  // Exhaustive on a small model: any one flipped bit, anywhere, and any
  // truncation, including at line and entry boundaries.
  const std::string bytes = SmallModel().Serialize();
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string flipped = bytes;
      flipped[at] = static_cast<char>(flipped[at] ^ (1 << bit));
      EXPECT_FALSE(IdfModel::Parse(flipped, "x").ok()) << "byte " << at << " bit " << bit;
    }
  }
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_FALSE(IdfModel::Parse(bytes.substr(0, size), "x").ok()) << "cut at " << size;
  }
  EXPECT_TRUE(IdfModel::Parse(bytes, "x").ok());
}

TEST_F(IdfModelTest, LoadRefusesForeignAndCorruptFiles) {
  WriteAll(Path("text.txt"), "just some text\n");
  EXPECT_EQ(IdfModel::Load(Path("text.txt")).status().code(), ErrorCode::kFormatMismatch);

  std::string bytes = SmallModel().Serialize();
  WriteAll(Path("short.idf"), bytes.substr(0, bytes.size() - 5));
  Result<IdfModel> loaded = IdfModel::Load(Path("short.idf"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("truncated"), std::string::npos);

  std::string other_hash = bytes;
  other_hash.replace(other_hash.find("xxh3-64"), 7, "murmur3");
  EXPECT_EQ(IdfModel::Parse(other_hash, "x").status().code(), ErrorCode::kFormatMismatch);

  EXPECT_EQ(IdfModel::Load(Path("missing.idf")).status().code(), ErrorCode::kIo);
}

TEST_F(IdfModelTest, SaveFailsCleanlyInMissingDirectory) {
  const Status status = SmallModel().Save(Path("no/such/dir/m.idf"));
  EXPECT_EQ(status.code(), ErrorCode::kIo);
}

TEST_F(IdfModelTest, BuiltInModelIsEnglishNews) {
  const IdfModel& model = IdfModel::BuiltIn();
  EXPECT_EQ(model.settings(), IdfSettings{});
  EXPECT_GT(model.document_count(), 1000u);
  EXPECT_GT(model.size(), 5000u);
  Result<text::Analyzer> analyzer = text::Analyzer::Create({.language = "en"});
  ASSERT_TRUE(analyzer.ok());
  // A common news word is far more frequent than a rare one.
  const std::uint64_t said = text::HashTerm(analyzer->Normalize("government"));
  const std::uint64_t rare = text::HashTerm(analyzer->Normalize("zygomorphic"));
  EXPECT_LT(model.Idf(said), model.Idf(rare));
}

}  // namespace
}  // namespace precis::tfidf
