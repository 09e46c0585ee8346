#include "text/word_breaker.h"

#include <unicode/utext.h>

#include "text/unicode_util.h"

namespace precis::text {
namespace {

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
  UErrorCode error = U_ZERO_ERROR;
  UText* utext =
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  iterator_->setText(utext, error);

  const std::size_t first_word = words.size();
  std::int32_t begin = iterator_->first();
  for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = iterator_->next()) {
    const std::int32_t status = iterator_->getRuleStatus();
    WordKind kind;
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
    const ByteSpan span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
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
  utext_close(utext);
}

}  // namespace precis::text
