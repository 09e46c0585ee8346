// The word breaker's fast path must give exactly ICU's words: checked on the
// shipped corpus, on bbc-dev when present, and on random text built from the
// characters that stress the rules.
#include "text/word_breaker.h"

#include "precis/text/decode.h"
#include "support/bbc_dev.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace precis::text {
namespace {

std::vector<Word> Words(std::string_view text, bool fast_path, const std::string& language) {
  Result<WordBreaker> breaker = WordBreaker::Create(language, fast_path);
  EXPECT_TRUE(breaker.ok());
  std::vector<Word> words;
  breaker->Break(text, words);
  return words;
}

void ExpectSameAsIcu(std::string_view text, const std::string& label,
                     const std::string& language = "en") {
  const std::vector<Word> fast = Words(text, true, language);
  const std::vector<Word> icu = Words(text, false, language);
  auto list = [&](const std::vector<Word>& words) {
    std::string out;
    for (const Word& word : words) out += "[" + std::string(word.span.In(text)) + "]";
    return out;
  };
  ASSERT_EQ(fast.size(), icu.size()) << label << "\nfast: " << list(fast) << "\nicu:  " << list(icu);
  for (std::size_t i = 0; i < fast.size(); ++i) {
    ASSERT_EQ(fast[i].span, icu[i].span)
        << label << ": word " << i << " fast '" << fast[i].span.In(text) << "' icu '"
        << icu[i].span.In(text) << "'";
    ASSERT_EQ(fast[i].kind, icu[i].kind) << label << ": '" << fast[i].span.In(text) << "'";
  }
}

TEST(WordBreakerTest, FastPathMatchesIcuOnTrickyCases) {
  ExpectSameAsIcu("don't Korea\xE2\x80\x99s 3.5% $1.2bn 1,200 a.b.c U.S. e-mail @handle "
                  "snake_case _x x_ __ 1_000 3rd 10:30 a:b 'quoted' \xE2\x80\x9Cq\xE2\x80\x9D "
                  "x\xE2\x80\x94y end... 5.,6 a''b a'.b 1'000 .5 5. ,5 ;a b; -7 x--y",
                  "tricky");
}

TEST(WordBreakerTest, FastPathMatchesIcuInLocalesWithTailoredRules) {
  // Found by precis_fuzz_segmentation: Finnish and Swedish word rules join
  // letters across ':' ("EU:n"), which root's rules (and the fast path) do not.
  for (const char* language : {"fi", "sv", "fi_FI", "sv_SE", "en_US_POSIX", "el", "ja", "de"}) {
    ExpectSameAsIcu("TA:a a:7 a:T. e:e", std::string("colons in ") + language, language);
    ExpectSameAsIcu("EU:n j\xC3\xA4senmaat. USA:ssa 3:15 a:b don't U.S. x_y", language, language);
  }
}

TEST(WordBreakerTest, FastPathMatchesIcuOnCorpus) {
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) + "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    ExpectSameAsIcu(testing::ReadFileBytes(entry.path()), entry.path().filename().string());
  }
}

TEST(WordBreakerTest, FastPathMatchesIcuOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "7", "0", ".", ",", ";", ":", "'", "_", "@", "-", " ", "  ", "\n", "\t",
      "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94",
      "\xE2\x80\xA6", "\xC3\xA9", "e\xCC\x81", " \xCC\x81", "\xE4\xB8\xAD\xE6\x96\x87", "!", "?",
      "(", ")", "$", "%", "#", "/", "\xC2\xA0", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
      "word", "12", "x.y", "\r\n", "\"", "[", "\x01", "\x7F"};
  std::mt19937 random(20261129);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) text += pieces[pick(random)];
    ExpectSameAsIcu(text, "random round " + std::to_string(round) + ": " + text);
    if (HasFatalFailure()) return;
  }
}

TEST(WordBreakerTest, FastPathMatchesIcuOnBbcArticles) {
  const std::vector<std::filesystem::path> articles = testing::BbcDevArticles();
  if (articles.empty()) GTEST_SKIP() << "no bbc-dev articles";
  int files = 0;
  for (const std::filesystem::path& path : articles) {
    const std::string text = testing::ReadFileBytes(path);
    if (FindInvalidUtf8(text) != std::string_view::npos) continue;
    ExpectSameAsIcu(text, path.string());
    if (HasFatalFailure()) return;
    ++files;
  }
  EXPECT_GT(files, 1000);
}

}  // namespace
}  // namespace precis::text
