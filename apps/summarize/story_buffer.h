// The articles of a --group-by stream, grouped by story key in order of first
// appearance, held until the whole stream has been read (a story's last
// article can come last). Texts beyond a memory limit wait in an unnamed
// temporary file (corpus::SpillFile, in $TMPDIR), so that memory holds only
// ids and offsets however long the stream is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/spill_file.h"
#include "precis/summarize/story.h"

namespace precis::cli {

class StoryBuffer {
 public:
  // Texts are held in memory up to `memory_limit` bytes in all; beyond it
  // each new text goes to the temporary file.
  explicit StoryBuffer(std::uint64_t memory_limit) : memory_limit_(memory_limit) {}

  // Files article `id` with `text` under story `key`. Fails only when the
  // temporary file cannot be created or written (a full disk).
  Status Add(const std::string& key, std::string id, std::string text);

  std::size_t story_count() const { return stories_.size(); }
  const std::string& key(std::size_t story) const { return stories_[story].key; }
  // Whether any text went to the temporary file.
  bool spilled() const { return spill_.has_value(); }

  // The articles of story `story` in the order they came; `texts` keeps the
  // texts read back from the file alive while `articles` is used.
  Status Load(std::size_t story, std::vector<std::string>& texts,
              std::vector<summarize::StoryArticle>& articles);

 private:
  struct Article {
    std::string id;
    std::string text;          // empty when spilled
    std::uint64_t offset = 0;  // in the file, when spilled
    std::uint64_t size = 0;
    bool spilled = false;
  };
  struct Story {
    std::string key;
    std::vector<Article> articles;
  };

  std::uint64_t memory_limit_;
  std::uint64_t held_ = 0;  // text bytes in memory
  std::vector<Story> stories_;
  std::unordered_map<std::string, std::size_t> story_of_key_;
  std::optional<corpus::SpillFile> spill_;
  bool flushed_ = true;
};

}  // namespace precis::cli
