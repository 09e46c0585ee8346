#include "text/word_breaker.h"

#include <cctype>

#include "text/unicode_util.h"

namespace precis::text {
namespace {

bool IsNeverWordStart(char c) {
  return std::isspace(static_cast<unsigned char>(c)) ||
         std::string_view(".,;:!?\"'()[]{}<>/\\|*&%+=~^-").find(c) != std::string_view::npos;
}

bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

Result<WordBreaker> WordBreaker::Create(const std::string& language) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale(language.c_str()), error));
  if (U_FAILURE(error) || !iterator) {
    return InternalError(std::string("cannot load ICU word rules: ") + u_errorName(error));
  }
  return WordBreaker(std::move(iterator));
}

void WordBreaker::Break(std::string_view text, std::vector<Word>& words) {
  utf16_.Assign(text);
  iterator_->setText(utf16_.text());

  const std::size_t first_word = words.size();
  std::int32_t begin = iterator_->first();
  for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = iterator_->next()) {
    // Segments starting with an ASCII letter are words and those starting with
    // ASCII space or plain punctuation are not, whatever follows: only other
    // segments need ICU's (comparatively slow) rule status. ('@' and '_' can
    // start a word in ICU's rules: "@handle".)
    const char16_t first = utf16_.text()[begin];
    WordKind kind;
    if (first < 0x80 && std::isalpha(first)) {
      kind = WordKind::kLetters;
    } else if (first < 0x80 && IsNeverWordStart(static_cast<char>(first))) {
      continue;
    } else {
      const std::int32_t status = iterator_->getRuleStatus();
      if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) {
        kind = WordKind::kIdeographic;
      } else if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) {
        kind = WordKind::kIdeographic;
      } else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
        kind = WordKind::kLetters;
      } else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
        kind = WordKind::kNumber;
      } else {
        continue;  // spaces, punctuation, symbols
      }
    }
    const ByteSpan span{static_cast<std::uint32_t>(utf16_.ByteOffset(begin)),
                        static_cast<std::uint32_t>(utf16_.ByteOffset(end))};
    // Join "north" "-" "east" when the hyphen touches both words.
    if (words.size() > first_word && kind != WordKind::kIdeographic) {
      Word& previous = words.back();
      if (previous.kind != WordKind::kIdeographic && previous.span.end < span.begin) {
        const CodePoint between = CodePointAt(text, previous.span.end);
        if (IsHyphen(between.value) && previous.span.end + between.length == span.begin) {
          previous.span.end = span.end;
          if (kind == WordKind::kLetters) previous.kind = WordKind::kLetters;
          continue;
        }
      }
    }
    words.push_back({span, kind});
  }
  iterator_->setText(icu::UnicodeString());
}

}  // namespace precis::text
