#include "summarize/story_buffer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace precis::cli {

namespace {

// What tells stories apart: a string as itself, a number by its value (a
// JSON integer's text is canonical already; any other number, as the double
// it denotes, printed exactly). The first byte keeps the two kinds apart.
std::string StoryIdentity(const std::string& key, bool key_is_number) {
  if (!key_is_number) return "s" + key;
  if (key.find_first_of(".eE") == std::string::npos) return "n" + (key == "-0" ? "0" : key);
  const double value = std::strtod(key.c_str(), nullptr);
  if (value == 0) return "n0";
  char exact[32];
  if (std::abs(value) < 9007199254740992.0 && value == std::trunc(value)) {
    std::snprintf(exact, sizeof exact, "%.0f", value);  // 7.0 is the integer 7
  } else {
    std::snprintf(exact, sizeof exact, "%.17g", value);
  }
  return "n" + std::string(exact);
}

}  // namespace

Status StoryBuffer::Add(const std::string& key, bool key_is_number, std::string id,
                        std::string text) {
  Result<corpus::TextRef> held = texts_.Hold(std::move(text));
  if (!held.ok()) return held.status();
  const auto [it, added] =
      story_of_key_.emplace(StoryIdentity(key, key_is_number), stories_.size());
  if (added) stories_.push_back({key, {}});
  stories_[it->second].articles.push_back({std::move(id), *held});
  return Status::Ok();
}

Status StoryBuffer::Load(std::size_t story, std::vector<std::string>& texts,
                         std::vector<summarize::StoryArticle>& articles) {
  const std::vector<Article>& held = stories_[story].articles;
  texts.assign(held.size(), std::string());
  articles.clear();
  for (std::size_t a = 0; a < held.size(); ++a) {
    const Article& article = held[a];
    if (article.text.spilled()) {
      if (Status read = texts_.Read(article.text, texts[a]); !read.ok()) return read;
    }
    articles.push_back(
        {article.id, article.text.spilled() ? std::string_view(texts[a]) : article.text.text});
  }
  return Status::Ok();
}

}  // namespace precis::cli
