#include "precis/overlap/passages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::overlap {
namespace {

class PassagesTest : public ::testing::Test {
 protected:
  std::vector<Passage> Find(const std::string& a, const std::string& b,
                            PassageOptions options = {}) {
    analysis_a_ = analyzer_.Analyze(a);
    analysis_b_ = analyzer_.Analyze(b);
    shingles_a_ = sketch::ExtractShingles(a, analysis_a_, {});
    shingles_b_ = sketch::ExtractShingles(b, analysis_b_, {});
    return FindPassages(shingles_a_, shingles_b_, options);
  }

  text::Analyzer analyzer_ = text::Analyzer::Create({.language = "en"}).value();
  text::Analysis analysis_a_, analysis_b_;
  std::vector<sketch::Shingle> shingles_a_, shingles_b_;
};

TEST_F(PassagesTest, ExactOffsetsInBothTexts) {
  const std::string copied = "the harbour bridge will close for repairs next spring";
  const std::string a = "Residents were told on Monday that " + copied + ", officials said.";
  const std::string b = "In other news, " + copied + " according to the council.";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), copied);
  EXPECT_EQ(passages[0].b.In(b), copied);
  EXPECT_EQ(passages[0].a.begin, a.find(copied));
  EXPECT_EQ(passages[0].b.begin, b.find(copied));
  EXPECT_EQ(passages[0].shared_shingles, 7u);  // 9 words, k = 3
}

TEST_F(PassagesTest, SmallEditsStayInsideOnePassage) {
  const std::string a =
      "The council approved a budget of four million pounds for the new library on Tuesday "
      "after a long debate.";
  const std::string b =
      "Yesterday THE COUNCIL approved a budget of 4 million pounds for the new library, on "
      "Tuesday after a long debate; nothing else.";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a),
            "The council approved a budget of four million pounds for the new library on Tuesday "
            "after a long debate");
  EXPECT_EQ(passages[0].b.In(b),
            "THE COUNCIL approved a budget of 4 million pounds for the new library, on "
            "Tuesday after a long debate");
}

TEST_F(PassagesTest, ReorderedParagraphsGiveOnePassageEach) {
  const std::string p1 = "Flood water reached the town centre before dawn and shops stayed shut.";
  const std::string p2 = "Engineers expect the river to fall slowly over the next three days.";
  const std::string a = p1 + "\n\n" + p2;
  const std::string b = p2 + "\n\n" + p1;
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 2u);
  EXPECT_EQ(passages[0].a.In(a), p1.substr(0, p1.size() - 1));
  EXPECT_EQ(passages[0].b.begin, b.find(p1));
  EXPECT_EQ(passages[1].a.In(a), p2.substr(0, p2.size() - 1));
  EXPECT_EQ(passages[1].b.begin, 0u);
}

TEST_F(PassagesTest, ShortChanceMatchesAreNotPassages) {
  EXPECT_TRUE(
      Find("He said the prime minister was wrong.", "Later the prime minister left.").empty());
  EXPECT_EQ(Find("He said the prime minister was wrong.", "Later the prime minister left.",
                 {.min_units = 1})
                .size(),
            1u);
}

TEST_F(PassagesTest, EmptyAndDisjointInputs) {
  EXPECT_TRUE(Find("", "anything at all here").empty());
  EXPECT_TRUE(Find("alpha beta gamma delta", "one two three four five").empty());
}

TEST_F(PassagesTest, RepetitiveTextStaysBounded) {
  std::string a, b;
  for (int i = 0; i < 2000; ++i) a += "buffalo ";
  for (int i = 0; i < 3000; ++i) b += "buffalo ";
  const std::vector<Passage> passages = Find(a, b, {.max_occurrences = 32});
  // Every shingle is over-frequent: nothing seeds, so nothing is reported.
  EXPECT_TRUE(passages.empty());
}

}  // namespace
}  // namespace precis::overlap
