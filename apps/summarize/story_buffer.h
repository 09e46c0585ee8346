// The articles of a --group-by stream, grouped by story key in order of first
// appearance, held until the whole stream has been read (a story's last
// article can come last). Texts beyond a memory limit wait in an unnamed
// temporary file (corpus::HeldTexts, in $TMPDIR), so that memory holds only
// ids and offsets however long the stream is.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/held_texts.h"
#include "precis/summarize/story.h"

namespace precis::cli {

class StoryBuffer {
 public:
  // Texts are held in memory up to `memory_limit` bytes in all; beyond it
  // each new text goes to the temporary file.
  explicit StoryBuffer(std::uint64_t memory_limit) : texts_(memory_limit, "precis-summarize") {}

  // Files article `id` with `text` under story `key` (the JSON text of a
  // number when `key_is_number`). Keys are the same story when they are the
  // same string, or numbers of the same value (7, 7.0 and 7e0); a number is
  // never the same story as a string ("7"). A story is shown with its key as
  // first seen. Fails only when the temporary file cannot be created or
  // written (a full disk).
  Status Add(const std::string& key, bool key_is_number, std::string id, std::string text);

  std::size_t story_count() const { return stories_.size(); }
  const std::string& key(std::size_t story) const { return stories_[story].key; }
  // Whether any text went to the temporary file.
  bool spilled() const { return texts_.spilled(); }

  // The articles of story `story` in the order they came; `texts` keeps the
  // texts read back from the file alive while `articles` is used.
  Status Load(std::size_t story, std::vector<std::string>& texts,
              std::vector<summarize::StoryArticle>& articles);

 private:
  struct Article {
    std::string id;
    corpus::TextRef text;
  };
  struct Story {
    std::string key;
    std::vector<Article> articles;
  };

  corpus::HeldTexts texts_;
  std::vector<Story> stories_;
  std::unordered_map<std::string, std::size_t> story_of_key_;
};

}  // namespace precis::cli
