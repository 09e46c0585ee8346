#include "search/postings_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

namespace precis::search {
namespace {

// What the postings must be: every (fingerprint, position) pair, sorted.
PostingLists Naive(const std::vector<ArticlePrints>& prints) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
  for (std::uint32_t i = 0; i < prints.size(); ++i) {
    for (const std::uint64_t key : prints[i].fingerprints) pairs.emplace_back(key, i);
  }
  std::sort(pairs.begin(), pairs.end());
  PostingLists lists;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (i == 0 || pairs[i].first != pairs[i - 1].first) {
      lists.keys.push_back(pairs[i].first);
      lists.offsets.push_back(static_cast<std::uint32_t>(i));
    }
    lists.postings.push_back(pairs[i].second);
  }
  lists.offsets.push_back(static_cast<std::uint32_t>(pairs.size()));
  return lists;
}

void ExpectEqual(const PostingLists& got, const PostingLists& want) {
  EXPECT_EQ(got.keys, want.keys);
  EXPECT_EQ(got.offsets, want.offsets);
  EXPECT_EQ(got.postings, want.postings);
}

// Uniform keys, keys many articles share (near-duplicates), keys crowded
// under one prefix (one bucket), and articles without fingerprints.
std::vector<ArticlePrints> SomePrints(std::size_t n, std::uint32_t seed) {
  std::mt19937_64 random(seed);
  std::vector<std::uint64_t> shared(50);
  for (std::uint64_t& key : shared) key = random();
  std::vector<ArticlePrints> prints(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 11 == 0) continue;
    std::vector<std::uint64_t>& keys = prints[i].fingerprints;
    for (int k = 0; k < 40; ++k) keys.push_back(random());
    for (int k = 0; k < 5; ++k) keys.push_back(shared[random() % shared.size()]);
    for (int k = 0; k < 3; ++k) keys.push_back(random() % 1000);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
  return prints;
}

TEST(PostingsBuilderTest, EqualsSortingEveryPair) {
  for (const std::size_t n : {0, 1, 2, 30, 1000, 5000}) {
    const std::vector<ArticlePrints> prints = SomePrints(n, static_cast<std::uint32_t>(n));
    ExpectEqual(BuildPostings(prints, 1), Naive(prints));
  }
}

TEST(PostingsBuilderTest, DoesNotDependOnThreads) {
  const std::vector<ArticlePrints> prints = SomePrints(3000, 9);
  const PostingLists one = BuildPostings(prints, 1);
  for (const std::uint32_t threads : {2u, 3u, 7u, 64u}) {
    ExpectEqual(BuildPostings(prints, threads), one);
  }
}

TEST(PostingsBuilderTest, EmptyHasOneOffset) {
  const PostingLists lists = BuildPostings({}, 2);
  EXPECT_TRUE(lists.keys.empty());
  EXPECT_EQ(lists.offsets, std::vector<std::uint32_t>{0});
  EXPECT_TRUE(lists.postings.empty());
}

}  // namespace
}  // namespace precis::search
