#include "search/held_prints.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xxhash.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "search/postings_builder.h"
#include "support/file_size_limit.h"

namespace precis::search {
namespace {

using ::testing::HasSubstr;

// Sorted, distinct keys, some shared between articles, and some articles
// without any.
ArticlePrints SomeArticle(std::mt19937_64& random) {
  ArticlePrints prints;
  if (random() % 11 == 0) return prints;
  std::vector<std::uint64_t>& keys = prints.fingerprints;
  for (int k = 0; k < 30; ++k) keys.push_back(random() % 4 == 0 ? random() % 500 : random());
  for (int k = 0; k < 90; ++k) prints.shingles.push_back(static_cast<std::uint32_t>(random()));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::sort(prints.shingles.begin(), prints.shingles.end());
  prints.shingles.erase(std::unique(prints.shingles.begin(), prints.shingles.end()),
                        prints.shingles.end());
  return prints;
}

std::string_view BytesOf(const std::vector<std::uint32_t>& shingles) {
  return {reinterpret_cast<const char*>(shingles.data()), shingles.size() * 4};
}

// Held in batches, with articles replaced within a batch, across batches and
// twice, whether the prints stay in memory, spill in part or all.
TEST(HeldPrintsTest, GivesThePostingsAndShinglesOfTheLatestPrints) {
  std::mt19937_64 random(5);
  std::vector<ArticlePrints> articles;
  for (int i = 0; i < 600; ++i) articles.push_back(SomeArticle(random));
  const std::vector<std::pair<std::uint32_t, ArticlePrints>> replacements = {
      {3, SomeArticle(random)}, {250, SomeArticle(random)}, {3, SomeArticle(random)},
      {599, SomeArticle(random)}, {100, {}}};
  for (const std::uint64_t memory : {std::uint64_t{0}, std::uint64_t{60000}, ~std::uint64_t{0}}) {
    HeldPrints held(memory);
    std::vector<ArticlePrints> expected;
    for (std::size_t i = 0; i < articles.size(); ++i) {
      ASSERT_TRUE(held.Set(held.size(), articles[i]).ok());
      expected.push_back(articles[i]);
      if (i % 200 == 199) {
        ASSERT_TRUE(held.Flush().ok());
      }
      if (i == 300) {
        ASSERT_TRUE(held.Set(replacements[0].first, replacements[0].second).ok());
        ASSERT_TRUE(held.Set(replacements[1].first, replacements[1].second).ok());
      }
    }
    for (std::size_t r = 2; r < replacements.size(); ++r) {
      ASSERT_TRUE(held.Set(replacements[r].first, replacements[r].second).ok());
    }
    ASSERT_TRUE(held.Flush().ok());
    for (const auto& [position, prints] : replacements) expected[position] = prints;

    ASSERT_EQ(held.size(), expected.size());
    std::vector<std::string> shingles;
    ASSERT_TRUE(held.ForEachShingles([&](std::size_t i, std::string_view bytes) {
                      EXPECT_EQ(i, shingles.size());
                      shingles.emplace_back(bytes);
                    }).ok());
    ASSERT_EQ(shingles.size(), expected.size());
    for (std::uint32_t i = 0; i < expected.size(); ++i) {
      const std::string_view want = BytesOf(expected[i].shingles);
      EXPECT_EQ(shingles[i], want) << "article " << i << ", memory " << memory;
      EXPECT_EQ(held.ShingleCount(i), expected[i].shingles.size());
      EXPECT_EQ(held.ShingleCheck(i),
                static_cast<std::uint32_t>(XXH3_64bits(want.data(), want.size())));
    }
    const PostingLists want = BuildPostings(expected, 1);
    for (const std::uint32_t threads : {1u, 3u}) {
      Result<PostingLists> got = BuildPostingsFrom(held, threads);
      ASSERT_TRUE(got.ok()) << got.status().message();
      EXPECT_EQ(got->keys, want.keys) << "memory " << memory << ", threads " << threads;
      EXPECT_EQ(got->offsets, want.offsets);
      EXPECT_EQ(got->postings, want.postings);
    }
  }
}

// A full disk, simulated with a file size limit (EFBIG instead of ENOSPC).
TEST(HeldPrintsTest, UnwritableTemporaryFileIsNamed) {
  std::mt19937_64 random(7);
  HeldPrints held(0);
  Status failed = Status::Ok();
  {
    const testing::FileSizeLimit limit(16 << 10);
    ASSERT_TRUE(limit.ok());
    for (int i = 0; i < 100 && failed.ok(); ++i) {
      failed = held.Set(held.size(), SomeArticle(random));
      if (failed.ok()) failed = held.Flush();
    }
  }
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.code(), ErrorCode::kIo);
  EXPECT_THAT(failed.message(), HasSubstr("/precis-search-"));
  EXPECT_THAT(failed.message(), HasSubstr("(temporary file, deleted): writing failed"));
}

}  // namespace
}  // namespace precis::search
