// Planted passages: copy word windows of one text into an unrelated text at
// known offsets, with the small edits reuse usually brings (case, punctuation,
// re-wrapped lines, one changed word), and check that the reported passages
// cover the copied characters (recall) and little else (precision), in both
// texts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "precis/overlap/comparer.h"
#include "support/read_file.h"

namespace precis::overlap {
namespace {

// Byte ranges [begin, end) of whitespace-separated words of `text`.
std::vector<ByteSpan> Words(const std::string& text) {
  std::vector<ByteSpan> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > begin)
      words.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
  }
  return words;
}

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Shrinks `span` to start and end on an ASCII letter or digit.
ByteSpan TrimToWord(const std::string& text, ByteSpan span) {
  while (span.begin < span.end && !IsAlnum(text[span.begin])) ++span.begin;
  while (span.end > span.begin && !IsAlnum(text[span.end - 1])) --span.end;
  return span;
}

// The edits: upper-cases every 5th word, swaps ',' and ';', turns every 7th
// space into a line break, and replaces the middle word with "zyzzyva".
std::string Edit(std::string passage) {
  std::vector<ByteSpan> words = Words(passage);
  const std::size_t middle = words.size() / 2;
  for (std::size_t w = 0; w < words.size(); w += 5) {
    for (std::uint32_t i = words[w].begin; i < words[w].end; ++i) {
      passage[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(passage[i])));
    }
  }
  int spaces = 0;
  for (char& c : passage) {
    if (c == ',') {
      c = ';';
    } else if (c == ';') {
      c = ',';
    } else if (c == ' ' && ++spaces % 7 == 0) {
      c = '\n';
    }
  }
  words = Words(passage);
  passage.replace(words[middle].begin, words[middle].size(), "zyzzyva");
  return passage;
}

struct Score {
  std::uint64_t truth = 0, reported = 0, hit = 0;
  void Add(const std::vector<ByteSpan>& truth_spans, const std::vector<ByteSpan>& reported_spans,
           std::size_t size) {
    std::vector<char> t(size, 0), r(size, 0);
    for (const ByteSpan& s : truth_spans) std::fill(t.begin() + s.begin, t.begin() + s.end, 1);
    for (const ByteSpan& s : reported_spans) std::fill(r.begin() + s.begin, r.begin() + s.end, 1);
    for (std::size_t i = 0; i < size; ++i) {
      truth += t[i];
      reported += r[i];
      hit += t[i] & r[i];
    }
  }
  double Recall() const { return truth == 0 ? 1 : static_cast<double>(hit) / truth; }
  double Precision() const { return reported == 0 ? 1 : static_cast<double>(hit) / reported; }
};

// Plants `count` windows of 25-60 words of `source` into `host`; A is the
// source, B the host with the edited copies. Adds the char counts to `a`, `b`.
void PlantAndScore(Comparer& comparer, const std::string& source, const std::string& host,
                   int count, std::mt19937& random, Score& a_score, Score& b_score) {
  const std::vector<ByteSpan> source_words = Words(source);
  const std::vector<ByteSpan> host_words = Words(host);
  ASSERT_GT(source_words.size(), 200u);
  ASSERT_GT(host_words.size(), 50u);
  // Non-overlapping windows, in source order, at spread-out positions.
  std::vector<ByteSpan> truth_a;
  std::vector<std::string> copies;
  const std::size_t slice = source_words.size() / count;
  for (int p = 0; p < count; ++p) {
    const std::size_t length = std::uniform_int_distribution<std::size_t>(25, 60)(random);
    const std::size_t first = p * slice + std::uniform_int_distribution<std::size_t>(
                                              0, slice - std::min(slice, length + 1))(random);
    const std::size_t last = std::min(first + length, source_words.size()) - 1;
    const ByteSpan span = TrimToWord(source, {source_words[first].begin, source_words[last].end});
    truth_a.push_back(span);
    copies.push_back(Edit(std::string(span.In(source))));
  }
  // Insert the copies, shuffled, between host words.
  std::shuffle(copies.begin(), copies.end(), random);
  std::vector<std::size_t> cuts;
  for (int p = 0; p < count; ++p) {
    cuts.push_back(
        host_words[std::uniform_int_distribution<std::size_t>(1, host_words.size() - 1)(random)]
            .begin);
  }
  std::sort(cuts.begin(), cuts.end());
  std::string b;
  std::vector<ByteSpan> truth_b;
  std::size_t at = 0;
  for (int p = 0; p < count; ++p) {
    b.append(host, at, cuts[p] - at);
    const std::uint32_t begin = static_cast<std::uint32_t>(b.size());
    b += copies[p];
    truth_b.push_back(TrimToWord(b, {begin, static_cast<std::uint32_t>(b.size())}));
    b += ' ';
    at = cuts[p];
  }
  b.append(host, at);

  const PreparedText pa = comparer.Prepare(source);
  const PreparedText pb = comparer.Prepare(b);
  const Comparison c = comparer.Compare(pa, pb);
  std::vector<ByteSpan> reported_a, reported_b;
  for (const Passage& passage : c.passages) {
    reported_a.push_back(passage.a);
    reported_b.push_back(passage.b);
  }
  a_score.Add(truth_a, reported_a, source.size());
  b_score.Add(truth_b, reported_b, b.size());
}

TEST(PlantedPassagesTest, ShippedCorpusRecallAndPrecision) {
  const std::filesystem::path corpus = std::filesystem::path(PRECIS_SOURCE_DIR) / "corpus";
  const std::string source = testing::ReadFileBytes(corpus / "000_7607a87248a232cc.txt") + "\n\n" +
                             testing::ReadFileBytes(corpus / "en-council-budget-a.txt");
  const std::string host = testing::ReadFileBytes(corpus / "en-harbour-bridge.txt");
  Comparer comparer = Comparer::Create({}).value();
  Score a, b;
  std::mt19937 random(20261129);
  for (int trial = 0; trial < 20; ++trial) PlantAndScore(comparer, source, host, 3, random, a, b);
  EXPECT_GE(a.Recall(), 0.9);
  EXPECT_GE(a.Precision(), 0.9);
  EXPECT_GE(b.Recall(), 0.9);
  EXPECT_GE(b.Precision(), 0.9);
  std::cout << "A recall " << a.Recall() << " precision " << a.Precision() << "; B recall "
            << b.Recall() << " precision " << b.Precision() << "\n";
}

// Unseen pairs: BBC dev articles of one category planted into articles of
// another. Skipped when ../shared/data is absent.
TEST(PlantedPassagesTest, BbcDevRecallAndPrecision) {
  const std::filesystem::path bbc = std::filesystem::path(PRECIS_DATA_DIR) / "bbc-dev/articles";
  if (!std::filesystem::exists(bbc)) GTEST_SKIP() << "no " << bbc;
  std::vector<std::string> business, politics;
  for (int n = 1; n <= 400 && (business.size() < 40 || politics.size() < 40); ++n) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", n);
    const std::string a = testing::ReadFileBytes(bbc / "business" / name);
    const std::string b = testing::ReadFileBytes(bbc / "politics" / name);
    if (Words(a).size() > 300 && business.size() < 40) business.push_back(a);
    if (Words(b).size() > 60 && politics.size() < 40) politics.push_back(b);
  }
  ASSERT_EQ(business.size(), 40u);
  Comparer comparer = Comparer::Create({}).value();
  Score a, b;
  std::mt19937 random(7);
  for (std::size_t i = 0; i < business.size(); ++i) {
    PlantAndScore(comparer, business[i], politics[i], 3, random, a, b);
  }
  EXPECT_GE(a.Recall(), 0.9);
  EXPECT_GE(a.Precision(), 0.9);
  EXPECT_GE(b.Recall(), 0.9);
  EXPECT_GE(b.Precision(), 0.9);
  std::cout << "A recall " << a.Recall() << " precision " << a.Precision() << "; B recall "
            << b.Recall() << " precision " << b.Precision() << "\n";
}

}  // namespace
}  // namespace precis::overlap
