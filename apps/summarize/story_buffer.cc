#include "summarize/story_buffer.h"

#include <utility>

namespace precis::cli {

Status StoryBuffer::Add(const std::string& key, std::string id, std::string text) {
  const auto [it, added] = story_of_key_.emplace(key, stories_.size());
  if (added) stories_.push_back({key, {}});
  Article article;
  article.id = std::move(id);
  article.size = text.size();
  if (held_ + text.size() <= memory_limit_) {
    held_ += text.size();
    article.text = std::move(text);
  } else {
    if (!spill_) {
      spill_.emplace();
      if (Status opened = spill_->Open("precis-summarize"); !opened.ok()) {
        spill_.reset();  // never a half-open file for the next Add
        return opened;
      }
    }
    Result<std::uint64_t> at = spill_->Append(text);
    if (!at.ok()) return at.status();
    article.offset = *at;
    article.spilled = true;
    flushed_ = false;
  }
  stories_[it->second].articles.push_back(std::move(article));
  return Status::Ok();
}

Status StoryBuffer::Load(std::size_t story, std::vector<std::string>& texts,
                         std::vector<summarize::StoryArticle>& articles) {
  if (!flushed_) {
    if (Status flushed = spill_->Flush(); !flushed.ok()) return flushed;
    flushed_ = true;
  }
  const std::vector<Article>& held = stories_[story].articles;
  texts.assign(held.size(), std::string());
  articles.clear();
  for (std::size_t a = 0; a < held.size(); ++a) {
    const Article& article = held[a];
    if (article.spilled) {
      texts[a].resize(article.size);
      if (Status read = spill_->Read(article.offset, texts[a]); !read.ok()) return read;
    }
    articles.push_back({article.id, article.spilled ? std::string_view(texts[a]) : article.text});
  }
  return Status::Ok();
}

}  // namespace precis::cli
