#include "summarize/sentence_filter.h"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

#include "precis/text/page_furniture.h"

namespace precis::summarize {
namespace {

// Words of a picture note: "(left)", "(second right)", "(pictured)", "(file
// photo)", "(stock image)".
constexpr std::array<std::string_view, 21> kPictureNoteWords = {
    "left",  "right",  "centre", "center", "pictured", "above", "below",
    "top",   "bottom", "front",  "back",   "second",   "third", "far",
    "inset", "middle", "file",   "photo",  "picture",  "image", "stock"};

constexpr std::array<std::string_view, 7> kTimestampWords = {"GMT", "BST",       "EST",    "EDT",
                                                             "UTC", "published", "updated"};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool StartsWithFolded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[i]) != prefix[i]) return false;
  }
  return true;
}

bool ContainsFolded(std::string_view text, std::string_view word) {
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (StartsWithFolded(text.substr(i), word)) return true;
  }
  return false;
}

}  // namespace

bool IsBoilerplate(std::string_view sentence, std::size_t words) {
  // A real sentence may follow a prefix that lost its line break ("Watch
  // the video: Michelle Obama is ..."); only scroll-down lines are always
  // followed by a caption.
  if (StartsWithFolded(sentence, "scroll down for video")) return true;
  if (words <= text::kMaxFurnitureWords && text::StartsWithFurniturePhrase(sentence)) return true;
  // Byline: "By Jane Smith", "By Daily Mail Reporter".
  if (sentence.starts_with("By ") && words <= 6) {
    bool all_capitalised = true;
    for (std::size_t i = 3; i < sentence.size(); ++i) {
      if (sentence[i - 1] == ' ' && !IsUpper(sentence[i]) && sentence[i] != ' ') {
        all_capitalised = false;
      }
    }
    if (all_capitalised) return true;
  }
  // Timestamp: "Published 14:32 GMT, 3 March 2024 | Updated 16:05 GMT".
  if (words <= 16) {
    bool time = false;
    for (std::size_t i = 1; i + 2 < sentence.size(); ++i) {
      if (sentence[i] == ':' && IsDigit(sentence[i - 1]) && IsDigit(sentence[i + 1]) &&
          IsDigit(sentence[i + 2])) {
        time = true;
      }
    }
    if (time) {
      for (std::string_view word : kTimestampWords) {
        if (ContainsFolded(sentence, word)) return true;
      }
    }
  }
  return false;
}

namespace {

// Whether `sentence` holds brackets whose words are all picture-note words.
bool HasPositionNote(std::string_view sentence) {
  for (std::size_t open = sentence.find('('); open != std::string_view::npos;
       open = sentence.find('(', open + 1)) {
    const std::size_t close = sentence.find(')', open);
    if (close == std::string_view::npos) return false;
    std::string_view inside = sentence.substr(open + 1, close - open - 1);
    // Tokenized text spaces its brackets: "( left )".
    while (inside.starts_with(' ')) inside.remove_prefix(1);
    while (inside.ends_with(' ')) inside.remove_suffix(1);
    bool all = !inside.empty();
    while (all && !inside.empty()) {
      const std::size_t space = inside.find(' ');
      const std::string_view word = inside.substr(0, space);
      bool known = false;
      for (std::string_view p : kPictureNoteWords) {
        if (word.size() == p.size() && StartsWithFolded(word, p)) known = true;
      }
      all = known;
      inside = space == std::string_view::npos ? std::string_view() : inside.substr(space + 1);
    }
    if (all) return true;
  }
  return false;
}

// Per sentence: whether each of its words lies in a furniture line (a
// footer's menu, "Home | Contact us | Privacy").
std::vector<bool> FurnitureSentences(std::string_view text, const text::Analysis& analysis) {
  std::vector<bool> furniture(analysis.sentences.size(), false);
  const std::vector<bool> tokens = text::FindFurnitureTokens(text, analysis);
  if (tokens.empty()) return furniture;
  for (std::size_t s = 0; s < furniture.size(); ++s) {
    const std::uint32_t begin = analysis.sentence_token_begin[s];
    const std::uint32_t end = analysis.sentence_token_begin[s + 1];
    furniture[s] = begin < end && std::all_of(tokens.begin() + begin, tokens.begin() + end,
                                              [](bool in_furniture) { return in_furniture; });
  }
  return furniture;
}

}  // namespace

std::vector<SentenceFit> JudgeSentences(std::string_view text, const text::Analysis& analysis,
                                        int headline) {
  const std::size_t n = analysis.sentences.size();
  std::vector<SentenceFit> fit(n, SentenceFit::kFit);
  // Repeats: sentences sorted by (hash, index); an equal text with an
  // earlier index is the first occurrence.
  std::vector<std::pair<std::size_t, std::size_t>> by_hash(n);
  for (std::size_t s = 0; s < n; ++s) {
    by_hash[s] = {std::hash<std::string_view>{}(analysis.sentences[s].In(text)), s};
  }
  std::sort(by_hash.begin(), by_hash.end());
  std::vector<bool> repeat(n, false);
  for (std::size_t i = 1; i < n; ++i) {
    for (std::size_t j = i; j-- > 0 && by_hash[j].first == by_hash[i].first;) {
      if (analysis.sentences[by_hash[j].second].In(text) ==
          analysis.sentences[by_hash[i].second].In(text)) {
        repeat[by_hash[i].second] = true;
        break;
      }
    }
  }
  const std::vector<bool> furniture = FurnitureSentences(text, analysis);
  for (std::size_t s = 0; s < n; ++s) {
    const std::string_view sentence = analysis.sentences[s].In(text);
    const std::size_t words = analysis.SentenceTokens(s).size();
    if (static_cast<int>(s) < headline) {
      fit[s] = SentenceFit::kTitle;
    } else if (words < kMinSummaryWords || sentence.starts_with('|')) {
      fit[s] = SentenceFit::kTooShort;
    } else if (IsBoilerplate(sentence, words) || furniture[s]) {
      fit[s] = SentenceFit::kBoilerplate;
    } else if (static_cast<int>(s) != headline && HasPositionNote(sentence)) {
      fit[s] = SentenceFit::kCaption;
    } else if (static_cast<int>(s) != headline && s + 1 < n &&
               !text::EndsWithSentencePunctuation(sentence) &&
               text.substr(analysis.sentences[s].end,
                           analysis.sentences[s + 1].begin - analysis.sentences[s].end)
                       .find_first_of("\n\r") == std::string_view::npos) {
      fit[s] = SentenceFit::kCaption;
    } else if (repeat[s]) {
      fit[s] = SentenceFit::kDuplicate;
    }
  }
  return fit;
}

}  // namespace precis::summarize
