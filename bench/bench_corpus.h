// Fixed benchmark inputs built from the shipped English corpus.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace precis::bench {

// The English articles in corpus/ (files named en-*.txt and the sample article).
inline std::vector<std::string> EnglishArticles() {
  std::vector<std::string> articles;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(PRECIS_SOURCE_DIR) + "/corpus")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    if (name.rfind("en-", 0) != 0 && name.rfind("000_", 0) != 0) continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    articles.push_back(bytes.str());
  }
  std::sort(articles.begin(), articles.end());
  return articles;
}

// About `bytes` of English news: the corpus articles repeated, blank-line separated.
inline std::string LargeEnglishText(std::size_t bytes) {
  const std::vector<std::string> articles = EnglishArticles();
  std::string text;
  text.reserve(bytes + 8192);
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += articles[i % articles.size()];
    text += "\n\n";
  }
  return text;
}

}  // namespace precis::bench
