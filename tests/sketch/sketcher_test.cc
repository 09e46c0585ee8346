#include "precis/sketch/sketcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace precis::sketch {
namespace {

std::vector<std::string> Texts() {
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    texts.push_back("The council met on day " + std::to_string(i) +
                    " and agreed the budget for the harbour bridge repairs.");
  }
  texts.push_back("");
  return texts;
}

std::vector<SketchJob> Sketch(const std::vector<std::string>& texts, unsigned threads,
                              bool keep_sets) {
  Result<Sketcher> sketcher = Sketcher::Create(SketchParams{}, threads);
  EXPECT_TRUE(sketcher.ok());
  std::vector<SketchJob> jobs(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) jobs[i].text = texts[i];
  sketcher->Run(jobs, keep_sets);
  return jobs;
}

TEST(SketcherTest, SameSignaturesWhateverTheThreadCount) {
  const std::vector<std::string> texts = Texts();
  const std::vector<SketchJob> one = Sketch(texts, 1, false);
  const std::vector<SketchJob> three = Sketch(texts, 3, false);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(one[i].signature, three[i].signature) << i;
    EXPECT_EQ(one[i].shingles, three[i].shingles) << i;
  }
}

TEST(SketcherTest, CountsDistinctShinglesAndKeepsTheSortedSet) {
  const std::vector<std::string> texts = {"one two three one two three"};
  const std::vector<SketchJob> counted = Sketch(texts, 1, false);
  const std::vector<SketchJob> kept = Sketch(texts, 1, true);
  // Word 3-shingles: "one two three", "two three one", "three one two".
  EXPECT_EQ(counted[0].shingles, 3u);
  EXPECT_EQ(kept[0].shingles, 3u);
  ASSERT_EQ(kept[0].set.size(), 3u);
  EXPECT_TRUE(std::is_sorted(kept[0].set.begin(), kept[0].set.end()));
  EXPECT_EQ(kept[0].signature, ComputeSignature(kept[0].set, MinHashOptions{}));
  EXPECT_EQ(counted[0].signature, kept[0].signature);
}

TEST(SketcherTest, EmptyTextHasTheEmptySignature) {
  const std::vector<SketchJob> jobs = Sketch({""}, 1, false);
  EXPECT_EQ(jobs[0].shingles, 0u);
  EXPECT_TRUE(IsEmptySignature(jobs[0].signature));
}

TEST(SketcherTest, BadShingleOptionsAreRefused) {
  SketchParams params;
  params.shingles.size = 0;
  EXPECT_FALSE(Sketcher::Create(params, 1).ok());
}

}  // namespace
}  // namespace precis::sketch
