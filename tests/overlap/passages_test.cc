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

TEST_F(PassagesTest, ReorderedParagraphsOfOneRegionAreOnePassage) {
  const std::string p1 = "Flood water reached the town centre before dawn and shops stayed shut.";
  const std::string p2 = "Engineers expect the river to fall slowly over the next three days.";
  const std::string a = p1 + "\n\n" + p2;
  const std::string b = p2 + "\n\n" + p1;
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), a.substr(0, a.size() - 1));
  EXPECT_EQ(passages[0].b.In(b), b.substr(0, b.size() - 1));  // the whole source region

  // Every alignment, one per paragraph, on request.
  const std::vector<Passage> all = Find(a, b, {.all_alignments = true});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].a.In(a), p1.substr(0, p1.size() - 1));
  EXPECT_EQ(all[0].b.begin, b.find(p1));
  EXPECT_EQ(all[1].a.In(a), p2.substr(0, p2.size() - 1));
  EXPECT_EQ(all[1].b.begin, 0u);
}

TEST_F(PassagesTest, ShuffledSentencesJoinThroughTheWidenedSource) {
  // Sentences 3, 1, 2 of one paragraph: 1 and 2 join first, then 3 with both.
  const std::string s1 = "The museum reopened its east wing after two years of repairs to the roof.";
  const std::string s2 = "Visitors queued from early morning to see the restored ceiling paintings.";
  const std::string s3 = "The director said the work had cost far more than the council expected.";
  const std::string a = "Unrelated opening words here. " + s3 + " " + s1 + " " + s2 + " And a close.";
  const std::string b = "Some other start. " + s1 + " " + s2 + " " + s3 + " Something else entirely.";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.begin, a.find(s3));
  EXPECT_EQ(passages[0].b.begin, b.find(s1));
  EXPECT_EQ(passages[0].b.end, b.find(s3) + s3.size() - 1);
}

TEST_F(PassagesTest, OneAlignmentPerRegionWhenTheSourceRepeatsItself) {
  const std::string quote =
      "the minister said the new rail line would be finished before the end of the decade";
  const std::string a = "In a speech, " + quote + ", to applause.";
  const std::string b = "Earlier, " + quote + ". Later in the day he repeated that " + quote +
                        " and left.";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), quote);
  EXPECT_EQ(passages[0].b.begin, b.find(quote));  // the earliest of two equal alignments
  EXPECT_EQ(passages[0].alternatives, 1u);

  const std::vector<Passage> all = Find(a, b, {.all_alignments = true});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].a, all[1].a);
  EXPECT_EQ(all[1].b.begin, b.rfind(quote));
  EXPECT_EQ(all[0].alternatives + all[1].alternatives, 0u);
}

TEST_F(PassagesTest, LongerAlignmentWinsAndTheShorterKeepsOnlyItsOwnPart) {
  // A's first sentence is also in B on its own, earlier; A's whole text is
  // later in B. The long alignment owns the whole region of A.
  const std::string first = "heavy rain closed the coast road between the two villages on monday";
  const std::string second = "and police asked drivers to avoid the area until the water went down";
  const std::string a = first + " " + second;
  const std::string b = "Summary: " + first + ". Full report: " + a + ".";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), a);
  EXPECT_EQ(passages[0].b.begin, b.rfind(first));
  EXPECT_EQ(passages[0].alternatives, 1u);
}

TEST_F(PassagesTest, SeveralEditsCloseTogetherStayInsideOnePassage) {
  // Two replaced words five words apart leave no shared shingle between them.
  const std::string a =
      "Officials at the regional water authority said on Friday that supplies to forty "
      "thousand homes in the valley would return to normal by the end of next week.";
  const std::string b =
      "Officials at the regional water company said on Friday that supplies to thirty "
      "thousand homes in the valley would return to normal by the end of next week.";
  const std::vector<Passage> passages = Find(a, b, {.min_units = 1});
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), a.substr(0, a.size() - 1));
}

TEST_F(PassagesTest, JunkCharactersInsideWordsAreBridged) {
  const std::string a =
      "The ferry company con*firmed that winter sailings to the islands will run twice a "
      "day from Novem|ber until the end of March next year.";
  const std::string b =
      "The ferry company confirmed that winter sailings to the islands will run twice a day "
      "from November until the end of March next year.";
  const std::vector<Passage> passages = Find(a, b);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].a.In(a), a.substr(0, a.size() - 1));
}

TEST_F(PassagesTest, AGapOfFewWordsButManyBytesIsNotBridged) {
  const std::string one = "the committee will publish its final report on the inquiry";
  const std::string two = "before the summer recess according to the clerk of the house";
  const std::string link = " https://example.org/" + std::string(120, 'x') + " ";
  const std::string a = one + link + two;
  const std::string b = one + " " + two;
  EXPECT_EQ(Find(a, b).size(), 2u);
  EXPECT_EQ(Find(a, b, {.max_gap_bytes = 0}).size(), 1u);  // no byte bound
}

TEST_F(PassagesTest, ShortChanceMatchesAreNotPassages) {
  EXPECT_TRUE(
      Find("He said the prime minister was wrong.", "Later the prime minister left.").empty());
  // One shared clause of seven words is below the 8-word minimum.
  EXPECT_TRUE(Find("Reports say that one of the biggest banks failed today.",
                   "Analysts agree one of the biggest banks failed last year.")
                  .empty());
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
