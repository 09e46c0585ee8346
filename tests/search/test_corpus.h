// Articles of made-up words for the search tests, with paragraphs planted into
// some of them, so the truth is known and no stemming or stopword blurs it.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace precis::testing {

class WordSource {
 public:
  explicit WordSource(std::uint32_t seed) : rng_(seed) {}
  std::string Word() {
    static const char* kSyllables[] = {"ka", "lo", "mi", "ne", "pu", "ra", "si", "to",
                                       "vu", "ze", "bo", "di", "fe", "gu", "ha", "jo"};
    std::string word;
    const int n = 2 + static_cast<int>(rng_() % 3);
    for (int i = 0; i < n; ++i) word += kSyllables[rng_() % 16];
    return word;
  }
  std::vector<std::string> Words(std::size_t n) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < n; ++i) words.push_back(Word());
    return words;
  }
  // Substitutes about `rate` of the words.
  std::vector<std::string> Edit(std::vector<std::string> words, double rate) {
    std::uniform_real_distribution<double> coin(0, 1);
    for (std::string& word : words) {
      if (coin(rng_) < rate) word = Word();
    }
    return words;
  }
  std::uint32_t Below(std::uint32_t n) { return rng_() % n; }

 private:
  std::mt19937 rng_;
};

inline std::string Join(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += (i % 12 == 0) ? ". " : " ";
    text += words[i];
  }
  return text + ".";
}

}  // namespace precis::testing
