// The concepts of a story (story.h): stemmed content words and word bigrams,
// each with the number of articles that mention it.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::summarize {

class StoryConcepts {
 public:
  // Forgets every concept (keeps the buffers for the next story).
  void Clear();

  // Appends to `out` the dense ids of the distinct concepts of `tokens` (one
  // sentence of article `article`; articles are added in increasing order),
  // in order of first mention, and counts the article for each concept it
  // did not mention before.
  void AddSentence(std::span<const text::Token> tokens, std::size_t article,
                   std::vector<std::uint32_t>& out);

  // Appends to `out` the dense ids of the distinct concepts of `tokens`, in
  // order of first mention, without counting them for any article (the part
  // of a sentence that a summary would show).
  void Concepts(std::span<const text::Token> tokens, std::vector<std::uint32_t>& out);

  // Sets each concept's weight for a story of `articles` articles: the
  // number of articles mentioning it (times `word_weight` for a single word)
  // when that is at least max(2, ceil(min_agreement * articles)), lowered to
  // the widest sharing seen when no concept reaches it; else 0.
  void Weigh(std::size_t articles, double min_agreement, double word_weight);

  double weight(std::uint32_t concept_id) const { return weight_[concept_id]; }
  std::size_t size() const { return article_count_.size(); }

 private:
  std::uint32_t Intern(std::uint64_t key, bool is_word);
  void Grow();

  // Open addressing from concept key to dense id + 1 (0 = empty): a story
  // interns tens of thousands of concepts, and node-based maps spent most
  // of the time allocating.
  struct Slot {
    std::uint64_t key;
    std::uint32_t id_plus_one;
  };
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> keys_;  // per concept, to rebuild the table when it grows
  std::vector<std::uint32_t> article_count_;  // per concept
  std::vector<std::uint32_t> last_article_;   // per concept: + 1, 0 = none yet
  std::vector<std::uint32_t> last_sentence_;  // per concept: stamp of the last sentence listing it
  std::uint32_t sentence_stamp_ = 0;          // of the sentence being added; 0 = none yet
  std::vector<std::uint8_t> is_word_;
  std::vector<double> weight_;
};

}  // namespace precis::summarize
