#include "summarize/story_concepts.h"

#include <algorithm>
#include <cmath>

namespace precis::summarize {
namespace {

// A bigram's key: its two term ids mixed (and never equal to a plain term id
// except by a 2^-64 chance). The multiplier is the 64-bit golden ratio.
std::uint64_t BigramKey(std::uint64_t first, std::uint64_t second) {
  std::uint64_t h = first * 0x9E3779B97F4A7C15ull;
  h ^= (second << 29) | (second >> 35);
  h ^= h >> 31;
  return h * 0xBF58476D1CE4E5B9ull ^ 0x5A17;
}

}  // namespace

void StoryConcepts::Clear() {
  // Emptying the slots costs as much as the story filled them (the table
  // stays at most half full), so keep its size.
  for (const std::uint64_t key : keys_) {
    std::size_t i = key & (slots_.size() - 1);
    while (slots_[i].key != key || slots_[i].id_plus_one == 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i].id_plus_one = 0;
  }
  keys_.clear();
  article_count_.clear();
  last_article_.clear();
  last_sentence_.clear();
  sentence_stamp_ = 0;
  is_word_.clear();
  weight_.clear();
}

void StoryConcepts::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{0, 0});
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    std::size_t i = keys_[id] & (slots_.size() - 1);
    while (slots_[i].id_plus_one != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = {keys_[id], id + 1};
  }
}

std::uint32_t StoryConcepts::Intern(std::uint64_t key, bool is_word) {
  if (2 * (keys_.size() + 1) > slots_.size()) Grow();
  std::size_t i = key & (slots_.size() - 1);
  while (slots_[i].id_plus_one != 0) {
    if (slots_[i].key == key) return slots_[i].id_plus_one - 1;
    i = (i + 1) & (slots_.size() - 1);
  }
  const auto id = static_cast<std::uint32_t>(keys_.size());
  slots_[i] = {key, id + 1};
  keys_.push_back(key);
  article_count_.push_back(0);
  last_article_.push_back(0);
  last_sentence_.push_back(0);
  is_word_.push_back(is_word ? 1 : 0);
  return id;
}

void StoryConcepts::AddSentence(std::span<const text::Token> tokens, std::size_t article,
                                std::vector<std::uint32_t>& out) {
  const std::size_t first = out.size();
  Concepts(tokens, out);
  const auto article_mark = static_cast<std::uint32_t>(article + 1);
  for (std::size_t i = first; i < out.size(); ++i) {
    if (last_article_[out[i]] != article_mark) {
      last_article_[out[i]] = article_mark;
      ++article_count_[out[i]];
    }
  }
}

void StoryConcepts::Concepts(std::span<const text::Token> tokens,
                             std::vector<std::uint32_t>& out) {
  ++sentence_stamp_;
  // Each concept once per sentence, in order of first mention: a stamp per
  // concept says whether this sentence has listed it already.
  const auto add = [&](std::uint32_t id) {
    if (last_sentence_[id] == sentence_stamp_) return;
    last_sentence_[id] = sentence_stamp_;
    out.push_back(id);
  };
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!tokens[t].stopword()) add(Intern(tokens[t].term, true));
    if (t + 1 < tokens.size() && !(tokens[t].stopword() && tokens[t + 1].stopword())) {
      add(Intern(BigramKey(tokens[t].term, tokens[t + 1].term), false));
    }
  }
}

void StoryConcepts::Weigh(std::size_t articles, double min_agreement, double word_weight) {
  std::uint32_t needed = std::max<std::uint32_t>(
      2, static_cast<std::uint32_t>(std::ceil(min_agreement * double(articles) - 1e-9)));
  std::uint32_t widest = 0;
  for (std::uint32_t count : article_count_) widest = std::max(widest, count);
  needed = std::max<std::uint32_t>(1, std::min(needed, widest));
  weight_.assign(article_count_.size(), 0.0);
  for (std::size_t c = 0; c < weight_.size(); ++c) {
    if (article_count_[c] < needed) continue;
    weight_[c] = double(article_count_[c]) * (is_word_[c] ? word_weight : 1.0);
  }
}

}  // namespace precis::summarize
