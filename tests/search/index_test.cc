#include "precis/search/index.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "search/index_file.h"
#include "search/test_corpus.h"
#include "support/truncate_temporary_files.h"

namespace precis::search {
namespace {

using ::testing::HasSubstr;

std::string TempFile(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          (name + "." + std::to_string(::getpid()) + ".index"))
      .string();
}

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void Put(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::vector<Article> SomeArticles(std::size_t n, std::uint32_t seed = 3) {
  testing::WordSource words(seed);
  std::vector<Article> articles;
  for (std::size_t i = 0; i < n; ++i) {
    articles.push_back({"doc" + std::to_string(i), testing::Join(words.Words(120))});
  }
  return articles;
}

std::string Written(const std::vector<Article>& articles, const IndexParams& params = {}) {
  Result<IndexBuilder> builder = IndexBuilder::Create(params, 2);
  EXPECT_TRUE(builder.ok());
  EXPECT_TRUE(builder->Add(articles).ok());
  const std::string path = TempFile("written");
  EXPECT_TRUE(builder->Write(path).ok());
  std::string bytes = Bytes(path);
  std::filesystem::remove(path);
  return bytes;
}

TEST(IndexTest, ReadsBackWhatWasWritten) {
  const std::vector<Article> articles = SomeArticles(20);
  const std::string path = TempFile("roundtrip");
  Put(path, Written(articles));
  Result<Index> index = Index::Open(path);
  ASSERT_TRUE(index.ok()) << index.status().message();
  ASSERT_EQ(index->size(), 20u);
  for (std::uint32_t i = 0; i < index->size(); ++i) {
    EXPECT_EQ(index->Id(i), articles[i].id);
    EXPECT_EQ(index->Text(i), articles[i].text);
  }
  EXPECT_EQ(index->params().window, IndexParams{}.window);
  EXPECT_FALSE(index->Fingerprints().empty());
  // Every fingerprint lists its holders, and they hold it.
  const std::uint64_t first = index->Fingerprints().front();
  EXPECT_FALSE(index->Postings(first).empty());
  EXPECT_TRUE(index->Postings(first ^ 1).empty() || first == (first ^ 1));
  std::filesystem::remove(path);
}

TEST(IndexTest, BytesDoNotDependOnThreads) {
  const std::vector<Article> articles = SomeArticles(30);
  Result<IndexBuilder> one = IndexBuilder::Create({}, 1);
  ASSERT_TRUE(one->Add(articles).ok());
  const std::string path = TempFile("threads");
  ASSERT_TRUE(one->Write(path).ok());
  EXPECT_EQ(Bytes(path), Written(articles));
  std::filesystem::remove(path);
}

TEST(IndexTest, MovedBatchLeavesTheSameBytesAsACopiedOne) {
  const std::vector<Article> articles = SomeArticles(30);
  std::vector<Article> batch = articles;
  batch.push_back(articles[4]);  // a retry: unchanged, and not held twice
  Result<IndexBuilder> builder = IndexBuilder::Create({}, 3);
  const Added added = builder->Add(std::move(batch)).value();
  EXPECT_EQ(added.added, 30u);
  EXPECT_EQ(added.unchanged, 1u);
  const std::string path = TempFile("moved");
  ASSERT_TRUE(builder->Write(path).ok());
  EXPECT_EQ(Bytes(path), Written(articles));
  std::filesystem::remove(path);
}

TEST(IndexTest, RetriedArticlesLeaveTheSameBytes) {
  const std::vector<Article> articles = SomeArticles(10);
  const std::string path = TempFile("retry");
  Put(path, Written(articles));
  const std::string first = Bytes(path);
  Result<Index> index = Index::Open(path);
  ASSERT_TRUE(index.ok());
  Result<IndexBuilder> again = IndexBuilder::From(*index, 2);
  ASSERT_TRUE(again.ok());
  const Added added = again->Add(std::span(articles).subspan(3, 5)).value();
  EXPECT_EQ(added.added, 0u);
  EXPECT_EQ(added.unchanged, 5u);
  EXPECT_TRUE(added.changed.empty());
  ASSERT_TRUE(again->Write(path).ok());
  EXPECT_EQ(Bytes(path), first);
  std::filesystem::remove(path);
}

TEST(IndexTest, AddingLaterEqualsBuildingAtOnce) {
  const std::vector<Article> articles = SomeArticles(12);
  const std::string path = TempFile("later");
  Put(path, Written({articles.begin(), articles.begin() + 7}));
  Result<Index> index = Index::Open(path);
  Result<IndexBuilder> more = IndexBuilder::From(*index, 2);
  ASSERT_TRUE(more->Add(std::span(articles).subspan(7)).ok());
  ASSERT_TRUE(more->Write(path).ok());
  EXPECT_EQ(Bytes(path), Written(articles));
  std::filesystem::remove(path);
}

TEST(IndexTest, ChangedArticleIsReplacedInPlace) {
  std::vector<Article> articles = SomeArticles(5);
  Result<IndexBuilder> builder = IndexBuilder::Create({}, 1);
  ASSERT_TRUE(builder->Add(articles).ok());
  const Article edited{"doc2", "an entirely new text for the second document"};
  const Added added = builder->Add(std::span(&edited, 1)).value();
  EXPECT_EQ(added.changed, std::vector<std::string>{"doc2"});
  EXPECT_EQ(builder->size(), 5u);
  const std::string path = TempFile("changed");
  ASSERT_TRUE(builder->Write(path).ok());
  Result<Index> index = Index::Open(path);
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->Id(2), "doc2");
  EXPECT_EQ(index->Text(2), edited.text);
  articles[2] = edited;
  EXPECT_EQ(Bytes(path), Written(articles));
  std::filesystem::remove(path);
}

// Texts beyond the builder's memory wait in a temporary file and are copied
// into the index at the end: the bytes are those of texts held in memory,
// across batches, with retried and edited ids (an edit of a text still in
// the file's buffer, of one read back from the file, and of an article held
// in memory), whatever the threads.
TEST(IndexTest, SpilledTextsLeaveTheSameBytesAsTextsInMemory) {
  std::vector<Article> articles = SomeArticles(60);
  std::vector<std::vector<Article>> batches = {
      {articles.begin(), articles.begin() + 20},
      {articles.begin() + 20, articles.begin() + 40},
      {articles.begin() + 40, articles.end()},
  };
  const Article edit7{"doc7", "doc seven was rewritten after it was indexed, " + articles[7].text};
  const Article edit25{"doc25", "doc twenty five changed"};
  const Article edit41{"doc41", "doc forty one changed within its own batch"};
  batches[1].push_back(articles[5]);  // retried
  batches[1].push_back(edit7);
  batches[1].push_back(articles[21]);  // retried, same batch
  batches[2].push_back(edit25);
  batches[2].push_back(edit7);  // the edit retried
  batches[2].push_back(edit41);
  articles[7] = edit7;
  articles[25] = edit25;
  articles[41] = edit41;
  const std::string expected = Written(articles);
  for (const std::uint32_t threads : {1u, 2u}) {
    for (const std::uint64_t memory : {std::uint64_t{0}, std::uint64_t{9000}, ~std::uint64_t{0}}) {
      Result<IndexBuilder> builder = IndexBuilder::Create({}, threads, memory);
      ASSERT_TRUE(builder.ok());
      std::vector<std::string> changed;
      for (const std::vector<Article>& batch : batches) {
        const Result<Added> added = builder->Add(batch);
        ASSERT_TRUE(added.ok()) << added.status().message();
        changed.insert(changed.end(), added->changed.begin(), added->changed.end());
      }
      EXPECT_EQ(changed, (std::vector<std::string>{"doc7", "doc25", "doc41"}));
      const std::string path = TempFile("spilled");
      ASSERT_TRUE(builder->Write(path).ok());
      EXPECT_EQ(Bytes(path), expected) << "threads " << threads << ", memory " << memory;
      std::filesystem::remove(path);
    }
  }
}

// Adding to an index: its texts stay in its mapping, the new ones spill,
// and the edit of an indexed article takes its place.
TEST(IndexTest, AddingWithSpilledTextsEqualsBuildingAtOnce) {
  std::vector<Article> articles = SomeArticles(30);
  const std::string path = TempFile("spilled-later");
  Put(path, Written({articles.begin(), articles.begin() + 18}));
  Result<Index> index = Index::Open(path);
  ASSERT_TRUE(index.ok());
  Result<IndexBuilder> more = IndexBuilder::From(*index, 2, 0);
  ASSERT_TRUE(more.ok());
  std::vector<Article> batch(articles.begin() + 10, articles.end());  // 10-17 retried
  const Article edit3{"doc3", "doc three is not what it was"};
  batch.push_back(edit3);
  const Result<Added> added = more->Add(batch);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added->unchanged, 8u);
  ASSERT_TRUE(more->Write(path).ok());
  articles[3] = edit3;
  EXPECT_EQ(Bytes(path), Written(articles));
  std::filesystem::remove(path);
}

// Adding to an index that was itself built with its prints spilled: the
// index's prints are read from it, an article of it replaced twice (in two
// batches) and a new article replaced use their latest prints only, whatever
// the memory for the new ones (none, some, all) and the threads.
TEST(IndexTest, AddingOntoSpilledPrintsEqualsBuildingAtOnce) {
  std::vector<Article> articles = SomeArticles(50);
  const Article edit4{"doc4", "doc four was edited once, " + articles[9].text};
  const Article edit4_again{"doc4", "doc four was edited twice, " + articles[12].text};
  const Article edit35{"doc35", "doc thirty five, which was new, was edited " + articles[2].text};
  std::vector<Article> final_articles = articles;
  final_articles[4] = edit4_again;
  final_articles[35] = edit35;
  const std::string expected = Written(final_articles);
  for (const std::uint32_t threads : {1u, 2u}) {
    for (const std::uint64_t memory : {std::uint64_t{0}, std::uint64_t{20000}, ~std::uint64_t{0}}) {
      const std::string path = TempFile("add-spilled");
      {
        Result<IndexBuilder> first = IndexBuilder::Create({}, threads, 0);
        ASSERT_TRUE(first.ok());
        ASSERT_TRUE(first->Add(std::span(articles).first(15)).ok());
        ASSERT_TRUE(first->Add(std::span(articles).subspan(15, 15)).ok());
        ASSERT_TRUE(first->Write(path).ok());
      }
      Result<Index> index = Index::Open(path);
      ASSERT_TRUE(index.ok());
      Result<IndexBuilder> more = IndexBuilder::From(*index, threads, memory);
      ASSERT_TRUE(more.ok());
      std::vector<Article> batch(articles.begin() + 30, articles.begin() + 40);
      batch.push_back(edit4);
      batch.push_back(articles[20]);  // retried
      ASSERT_TRUE(more->Add(batch).ok());
      batch.assign(articles.begin() + 40, articles.end());
      batch.push_back(edit4_again);
      batch.push_back(edit35);
      const Result<Added> added = more->Add(batch);
      ASSERT_TRUE(added.ok());
      EXPECT_EQ(added->changed, (std::vector<std::string>{"doc4", "doc35"}));
      ASSERT_TRUE(more->Write(path).ok());
      EXPECT_EQ(Bytes(path), expected) << "threads " << threads << ", memory " << memory;
      std::filesystem::remove(path);
    }
  }
}

// A spilled fingerprint or shingle file that cannot be read back when the
// index is written: the error names it and the earlier index stays.
TEST(IndexTest, UnreadableSpilledPrintsLeaveTheEarlierIndex) {
  const std::vector<Article> articles = SomeArticles(20);
  for (const std::string prefix : {"precis-search-fingerprints-", "precis-search-shingles-"}) {
    const std::string path = TempFile("unreadable-prints");
    Put(path, Written({articles.begin(), articles.begin() + 5}));
    const std::string before = Bytes(path);
    Result<IndexBuilder> builder = IndexBuilder::Create({}, 2, 0);
    ASSERT_TRUE(builder.ok());
    ASSERT_TRUE(builder->Add(articles).ok());
    ASSERT_EQ(testing::TruncateTemporaryFiles(prefix), 1);
    const Status written = builder->Write(path);
    EXPECT_EQ(written.code(), ErrorCode::kIo);
    EXPECT_THAT(written.message(), HasSubstr("/" + prefix));
    EXPECT_THAT(written.message(), HasSubstr("(temporary file, deleted): reading failed"));
    EXPECT_EQ(Bytes(path), before);
    std::filesystem::remove(path);
  }
}

TEST(IndexTest, ShardKeepsItsOwnIds) {
  const std::vector<Article> articles = SomeArticles(40);
  Result<IndexBuilder> builder = IndexBuilder::Create({.shard_index = 1, .shard_count = 3}, 1);
  const Added added = builder->Add(articles).value();
  std::uint64_t mine = 0;
  for (const Article& a : articles) mine += ShardOf(a.id, 3) == 1 ? 1 : 0;
  EXPECT_EQ(added.added, mine);
  EXPECT_EQ(added.outside_shard, articles.size() - mine);
  EXPECT_GT(mine, 0u);
  EXPECT_LT(mine, articles.size());
}

TEST(IndexTest, ShardOfIsStable) {
  // XXH3-64("doc0") etc.: fixed across platforms, so shards built on several
  // machines agree.
  EXPECT_EQ(ShardOf("anything", 1), 0u);
  const std::uint32_t s = ShardOf("doc0", 1000);
  EXPECT_EQ(ShardOf("doc0", 1000), s);
  EXPECT_LT(s, 1000u);
}

TEST(IndexTest, RefusesBadParams) {
  EXPECT_FALSE(IndexBuilder::Create({.window = 0}).ok());
  EXPECT_FALSE(IndexBuilder::Create({.shingle_size = 0}).ok());
  EXPECT_FALSE(IndexBuilder::Create({.shard_index = 2, .shard_count = 2}).ok());
}

class DamagedIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = TempFile("damaged");
    good_ = Written(SomeArticles(8));
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string Refusal(const std::string& bytes) {
    Put(path_, bytes);
    Result<Index> index = Index::Open(path_);
    EXPECT_FALSE(index.ok());
    return index.ok() ? "" : index.status().message();
  }
  std::string path_;
  std::string good_;
};

TEST_F(DamagedIndexTest, TruncatedIsRefused) {
  EXPECT_THAT(Refusal(good_.substr(0, good_.size() - 100)), HasSubstr("truncated"));
  EXPECT_THAT(Refusal(good_.substr(0, 100)), HasSubstr("truncated"));
  EXPECT_THAT(Refusal(""), HasSubstr("not a precis search index"));
}

TEST_F(DamagedIndexTest, FlippedByteIsRefusedNamingItsSection) {
  Result<IndexHeader> header = DecodeHeader(good_, good_.size());
  ASSERT_TRUE(header.ok());
  for (std::size_t s = 0; s < kSections; ++s) {
    if (s == kTexts || s == kShingles) continue;  // checked per article, below
    std::string bad = good_;
    bad[header->sections[s].offset + header->sections[s].size / 2] ^= 0x20;
    const std::string message = Refusal(bad);
    EXPECT_THAT(message, HasSubstr("damaged " + std::string(SectionName(s))));
    EXPECT_THAT(message, HasSubstr(path_));
  }
  std::string bad_header = good_;
  bad_header[30] ^= 1;
  EXPECT_THAT(Refusal(bad_header), HasSubstr("damaged header"));
}

TEST_F(DamagedIndexTest, DamagedTextIsRefusedNamingItsArticle) {
  Result<IndexHeader> header = DecodeHeader(good_, good_.size());
  std::string bad = good_;
  bad[header->sections[kTexts].offset + 5] ^= 0x20;  // in doc0's text
  Put(path_, bad);
  Result<Index> index = Index::Open(path_);
  ASSERT_TRUE(index.ok());  // opening reads only the lookup tables
  EXPECT_TRUE(index->CheckedText(1).ok());
  const Result<std::string_view> text = index->CheckedText(0);
  ASSERT_FALSE(text.ok());
  EXPECT_THAT(text.status().message(),
              HasSubstr("damaged texts (article doc0 fails its checksum)"));
  const Result<IndexBuilder> rebuilt = IndexBuilder::From(*index, 1);
  EXPECT_FALSE(rebuilt.ok());
}

TEST_F(DamagedIndexTest, DamagedShinglesAreRefusedNamingTheirArticle) {
  Result<IndexHeader> header = DecodeHeader(good_, good_.size());
  std::string bad = good_;
  bad[header->sections[kShingles].offset + 1] ^= 0x20;  // in doc0's shingles
  Put(path_, bad);
  Result<Index> index = Index::Open(path_);
  ASSERT_TRUE(index.ok());
  EXPECT_TRUE(index->CheckedShingles(1).ok());
  const auto shingles = index->CheckedShingles(0);
  ASSERT_FALSE(shingles.ok());
  EXPECT_THAT(shingles.status().message(),
              HasSubstr("damaged shingles (article doc0 fails its checksum)"));
  EXPECT_FALSE(IndexBuilder::From(*index, 1).ok());
}

TEST_F(DamagedIndexTest, OtherVersionIsRefused) {
  std::string other = good_;
  other[16] = 2;
  EXPECT_THAT(Refusal(other), HasSubstr("version 2; this precis reads version 1"));
}

TEST_F(DamagedIndexTest, OtherFileIsRefused) {
  EXPECT_THAT(Refusal("#precis-signatures v2 k=3\n"), HasSubstr("not a precis search index"));
  EXPECT_THAT(Refusal(good_ + "extra"), HasSubstr("trailing bytes"));
}

TEST(IndexTest, MissingFileIsAnIoError) {
  Result<Index> index = Index::Open("/nonexistent/precis-search.index");
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().code(), ErrorCode::kIo);
}

}  // namespace
}  // namespace precis::search
