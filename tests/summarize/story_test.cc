#include "precis/summarize/story.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "precis/summarize/summarizer.h"
#include "support/read_file.h"

namespace precis::summarize {
namespace {

using ::testing::ElementsAre;

StorySummarizer Make(StoryOptions options = {}) {
  Result<StorySummarizer> story = StorySummarizer::Create(options);
  EXPECT_TRUE(story.ok()) << story.status().message();
  return std::move(story).value();
}

std::string ReadCorpus(const std::string& name) {
  return testing::ReadFileBytes(std::filesystem::path(PRECIS_SOURCE_DIR) / "corpus" / name);
}

// Three outlets' versions of one council budget story (corpus/README.md).
struct BudgetStory {
  std::string a = ReadCorpus("en-council-budget-a.txt");
  std::string b = ReadCorpus("en-council-budget-b.txt");
  std::string c = ReadCorpus("en-council-budget-c.txt");
  std::vector<StoryArticle> articles() const {
    return {{"a", a}, {"b", b}, {"c", c}};
  }
};

std::string TextOf(const std::vector<StoryArticle>& articles, const StorySentence& s) {
  return std::string(s.span.In(articles[s.article].text));
}

TEST(StorySummarizerTest, CorpusStoryGolden) {
  const BudgetStory story;
  ASSERT_FALSE(story.c.empty());
  const std::vector<StoryArticle> articles = story.articles();
  StorySummarizer summarizer = Make({.budget = {.sentences = 3}});
  const StorySummary summary = summarizer.Summarize(articles);
  EXPECT_EQ(summary.article_count, 3u);
  ASSERT_EQ(summary.sentences.size(), 3u);
  EXPECT_EQ(TextOf(articles, summary.sentences[0]),
            "Wexley Borough Council has approved a 4.2% rise in council tax for the coming "
            "year, ending weeks of argument over how the town should close a £6.8m gap in its "
            "finances.");
  EXPECT_EQ(TextOf(articles, summary.sentences[1]),
            "The budget was passed late on Tuesday night by 27 votes to 19, with two "
            "abstentions, after a meeting that ran for more than five hours and was twice "
            "interrupted by protesters in the public gallery.");
  EXPECT_EQ(summary.sentences[2].article, 1u);
}

TEST(StorySummarizerTest, AFactInSeveralArticlesIsPickedOnce) {
  // The same sentence in all three articles: central (every article reports
  // it) and picked once, whatever the budget.
  const std::string shared = "The river Wend burst its banks at Marlow Ferry on Sunday night. ";
  const std::vector<std::string> texts = {
      shared + "Forty homes were flooded along the towpath. Rescue crews used boats to reach "
               "elderly residents near the old mill.",
      shared + "Firefighters pumped water from forty flooded homes. The towpath will stay "
               "closed until the council has checked the flood defences.",
      shared + "The Environment Agency said the flood defences held at the mill. Residents of "
               "forty homes spent the night with relatives."};
  std::vector<StoryArticle> articles;
  for (std::size_t i = 0; i < texts.size(); ++i) articles.push_back({std::to_string(i), texts[i]});
  StorySummarizer summarizer = Make({.budget = {.sentences = 4}});
  const StorySummary summary = summarizer.Summarize(articles);
  ASSERT_FALSE(summary.sentences.empty());
  std::multiset<std::string> picked;
  for (const StorySentence& s : summary.sentences) picked.insert(TextOf(articles, s));
  EXPECT_EQ(picked.count(shared.substr(0, shared.size() - 1)), 1u);
  // It leads the summary: the first article reports it first.
  EXPECT_EQ(TextOf(articles, summary.sentences.front()), shared.substr(0, shared.size() - 1));
  for (const std::string& text : picked) {
    EXPECT_EQ(std::count(picked.begin(), picked.end(), text), 1);
  }
}

TEST(StorySummarizerTest, DatelinesAreEvidenceButNotShown) {
  // Agency copies open with a dateline: the summary shows the sentence
  // without it, its span starting where the shown text starts, and the
  // dateline's bytes do not count against the budget.
  const std::string lead = "The river Wend burst its banks at Marlow Ferry on Sunday night.";
  const std::string dateline = "MARLOW, England (AP) _ ";
  const std::vector<std::string> texts = {
      dateline + lead + " Forty homes were flooded along the towpath by the river.",
      "MARLOW \u2014 " + lead + " Rescue crews used boats to reach forty flooded homes.",
      lead + " Residents of forty homes spent the night with relatives."};
  std::vector<StoryArticle> articles;
  for (std::size_t i = 0; i < texts.size(); ++i) articles.push_back({std::to_string(i), texts[i]});
  StorySummarizer summarizer = Make({.budget = {.bytes = lead.size()}});
  const StorySummary summary = summarizer.Summarize(articles);
  ASSERT_EQ(summary.sentences.size(), 1u);
  const StorySentence& s = summary.sentences[0];
  EXPECT_EQ(TextOf(articles, s), lead);
  EXPECT_FALSE(s.truncated);
  EXPECT_EQ(s.index, 0u);
  EXPECT_EQ(s.article, 0u);  // the tie goes to the first article
  EXPECT_EQ(s.span.begin, dateline.size());
  // Cut to fit, the first sentence is cut without its dateline too.
  StorySummarizer tight = Make({.budget = {.bytes = 20}});
  const StorySummary cut = tight.Summarize(articles);
  ASSERT_EQ(cut.sentences.size(), 1u);
  EXPECT_TRUE(cut.sentences[0].truncated);
  EXPECT_EQ(TextOf(articles, cut.sentences[0]), "The river Wend burst");
  StorySummarizer few_words = Make({.budget = {.words = 3}});
  EXPECT_EQ(TextOf(articles, few_words.Summarize(articles).sentences.at(0)), "The river Wend");
  // A dateline opens only an article's first sentence.
  const std::vector<StoryArticle> later = {
      {"a", "Forty homes were flooded on Sunday night. LONDON (AP) _ Crews came from the city "
            "to help with the flood."},
      {"b", "Forty homes were flooded on Sunday night. Crews came from the city to help with the "
            "flood, said a spokesman."}};
  StorySummarizer whole = Make({.budget = {.sentences = 4}});
  bool shown = false;
  for (const StorySentence& t : whole.Summarize(later).sentences) {
    if (t.article == 0 && t.index == 1) {
      shown = true;
      EXPECT_EQ(TextOf(later, t).rfind("LONDON (AP) _ Crews", 0), 0u);
    }
  }
  EXPECT_TRUE(shown);
}

TEST(StorySummarizerTest, ReadingOrderIsArticleThenPlace) {
  const BudgetStory story;
  const std::vector<StoryArticle> articles = story.articles();
  StorySummarizer summarizer = Make({.budget = {.sentences = 6}});
  const StorySummary summary = summarizer.Summarize(articles);
  ASSERT_GE(summary.sentences.size(), 2u);
  for (std::size_t i = 1; i < summary.sentences.size(); ++i) {
    const StorySentence& before = summary.sentences[i - 1];
    const StorySentence& after = summary.sentences[i];
    EXPECT_TRUE(before.article < after.article ||
                (before.article == after.article && before.index < after.index));
  }
}

TEST(StorySummarizerTest, BudgetsAreNeverExceeded) {
  const BudgetStory story;
  const std::vector<StoryArticle> articles = story.articles();
  for (const std::size_t bytes : {40u, 120u, 300u, 665u, 2000u}) {
    StorySummarizer summarizer = Make({.budget = {.bytes = bytes}});
    const StorySummary summary = summarizer.Summarize(articles);
    std::size_t used = 0;
    for (const StorySentence& s : summary.sentences) used += s.span.size();
    EXPECT_LE(used, bytes);
    EXPECT_FALSE(summary.sentences.empty()) << bytes;
  }
  for (const std::size_t words : {5u, 25u, 100u}) {
    StorySummarizer summarizer = Make({.budget = {.words = words}});
    const StorySummary summary = summarizer.Summarize(articles);
    EXPECT_FALSE(summary.sentences.empty()) << words;
    std::size_t used = 0;
    for (const StorySentence& s : summary.sentences) {
      // Words as the analyzer counts them: a rough check by spaces + 1 is an
      // upper bound for this ASCII-punctuated text.
      const std::string text = TextOf(articles, s);
      used += static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    }
    EXPECT_LE(used, words + summary.sentences.size() * 3) << words;
  }
  for (const std::size_t sentences : {1u, 2u, 5u}) {
    StorySummarizer summarizer = Make({.budget = {.sentences = sentences}});
    EXPECT_LE(summarizer.Summarize(articles).sentences.size(), sentences);
  }
}

TEST(StorySummarizerTest, NothingFitsCutsTheFirstSentence) {
  const BudgetStory story;
  const std::vector<StoryArticle> articles = story.articles();
  StorySummarizer summarizer = Make({.budget = {.bytes = 30}});
  const StorySummary summary = summarizer.Summarize(articles);
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_TRUE(summary.sentences[0].truncated);
  EXPECT_LE(summary.sentences[0].span.size(), 30u);
  EXPECT_EQ(TextOf(articles, summary.sentences[0]), "Wexley Borough Council has");
}

TEST(StorySummarizerTest, OneArticleIsTheSingleArticleSummary) {
  const BudgetStory story;
  for (const Budget budget : {Budget{.sentences = 2}, Budget{.bytes = 300}}) {
    Result<Summarizer> single = Summarizer::Create({.budget = budget});
    ASSERT_TRUE(single.ok());
    const Summary expected = single->Summarize(story.a);
    StorySummarizer summarizer = Make({.budget = budget});
    const std::vector<StoryArticle> one = {{"a", story.a}};
    const StorySummary got = summarizer.Summarize(one);
    ASSERT_EQ(got.sentences.size(), expected.sentences.size());
    for (std::size_t i = 0; i < got.sentences.size(); ++i) {
      EXPECT_EQ(got.sentences[i].index, expected.sentences[i].index);
      EXPECT_EQ(got.sentences[i].span, expected.sentences[i].span);
      EXPECT_EQ(got.sentences[i].article, 0u);
    }
    // An empty article beside it changes nothing but the article count.
    const std::vector<StoryArticle> with_empty = {{"empty", ""}, {"a", story.a}};
    const StorySummary padded = summarizer.Summarize(with_empty);
    ASSERT_EQ(padded.sentences.size(), expected.sentences.size());
    EXPECT_EQ(padded.article_count, 2u);
    EXPECT_EQ(padded.sentences.front().article, 1u);
  }
}

TEST(StorySummarizerTest, AnArticleRepeatedByteForByteIsReadOnce) {
  // A feed that delivered one article three times (retries): the copies are
  // not three outlets agreeing. Read once, the story has three articles and
  // the fact two of them share is what it is about.
  const std::string library =
      "The mayor opened the new town library on Monday morning. The library holds twenty "
      "thousand books, a children's room and a small cafe.";
  const std::string rain =
      "Heavy rain flooded the market square on Monday night, traders said. They lost stock "
      "worth thousands of pounds.";
  const std::string rain_again =
      "Heavy rain flooded the market square on Monday night, and the council will pay for the "
      "damaged stock of the traders.";
  const std::vector<StoryArticle> once = {{"lib", library}, {"rain", rain}, {"rain2", rain_again}};
  const std::vector<StoryArticle> retried = {
      {"lib", library}, {"lib", library}, {"lib-copy", library}, {"rain", rain},
      {"rain2", rain_again}};
  StorySummarizer summarizer = Make({.budget = {.sentences = 1}});
  const StorySummary expected = summarizer.Summarize(once);
  const StorySummary got = summarizer.Summarize(retried);
  ASSERT_EQ(expected.sentences.size(), 1u);
  ASSERT_EQ(got.sentences.size(), 1u);
  EXPECT_EQ(TextOf(retried, got.sentences[0]), TextOf(once, expected.sentences[0]));
  EXPECT_EQ(TextOf(retried, got.sentences[0]),
            "Heavy rain flooded the market square on Monday night, traders said.");
  EXPECT_EQ(got.article_count, 5u);

  // Two copies of one article are one article: its single-article summary.
  const std::vector<StoryArticle> twice = {{"lib", library}, {"lib", library}};
  const StorySummary one = summarizer.Summarize(twice);
  ASSERT_EQ(one.sentences.size(), 1u);
  EXPECT_EQ(one.sentences[0].article, 0u);
}

TEST(StorySummarizerTest, OneArticleWithADatelineShowsWhatTheSingleSummaryShows) {
  // Both paths leave the dateline out of the first sentence, the same way.
  const std::string dateline = "MARLOW, England (AP) _ ";
  const std::string text = dateline +
                           "The river Wend burst its banks at Marlow Ferry on Sunday night. Forty "
                           "homes were flooded along the towpath. Crews used boats to reach them.";
  for (const Budget budget : {Budget{.sentences = 2}, Budget{.bytes = 80}, Budget{.words = 4}}) {
    Result<Summarizer> single = Summarizer::Create({.budget = budget});
    ASSERT_TRUE(single.ok());
    const Summary expected = single->Summarize(text);
    ASSERT_FALSE(expected.sentences.empty());
    EXPECT_EQ(expected.sentences.front().span.begin, dateline.size());
    StorySummarizer summarizer = Make({.budget = budget});
    const std::vector<StoryArticle> one = {{"a", text}};
    const StorySummary got = summarizer.Summarize(one);
    ASSERT_EQ(got.sentences.size(), expected.sentences.size());
    for (std::size_t i = 0; i < got.sentences.size(); ++i) {
      EXPECT_EQ(got.sentences[i].span, expected.sentences[i].span);
    }
    // With a second article the story shows the same span of the first.
    const std::vector<StoryArticle> two = {{"a", text}, {"b", text}};
    const StorySummary both = summarizer.Summarize(two);
    ASSERT_FALSE(both.sentences.empty());
    EXPECT_EQ(both.sentences.front().span, expected.sentences.front().span);
  }
}

TEST(StorySummarizerTest, HeadlinesAreEvidenceButNeverPicked) {
  const BudgetStory story;
  const std::vector<StoryArticle> articles = story.articles();
  StorySummarizer summarizer = Make({.budget = {.sentences = 20}});
  for (const StorySentence& s : summarizer.Summarize(articles).sentences) {
    EXPECT_NE(s.index, 0u) << TextOf(articles, s);
  }
}

TEST(StorySummarizerTest, ASitesFurnitureIsNoEvidence) {
  // Three articles scraped from one site, its footer under each: the site's
  // name in the footer is not a fact the three agree on, so the one body
  // sentence that names the site gains nothing from it.
  const std::vector<std::string> bodies = {
      "Fire destroys warehouse\n\nA fire destroyed a warehouse on the docks early on Sunday, "
      "the fire service said. Nobody was hurt in the blaze at the old timber store.\n",
      "Docks blaze\n\nA fire destroyed a timber warehouse on the docks on Sunday morning. A "
      "Northshore Wire photographer saw the roof fall in.\n",
      "Warehouse lost to fire\n\nFirefighters fought for six hours after a fire destroyed a "
      "warehouse on the docks on Sunday. The owner said the timber store was insured.\n"};
  std::vector<std::string> pages;
  for (const std::string& body : bodies) {
    pages.push_back(body + "\nMore from Northshore Wire\nShare this article\n");
  }
  const std::vector<StoryArticle> clean = {{"a", bodies[0]}, {"b", bodies[1]}, {"c", bodies[2]}};
  const std::vector<StoryArticle> scraped = {{"a", pages[0]}, {"b", pages[1]}, {"c", pages[2]}};
  StorySummarizer summarizer = Make({.budget = {.sentences = 10}});
  const StorySummary expected = summarizer.Summarize(clean);
  const StorySummary got = summarizer.Summarize(scraped);
  ASSERT_EQ(got.sentences.size(), expected.sentences.size());
  for (std::size_t i = 0; i < got.sentences.size(); ++i) {
    EXPECT_EQ(got.sentences[i].article, expected.sentences[i].article);
    EXPECT_EQ(got.sentences[i].span, expected.sentences[i].span);
    EXPECT_DOUBLE_EQ(got.sentences[i].score, expected.sentences[i].score);
    EXPECT_EQ(TextOf(scraped, got.sentences[i]).find("Northshore"), std::string::npos);
  }
}

TEST(StorySummarizerTest, UnrelatedArticlesStillGetASummary) {
  const std::vector<StoryArticle> articles = {
      {"x", "A cat slept on the warm windowsill all afternoon long."},
      {"y", "Engineers replaced the signal cables under the railway bridge overnight."}};
  StorySummarizer summarizer = Make({.budget = {.sentences = 1}});
  const StorySummary summary = summarizer.Summarize(articles);
  ASSERT_EQ(summary.sentences.size(), 1u);
}

TEST(StorySummarizerTest, EmptyStoryIsEmpty) {
  StorySummarizer summarizer = Make();
  EXPECT_TRUE(summarizer.Summarize({}).sentences.empty());
  const std::vector<StoryArticle> blank = {{"a", ""}, {"b", "   \n"}};
  const StorySummary summary = summarizer.Summarize(blank);
  EXPECT_TRUE(summary.sentences.empty());
  EXPECT_EQ(summary.article_count, 2u);
}

TEST(StorySummarizerTest, OptionsAreValidated) {
  EXPECT_FALSE(StorySummarizer::Create({.min_agreement = 0}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.min_agreement = 1.5}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.lead_weight = -1}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.lead_weight = kMaxLeadWeight * 2}).ok());  // overflow
  EXPECT_TRUE(StorySummarizer::Create({.lead_weight = kMaxLeadWeight}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.word_weight = 2}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.budget = {.bytes = 3}}).ok());
  EXPECT_FALSE(StorySummarizer::Create({.language = "xx"}).ok());
  EXPECT_TRUE(StorySummarizer::Create({.min_agreement = 1}).ok());
}

}  // namespace
}  // namespace precis::summarize
