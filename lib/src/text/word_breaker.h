// Word segmentation with ICU's word rules (UAX #29 plus dictionaries for
// Chinese, Japanese, Thai, ...), keeping only words, numbers and ideographs.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "text/ascii_words.h"
#include "text/unicode_util.h"

namespace precis::text {

enum class WordKind : std::uint8_t { kLetters, kNumber, kIdeographic };

struct Word {
  ByteSpan span;
  WordKind kind;

  friend bool operator==(const Word&, const Word&) = default;
};

class WordBreaker {
 public:
  // With `fast_path` (the default), stretches of plain ASCII text (plus curly
  // quotes, dashes and ellipses) are segmented by a direct implementation of
  // the UAX #29 rules for those characters, which gives ICU's words at several
  // times its speed; everything else goes to ICU. Without it, ICU does all.
  static Result<WordBreaker> Create(const std::string& language, bool fast_path = true);

  // Appends the words of `text` to `words`, in order. Hyphenated compounds
  // ("north-east", "Jong-un") stay one word; apostrophes inside a word
  // ("don't", "Korea’s") stay inside it, as ICU's rules say.
  void Break(std::string_view text, std::vector<Word>& words);

 private:
  WordBreaker(std::unique_ptr<icu::BreakIterator> iterator, bool fast_path)
      : iterator_(std::move(iterator)), fast_path_(fast_path) {}

  // The fast path over all of `text`: plain chunks here, the others by ICU.
  void BreakFast(std::string_view text, std::size_t first_word, std::vector<Word>& words);
  // ICU over text[begin, end), which must start and end at word boundaries.
  void BreakWithIcu(std::string_view text, std::size_t begin, std::size_t end,
                    std::size_t first_word, std::vector<Word>& words);

  std::unique_ptr<icu::BreakIterator> iterator_;
  bool fast_path_;
  Utf16Copy utf16_;
  // Per-chunk scratch space of the fast path, kept to avoid reallocation.
  std::vector<WordClass> classes_;
  std::vector<std::uint32_t> offsets_;
};

}  // namespace precis::text
