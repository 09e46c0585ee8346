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
#include "text/unicode_util.h"

namespace precis::text {

enum class WordKind : std::uint8_t { kLetters, kNumber, kIdeographic };

struct Word {
  ByteSpan span;
  WordKind kind;
};

class WordBreaker {
 public:
  static Result<WordBreaker> Create(const std::string& language);

  // Appends the words of `text` to `words`, in order. Hyphenated compounds
  // ("north-east", "Jong-un") stay one word; apostrophes inside a word
  // ("don't", "Korea’s") are ICU's business and stay inside it.
  void Break(std::string_view text, std::vector<Word>& words);

 private:
  explicit WordBreaker(std::unique_ptr<icu::BreakIterator> iterator)
      : iterator_(std::move(iterator)) {}
  std::unique_ptr<icu::BreakIterator> iterator_;
  Utf16Copy utf16_;
};

}  // namespace precis::text
