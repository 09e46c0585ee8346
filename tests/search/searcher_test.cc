#include "precis/search/searcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "search/test_corpus.h"

namespace precis::search {
namespace {

struct Planted {
  std::vector<Article> articles;
  std::vector<std::string> quotes;           // quote q is planted, edited, in...
  std::vector<std::vector<std::string>> in;  // ...these articles
};

// Long articles; each quote (60 words) is inserted into three of them with
// 0-8% of its words substituted, so containments spread around 0.5-1.
Planted MakePlanted(std::size_t articles, std::size_t quotes) {
  testing::WordSource words(11);
  Planted planted;
  std::vector<std::vector<std::string>> bodies;
  for (std::size_t i = 0; i < articles; ++i) bodies.push_back(words.Words(400));
  for (std::size_t q = 0; q < quotes; ++q) {
    const std::vector<std::string> quote = words.Words(60);
    planted.quotes.push_back(testing::Join(quote));
    planted.in.emplace_back();
    for (int copy = 0; copy < 3; ++copy) {
      const std::uint32_t target = words.Below(static_cast<std::uint32_t>(articles));
      const std::vector<std::string> edited = words.Edit(quote, 0.02 * copy + 0.02 * (q % 3));
      auto& body = bodies[target];
      body.insert(body.begin() + words.Below(static_cast<std::uint32_t>(body.size())),
                  edited.begin(), edited.end());
      planted.in.back().push_back("n" + std::to_string(target));
    }
  }
  for (std::size_t i = 0; i < articles; ++i) {
    planted.articles.push_back({"n" + std::to_string(i), testing::Join(bodies[i])});
  }
  return planted;
}

Index BuildIndex(std::span<const Article> articles, const IndexParams& params,
                 const std::string& name) {
  Result<IndexBuilder> builder = IndexBuilder::Create(params, 2);
  EXPECT_TRUE(builder.ok());
  EXPECT_TRUE(builder->Add(articles).ok());
  const std::string path = (std::filesystem::temp_directory_path() /
                            (name + "." + std::to_string(::getpid()) + ".index"))
                               .string();
  EXPECT_TRUE(builder->Write(path).ok());
  Result<Index> index = Index::Open(path);
  std::filesystem::remove(path);  // the mapping keeps it
  EXPECT_TRUE(index.ok()) << index.status().message();
  return std::move(*index);
}

// What the index should answer: every article compared with the query.
std::set<std::string> BruteForce(const Planted& planted, std::string_view query, double need) {
  Result<overlap::Comparer> comparer = overlap::Comparer::Create({});
  const overlap::PreparedText q = comparer->Prepare(query);
  std::set<std::string> found;
  for (const Article& a : planted.articles) {
    const overlap::PreparedText b = comparer->Prepare(a.text);
    if (comparer->Compare(q, b).scores.containment_a >= need) found.insert(a.id);
  }
  return found;
}

std::set<std::string> Ids(const QueryResult& result) {
  std::set<std::string> ids;
  for (const Match& m : result.matches) ids.emplace(m.id);
  return ids;
}

TEST(SearcherTest, FindsExactlyTheArticlesAboveTheThreshold) {
  const Planted planted = MakePlanted(60, 12);
  const Index index = BuildIndex(planted.articles, {}, "planted");
  const Index* shards[] = {&index};
  for (const double need : {0.3, 0.5, 0.8}) {
    Result<Searcher> searcher = Searcher::Create(shards, {.min_containment = need});
    ASSERT_TRUE(searcher.ok());
    std::size_t found = 0;
    for (const std::string& quote : planted.quotes) {
      const QueryResult result = *searcher->Query(quote);
      EXPECT_EQ(Ids(result), BruteForce(planted, quote, need)) << quote.substr(0, 40);
      for (const Match& m : result.matches) {
        EXPECT_GE(m.comparison.scores.containment_a, need);
        EXPECT_FALSE(m.comparison.passages.empty());
      }
      found += result.matches.size();
    }
    EXPECT_GT(found, planted.quotes.size());
  }
}

TEST(SearcherTest, PassagesPointIntoBothTexts) {
  const Planted planted = MakePlanted(20, 1);
  const Index index = BuildIndex(planted.articles, {}, "passages");
  const Index* shards[] = {&index};
  Result<Searcher> searcher = Searcher::Create(shards, {.min_containment = 0.9});
  const std::string& quote = planted.quotes.front();
  const QueryResult result = *searcher->Query(quote);
  ASSERT_FALSE(result.matches.empty());
  const Match& best = result.matches.front();
  ASSERT_EQ(best.comparison.passages.size(), 1u);
  const overlap::Passage& p = best.comparison.passages.front();
  // The unedited copy: the passage is the quote, word for word, in both.
  auto words = [](std::string_view text) {
    std::string out(text);
    std::erase(out, '.');
    return out;
  };
  EXPECT_EQ(words(p.a.In(quote)), words(p.b.In(best.text)));
  EXPECT_GT(p.a.size(), quote.size() * 9 / 10);
}

TEST(SearcherTest, RanksByContainmentThenId) {
  const Planted planted = MakePlanted(30, 6);
  const Index index = BuildIndex(planted.articles, {}, "rank");
  const Index* shards[] = {&index};
  Result<Searcher> searcher = Searcher::Create(shards, {.min_containment = 0.2});
  for (const std::string& quote : planted.quotes) {
    const QueryResult result = *searcher->Query(quote);
    for (std::size_t i = 1; i < result.matches.size(); ++i) {
      EXPECT_GE(result.matches[i - 1].comparison.scores.containment_a,
                result.matches[i].comparison.scores.containment_a);
    }
  }
  Result<Searcher> one = Searcher::Create(shards, {.min_containment = 0.2, .limit = 1});
  EXPECT_LE(one->Query(planted.quotes.front())->matches.size(), 1u);
}

TEST(SearcherTest, ShardsAnswerAsTheSingleIndex) {
  const Planted planted = MakePlanted(50, 10);
  const Index single = BuildIndex(planted.articles, {}, "single");
  std::vector<Index> shards;
  for (std::uint32_t s = 0; s < 3; ++s) {
    shards.push_back(BuildIndex(planted.articles, {.shard_index = s, .shard_count = 3},
                                "shard" + std::to_string(s)));
  }
  std::uint32_t total = 0;
  for (const Index& shard : shards) total += shard.size();
  EXPECT_EQ(total, single.size());
  const Index* one[] = {&single};
  const Index* three[] = {&shards[0], &shards[1], &shards[2]};
  Result<Searcher> a = Searcher::Create(one, {.min_containment = 0.3});
  Result<Searcher> b = Searcher::Create(three, {.min_containment = 0.3});
  for (const std::string& quote : planted.quotes) {
    const QueryResult x = *a->Query(quote);
    const QueryResult y = *b->Query(quote);
    ASSERT_EQ(x.matches.size(), y.matches.size());
    for (std::size_t i = 0; i < x.matches.size(); ++i) {
      EXPECT_EQ(x.matches[i].id, y.matches[i].id);
      EXPECT_EQ(x.matches[i].comparison.scores.shared, y.matches[i].comparison.scores.shared);
    }
  }
}

TEST(SearcherTest, UnrelatedQueryFindsNothing) {
  const Planted planted = MakePlanted(20, 2);
  const Index index = BuildIndex(planted.articles, {}, "unrelated");
  const Index* shards[] = {&index};
  Result<Searcher> searcher = Searcher::Create(shards, {});
  testing::WordSource other(99);
  EXPECT_TRUE(searcher->Query(testing::Join(other.Words(80)))->matches.empty());
  EXPECT_TRUE(searcher->Query("")->matches.empty());
}

TEST(SearcherTest, RefusesIndexesCutDifferently) {
  const Planted planted = MakePlanted(5, 1);
  const Index a = BuildIndex(planted.articles, {}, "cut-a");
  const Index b = BuildIndex(planted.articles, {.shingle_size = 4}, "cut-b");
  const Index* both[] = {&a, &b};
  const Result<Searcher> mixed = Searcher::Create(both, {});
  ASSERT_FALSE(mixed.ok());
  EXPECT_THAT(mixed.status().message(),
              ::testing::StartsWith("index 2 was built with shingle size 4 (index 1: 5)"));
  const Index* one[] = {&a};
  EXPECT_FALSE(Searcher::Create(one, {.min_containment = 0}).ok());
  EXPECT_FALSE(Searcher::Create({}, {}).ok());
}

}  // namespace
}  // namespace precis::search
