#include "precis/eval/rouge.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::eval {
namespace {

using ::testing::DoubleNear;
using ::testing::ElementsAre;

RougeScorer MakeScorer(const RougeOptions& options = {}) {
  Result<RougeScorer> scorer = RougeScorer::Create(options);
  EXPECT_TRUE(scorer.ok()) << scorer.status().message();
  return std::move(scorer).value();
}

RougeResult Score(RougeScorer& scorer, std::string_view candidate,
                  std::vector<std::string_view> references) {
  return scorer.Score(candidate, references);
}

void ExpectCounts(const RougeScore& score, std::uint64_t hit, std::uint64_t model,
                  std::uint64_t peer) {
  EXPECT_EQ(score.counts.hit, hit);
  EXPECT_EQ(score.counts.model, model);
  EXPECT_EQ(score.counts.peer, peer);
}

// cand: the cat sat on the mat / ref: the cat was on the mat.
TEST(RougeTest, HandWorkedSingleSentence) {
  RougeScorer scorer = MakeScorer();
  const RougeResult result = Score(scorer, "The cat sat on the mat.", {"The cat was on the mat."});
  ExpectCounts(result[RougeMeasure::kRouge1], 5, 6, 6);  // the x2, cat, on, mat
  ExpectCounts(result[RougeMeasure::kRouge2], 3, 5, 5);  // the cat, on the, the mat
  ExpectCounts(result[RougeMeasure::kRouge3], 1, 4, 4);  // on the mat
  ExpectCounts(result[RougeMeasure::kRouge4], 0, 3, 3);
  ExpectCounts(result[RougeMeasure::kRougeL], 5, 6, 6);  // the cat on the mat
  ExpectCounts(result[RougeMeasure::kRougeLsum], 5, 6, 6);
  // SU4 on 6 tokens: 5 unigrams (not the last) + all 15 pairs = 20. Hits:
  // unigrams the x2, cat, on; the 10 pairs not involving sat/was.
  ExpectCounts(result[RougeMeasure::kRougeSU4], 14, 20, 20);
  const RougeScore& r1 = result[RougeMeasure::kRouge1];
  EXPECT_DOUBLE_EQ(r1.recall, 5.0 / 6);
  EXPECT_DOUBLE_EQ(r1.precision, 5.0 / 6);
  EXPECT_DOUBLE_EQ(r1.f, 5.0 / 6);
  EXPECT_DOUBLE_EQ(result[RougeMeasure::kRougeSU4].recall, 0.7);
}

TEST(RougeTest, NGramHitsAreClipped) {
  RougeScorer scorer = MakeScorer();
  const RougeResult result = Score(scorer, "the the the the", {"the cat the"});
  ExpectCounts(result[RougeMeasure::kRouge1], 2, 3, 4);
  ExpectCounts(result[RougeMeasure::kRouge2], 0, 2, 3);
}

TEST(RougeTest, SkipBigramsSpanAtMostFourSkippedTokens) {
  RougeScorer scorer = MakeScorer({.measures = RougeMeasureBit(RougeMeasure::kRougeSU4)});
  // 7 tokens: 6 unigrams + pairs with j - i <= 5: 5+5+4+3+2+1 = 20 -> 26.
  // (a, g) is 6 apart: not a pair, so the candidate "a g" shares only "a".
  const RougeResult result = Score(scorer, "a g", {"a b c d e f g"});
  ExpectCounts(result[RougeMeasure::kRougeSU4], 1, 26, 2);
  const RougeResult near = Score(scorer, "a f", {"a b c d e f g"});
  ExpectCounts(near[RougeMeasure::kRougeSU4], 2, 26, 2);  // a, (a, f)
  // A one-token text has no skip-bigram units at all.
  ExpectCounts(Score(scorer, "a", {"a"})[RougeMeasure::kRougeSU4], 0, 0, 0);
}

// Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
// LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5: union = 4 of r's 5 tokens.
TEST(RougeTest, UnionLcsOverCandidateSentences) {
  RougeScorer scorer = MakeScorer();
  const RougeResult result =
      Score(scorer, "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5\n", {"w1 w2 w3 w4 w5\n"});
  ExpectCounts(result[RougeMeasure::kRougeLsum], 4, 5, 10);
  // Plain ROUGE-L reads each text as one sequence: w1 w2 (c1) w3 w5 (c2).
  ExpectCounts(result[RougeMeasure::kRougeL], 4, 5, 10);
}

TEST(RougeTest, UnionLcsHitsAreClippedByUnigramCounts) {
  RougeScorer scorer = MakeScorer();
  // Both reference sentences match "a b" fully, but the candidate holds one
  // "a" and one "b": only 2 hits.
  const RougeResult result = Score(scorer, "a b\n", {"a b\na b\n"});
  ExpectCounts(result[RougeMeasure::kRougeLsum], 2, 4, 2);
}

TEST(RougeTest, LsumDiffersFromLWhenSentenceOrderDiffers) {
  RougeScorer scorer = MakeScorer();
  const RougeResult result = Score(scorer, "c d\na b\n", {"a b\nc d\n"});
  ExpectCounts(result[RougeMeasure::kRougeLsum], 4, 4, 4);
  ExpectCounts(result[RougeMeasure::kRougeL], 2, 4, 4);
}

TEST(RougeTest, StemmingUsesWordNetExceptionsThenPorter) {
  RougeScorer scorer = MakeScorer({.stem = true});
  // Tokens of 3 characters or fewer are not stemmed; "went" -> "go" (WordNet);
  // "children" -> "child" (WordNet, not Porter's "children").
  EXPECT_THAT(scorer.Tokens("Cats went ran running children generalization"),
              ElementsAre("cat", "go", "ran", "run", "child", "gener"));
  EXPECT_THAT(scorer.Tokens("was axes ponies"), ElementsAre("was", "ax", "poni"));
}

TEST(RougeTest, StopwordsRemovedBeforeStemmingAndNGrams) {
  RougeScorer scorer = MakeScorer({.stem = true, .remove_stopwords = true});
  EXPECT_THAT(scorer.Tokens("The cats of the Reuters agency"), ElementsAre("cat", "agenc"));
  const RougeResult result = Score(scorer, "cats in the hat", {"cats hat"});
  ExpectCounts(result[RougeMeasure::kRouge2], 1, 1, 1);  // "cat hat" after removal
}

TEST(RougeTest, WordLimitAppliesToCandidateAndReferences) {
  RougeScorer scorer = MakeScorer({.word_limit = 3});
  const RougeResult result = Score(scorer, "a b c d e", {"a b x c d"});
  ExpectCounts(result[RougeMeasure::kRouge1], 2, 3, 3);  // "a b c" vs "a b x"
}

TEST(RougeTest, ByteLimitLsumCorrectByDefaultBugBehindFlag) {
  const std::string text = "aaa bbb\nccc ddd\neee fff\n";  // lines of 7 bytes
  std::vector<std::string_view> references = {text};
  RougeScorer correct = MakeScorer({.byte_limit = 10});
  const RougeResult fixed = correct.Score(text, references);
  // 10 bytes: "aaa bbb" + "ccc": 3 tokens everywhere.
  ExpectCounts(fixed[RougeMeasure::kRouge1], 3, 3, 3);
  ExpectCounts(fixed[RougeMeasure::kRougeLsum], 3, 3, 3);
  RougeScorer compatible = MakeScorer({.byte_limit = 10, .byte_limit_lsum_bug = true});
  const RougeResult buggy = compatible.Score(text, references);
  ExpectCounts(buggy[RougeMeasure::kRouge1], 3, 3, 3);
  // The LCS reader keeps all three 7-byte lines: model count 6, but the
  // unigram tables (3 tokens) clip the hits.
  ExpectCounts(buggy[RougeMeasure::kRougeLsum], 3, 6, 3);
}

TEST(RougeTest, MultiReferencePoolSumsCounts) {
  RougeScorer scorer = MakeScorer();
  const RougeResult result = Score(scorer, "a b c", {"a b c", "a x y z"});
  ExpectCounts(result[RougeMeasure::kRouge1], 4, 7, 6);
  EXPECT_DOUBLE_EQ(result[RougeMeasure::kRouge1].recall, 4.0 / 7);
  EXPECT_DOUBLE_EQ(result[RougeMeasure::kRouge1].precision, 4.0 / 6);
}

TEST(RougeTest, MultiReferenceBestByRecallMaxByF) {
  // Against "a": R 1, P 1/4, F 0.4. Against "a b c x": R 3/4, P 3/4, F 3/4.
  std::vector<std::string_view> references = {"a", "a b c x"};
  RougeScorer best = MakeScorer({.multi_reference = MultiReference::kBest});
  const RougeScore by_recall = best.Score("a b c d", references)[RougeMeasure::kRouge1];
  EXPECT_DOUBLE_EQ(by_recall.recall, 1.0);
  EXPECT_DOUBLE_EQ(by_recall.precision, 0.25);
  ExpectCounts(by_recall, 1, 1, 4);
  RougeScorer max = MakeScorer({.multi_reference = MultiReference::kMax});
  const RougeScore by_f = max.Score("a b c d", references)[RougeMeasure::kRouge1];
  EXPECT_DOUBLE_EQ(by_f.f, 0.75);
  ExpectCounts(by_f, 3, 4, 4);
}

TEST(RougeTest, MultiReferenceJackknifeAveragesLeaveOneOutPools) {
  RougeScorer scorer = MakeScorer({.multi_reference = MultiReference::kJackknife});
  const RougeScore score = Score(scorer, "a b c", {"a b c", "a x y z"})[RougeMeasure::kRouge1];
  // Without ref 1: R 1/4, P 1/3, F 2/7. Without ref 2: 1, 1, 1.
  EXPECT_DOUBLE_EQ(score.recall, (0.25 + 1) / 2);
  EXPECT_DOUBLE_EQ(score.precision, (1.0 / 3 + 1) / 2);
  EXPECT_DOUBLE_EQ(score.f, (2.0 / 7 + 1) / 2);
  // One reference: the same as pooling.
  const RougeScore single = Score(scorer, "a b c", {"a x y z"})[RougeMeasure::kRouge1];
  EXPECT_DOUBLE_EQ(single.recall, 0.25);
}

TEST(RougeTest, EmptyTextsScoreZero) {
  RougeScorer scorer = MakeScorer();
  const RougeResult none = Score(scorer, "a b", {});
  EXPECT_EQ(none[RougeMeasure::kRouge1].f, 0);
  const RougeResult empty = Score(scorer, "", {"a b"});
  ExpectCounts(empty[RougeMeasure::kRouge1], 0, 2, 0);
  EXPECT_EQ(empty[RougeMeasure::kRouge1].f, 0);
}

TEST(RougeTest, RoundLikeRouge155ComputesFFromRoundedValues) {
  RougeScore score;
  score.recall = 40.0 / 74;     // 0.540540.. -> 0.54054
  score.precision = 40.0 / 67;  // 0.597014.. -> 0.59701
  const RougeScore rounded = RoundLikeRouge155(score, 0.5);
  EXPECT_EQ(rounded.recall, 0.54054);
  EXPECT_EQ(rounded.precision, 0.59701);
  EXPECT_EQ(rounded.f, 0.56737);
}

TEST(RougeTest, MeasureAndModeNames) {
  EXPECT_EQ(ParseRougeMeasure("rouge-2"), RougeMeasure::kRouge2);
  EXPECT_EQ(ParseRougeMeasure("Lsum"), RougeMeasure::kRougeLsum);
  EXPECT_EQ(ParseRougeMeasure("SU4"), RougeMeasure::kRougeSU4);
  EXPECT_EQ(ParseRougeMeasure("rouge-5"), std::nullopt);
  EXPECT_EQ(RougeMeasureName(RougeMeasure::kRougeLsum), "ROUGE-Lsum");
  EXPECT_EQ(ParseMultiReference("A"), MultiReference::kPool);
  EXPECT_EQ(ParseMultiReference("jackknife"), MultiReference::kJackknife);
  EXPECT_EQ(MultiReferenceName(MultiReference::kMax), "max");
}

TEST(RougeTest, CreateRejectsBadOptions) {
  EXPECT_FALSE(RougeScorer::Create({.alpha = 1.5}).ok());
  EXPECT_FALSE(RougeScorer::Create({.measures = 0}).ok());
  EXPECT_FALSE(RougeScorer::Create({.word_limit = 10, .byte_limit = 10}).ok());
}

}  // namespace
}  // namespace precis::eval
