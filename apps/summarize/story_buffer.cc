#include "summarize/story_buffer.h"

#include <utility>

namespace precis::cli {

Status StoryBuffer::Add(const std::string& key, std::string id, std::string text) {
  Result<corpus::TextRef> held = texts_.Hold(std::move(text));
  if (!held.ok()) return held.status();
  const auto [it, added] = story_of_key_.emplace(key, stories_.size());
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
