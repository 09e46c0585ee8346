// DocumentTermsBuilder: dense term statistics, checked against a plain map,
// across table growth and across articles built with one reused builder.
#include "summarize/document_terms.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::summarize {
namespace {

// Sentences of made-up words (lower-case letters only, so no stemmer or
// stopword list maps two of them together by accident), `distinct` of them.
std::string Article(int distinct, int sentences, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < distinct; ++i) {
    std::string word = "q";
    for (int n = i; n > 0 || word.size() == 1; n /= 26) word += static_cast<char>('a' + n % 26);
    vocabulary.push_back(word + "x");
  }
  std::string text;
  for (int s = 0; s < sentences; ++s) {
    const int length = 5 + static_cast<int>(random() % 20);
    for (int w = 0; w < length; ++w) {
      text += vocabulary[random() % vocabulary.size()];
      text += w + 1 < length ? " " : ". ";
    }
  }
  return text;
}

// What Build must find, computed the obvious way.
struct Expected {
  std::map<std::uint64_t, std::uint32_t> doc_count;
  std::map<std::uint64_t, std::uint32_t> sentence_freq;
  std::map<std::uint64_t, std::uint32_t> first_token;
};

Expected Count(const text::Analysis& analysis) {
  Expected expected;
  for (std::size_t s = 0; s + 1 < analysis.sentence_token_begin.size(); ++s) {
    std::map<std::uint64_t, bool> seen;
    for (std::uint32_t t = analysis.sentence_token_begin[s]; t < analysis.sentence_token_begin[s + 1];
         ++t) {
      const text::Token& token = analysis.tokens[t];
      if (token.stopword()) continue;
      if (expected.doc_count[token.term]++ == 0) expected.first_token[token.term] = t;
      if (!seen[token.term]) {
        seen[token.term] = true;
        ++expected.sentence_freq[token.term];
      }
    }
  }
  return expected;
}

void ExpectMatches(const text::Analysis& analysis, const DocumentTerms& terms) {
  const Expected expected = Count(analysis);
  ASSERT_EQ(terms.term_id.size(), expected.doc_count.size());
  for (std::size_t i = 0; i < terms.term_id.size(); ++i) {
    const std::uint64_t term = terms.term_id[i];
    ASSERT_TRUE(expected.doc_count.contains(term)) << i;
    EXPECT_EQ(terms.doc_count[i], expected.doc_count.at(term)) << i;
    EXPECT_EQ(terms.sentence_freq[i], expected.sentence_freq.at(term)) << i;
    EXPECT_EQ(terms.first_token[i], expected.first_token.at(term)) << i;
  }
  // Dense indices are given in order of first occurrence.
  for (std::size_t i = 1; i < terms.first_token.size(); ++i) {
    EXPECT_LT(terms.first_token[i - 1], terms.first_token[i]);
  }
}

class DocumentTermsTest : public ::testing::Test {
 protected:
  void Build(const std::string& text, DocumentTerms& terms) {
    analyzer_->Analyze(text, analysis_);
    builder_.Build(analysis_, nullptr, 1.0, -1, terms);
  }

  Result<text::Analyzer> analyzer_ = text::Analyzer::Create({});
  text::Analysis analysis_;
  DocumentTermsBuilder builder_;
};

TEST_F(DocumentTermsTest, CountsEveryTermThroughTableGrowth) {
  ASSERT_TRUE(analyzer_.ok());
  // 5,000 distinct words outgrow the table's first 1,024 slots several times.
  DocumentTerms terms;
  Build(Article(5000, 3000, 1), terms);
  ExpectMatches(analysis_, terms);
  EXPECT_GT(terms.term_id.size(), 4000u);
}

TEST_F(DocumentTermsTest, ReusedBuilderForgetsThePreviousArticle) {
  ASSERT_TRUE(analyzer_.ok());
  DocumentTerms large, small, small_again;
  Build(Article(20, 10, 2), small);
  ExpectMatches(analysis_, small);
  Build(Article(3000, 2000, 3), large);
  ExpectMatches(analysis_, large);
  Build(Article(20, 10, 2), small_again);
  ExpectMatches(analysis_, small_again);
  EXPECT_EQ(small_again.term_id, small.term_id);
  EXPECT_EQ(small_again.doc_count, small.doc_count);
}

}  // namespace
}  // namespace precis::summarize
