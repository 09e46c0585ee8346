#include "precis/corpus/near_duplicates.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "corpus/corpus_fixture.h"
#include "precis/corpus/candidates.h"
#include "precis/corpus/pair_scores.h"

namespace precis::corpus {
namespace {

using testing::AddArticle;
using testing::HashRange;
using testing::Union;
using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// a: 0..99; b: a with 5 replaced (Jaccard 95/105); c: unrelated; d: the
// first 30 of a (contained in a, Jaccard 0.3).
class NearDuplicatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(spill_.Open().ok());
    AddArticle(store_, spill_, "a", HashRange(0, 100));
    AddArticle(store_, spill_, "b", Union(HashRange(0, 95), HashRange(1000, 5)));
    AddArticle(store_, spill_, "c", HashRange(5000, 80));
    AddArticle(store_, spill_, "d", HashRange(0, 30));
    ASSERT_TRUE(spill_.Flush().ok());
  }
  DocumentStore store_{128};
  SpillFile spill_;
};

TEST_F(NearDuplicatesTest, CandidatesAreTheSimilarPair) {
  const CandidateOptions options{.lsh = sketch::ChooseLshParams(0.8, 128)};
  std::uint64_t band_entries = 0;
  EXPECT_EQ(FindCandidates(store_, options, &band_entries), (Pairs{{0, 1}}));
  EXPECT_EQ(band_entries, 4u * options.lsh.bands);
}

TEST_F(NearDuplicatesTest, ExactScoresFromTheSpilledSets) {
  const Pairs pairs = {{0, 1}, {0, 3}};
  Result<std::vector<PairScore>> scores = ScorePairs(store_, spill_, pairs, 2);
  ASSERT_TRUE(scores.ok());
  ASSERT_EQ(scores->size(), 2u);
  EXPECT_TRUE((*scores)[0].exact);
  EXPECT_DOUBLE_EQ((*scores)[0].jaccard, 95.0 / 105.0);
  EXPECT_DOUBLE_EQ((*scores)[0].containment_a, 0.95);
  EXPECT_DOUBLE_EQ((*scores)[1].jaccard, 0.3);
  EXPECT_DOUBLE_EQ((*scores)[1].containment_a, 0.3);
  EXPECT_DOUBLE_EQ((*scores)[1].containment_b, 1.0);
}

TEST_F(NearDuplicatesTest, EstimatesWithoutSpilledSets) {
  DocumentStore store(128);
  SpillFile none;
  for (const auto& [id, set] : {std::pair{"a", HashRange(0, 100)}, {"b", HashRange(0, 100)}}) {
    store.Add(id, sketch::ComputeSignature(set, {}), set.size(), true);
  }
  Result<std::vector<PairScore>> scores = ScorePairs(store, none, Pairs{{0, 1}}, 1);
  ASSERT_TRUE(scores.ok());
  EXPECT_FALSE((*scores)[0].exact);
  EXPECT_DOUBLE_EQ((*scores)[0].jaccard, 1.0);
}

TEST_F(NearDuplicatesTest, JaccardThresholdFindsThePairAndItsCluster) {
  Result<NearDuplicates> found = FindNearDuplicates(store_, spill_, {.threshold = 0.8});
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->pairs.size(), 1u);
  EXPECT_EQ(found->pairs[0].a, 0u);
  EXPECT_EQ(found->pairs[0].b, 1u);
  EXPECT_EQ(found->lsh_threshold, 0.8);
  EXPECT_EQ(found->clusters.Find(1), 0u);
  EXPECT_EQ(CountClusters(store_, found->clusters), 1u);
  EXPECT_EQ(RepresentativePairs(store_, found->clusters), (Pairs{{0, 1}}));
}

TEST_F(NearDuplicatesTest, ContainmentCatchesTheQuotedSubset) {
  const NearDuplicateOptions options{.threshold = 0.9, .containment = true, .max_size_ratio = 4};
  // The least Jaccard of containment 0.9 at size ratio 4: 0.9 / (1 + 4 - 0.9).
  EXPECT_DOUBLE_EQ(LshThreshold(options), 0.9 / 4.1);
  Result<NearDuplicates> found = FindNearDuplicates(store_, spill_, options);
  ASSERT_TRUE(found.ok());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const PairScore& pair : found->pairs) pairs.emplace_back(pair.a, pair.b);
  EXPECT_EQ(pairs, (Pairs{{0, 1}, {0, 3}, {1, 3}}));
  EXPECT_EQ(CountClusters(store_, found->clusters), 1u);
}

TEST_F(NearDuplicatesTest, PairsOfIndexedArticlesAreNotReportedAgain) {
  store_.in_run.assign(store_.size(), 0);
  store_.in_run[2] = 1;  // only c is in this run; it has no near-duplicate
  Result<NearDuplicates> found = FindNearDuplicates(store_, spill_, {.threshold = 0.8});
  ASSERT_TRUE(found.ok());
  EXPECT_TRUE(found->pairs.empty());
}

TEST_F(NearDuplicatesTest, WithoutVerificationEveryCandidateIsAPair) {
  const NearDuplicateOptions options{
      .threshold = 0.99, .verify = Verification::kNone, .lsh = sketch::LshParams{32, 4}};
  Result<NearDuplicates> found = FindNearDuplicates(store_, spill_, options);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->candidates, found->pairs.size());
  EXPECT_EQ(found->lsh.bands, 32u);
  EXPECT_FALSE(found->pairs.empty());
}

}  // namespace
}  // namespace precis::corpus
