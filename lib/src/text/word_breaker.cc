#include "text/word_breaker.h"

#include <array>
#include <cctype>

#include "text/ascii_words.h"
#include "text/byte_scan.h"
#include "text/scratch.h"
#include "text/root_rules.h"

namespace precis::text {
namespace {

// Characters that join the words they touch on both sides: hyphens
// ("north-east"; U+2010, U+2011 fold to '-') and the zero-width space, which
// web pages insert inside words as a line-break hint and which must not cut
// "appro<ZWSP>ved" in two (the term folds it away).
bool JoinsWords(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x200B; }

// U+202F NARROW NO-BREAK SPACE is ExtendNumLet in UAX #29 (for Mongolian), so
// ICU keeps "the<NNBSP>new" as one word; French typography puts it before
// "?", "!" and inside numbers, and as a space it separates words.
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";

bool IsNeverWordStart(char c) {
  return std::isspace(static_cast<unsigned char>(c)) ||
         std::string_view(".,;:!?\"'()[]{}<>/\\|*&%+=~^-").find(c) != std::string_view::npos;
}

// ASCII punctuation that, between letters and a space, joins neither side:
// UAX #29 joins MidLetter and MidNumLet only between letters (WB6, WB7) and
// MidNum only between digits (WB11, WB12); '_' (ExtendNumLet, WB13a) and '@'
// (a letter in ICU's rules) do join, and control characters are ICU's.
constexpr auto kTrailingMark = [] {
  std::array<bool, 256> table{};
  for (int c = 0x21; c < 0x7F; ++c) {
    const WordClass word_class = kAsciiWordClasses[static_cast<std::size_t>(c)];
    table[static_cast<std::size_t>(c)] =
        word_class == WordClass::kOther || word_class == WordClass::kMidNum ||
        word_class == WordClass::kMidNumLet || word_class == WordClass::kSingleQuote;
  }
  return table;
}();

// Appends a word, joining "north" "-" "east" when the hyphen touches both.
void AppendWord(std::string_view text, ByteSpan span, WordKind kind, std::size_t first_word,
                std::vector<Word>& words) {
  if (words.size() > first_word && kind != WordKind::kIdeographic) {
    Word& previous = words.back();
    // Joiners are '-' and U+2010/U+2011/U+200B (E2 80 ..): other bytes cannot join.
    if (previous.kind != WordKind::kIdeographic && previous.span.end < span.begin &&
        (text[previous.span.end] == '-' || static_cast<unsigned char>(text[previous.span.end]) == 0xE2)) {
      const CodePoint between = CodePointAt(text, previous.span.end);
      if (JoinsWords(between.value) && previous.span.end + between.length == span.begin) {
        previous.span.end = span.end;
        if (kind == WordKind::kLetters) previous.kind = WordKind::kLetters;
        return;
      }
    }
  }
  words.push_back({span, kind});
}

// AppendWord for a word of ICU's, which can hold a narrow no-break space
// (ICU joins "10 000"; precis splits there). The fast path's words are
// plain text and never hold one, so they skip this search.
void AppendIcuWord(std::string_view text, ByteSpan span, WordKind kind, std::size_t first_word,
                   std::vector<Word>& words) {
  if (kind != WordKind::kIdeographic) {
    const std::size_t space = span.In(text).find(kNarrowNoBreakSpace);
    if (space != std::string_view::npos) {
      const auto cut = static_cast<std::uint32_t>(span.begin + space);
      const auto rest = static_cast<std::uint32_t>(cut + kNarrowNoBreakSpace.size());
      if (cut > span.begin) AppendIcuWord(text, {span.begin, cut}, kind, first_word, words);
      if (rest < span.end) AppendIcuWord(text, {rest, span.end}, kind, words.size(), words);
      return;
    }
  }
  AppendWord(text, span, kind, first_word, words);
}

// precis calls a word a number when it has digits and no letter (ICU's own
// tags are less regular: it tags "7E7" a number but "G6" a word).
WordKind KindOf(const icu::UnicodeString& text, std::int32_t begin, std::int32_t end) {
  bool has_digit = false;
  for (std::int32_t i = begin; i < end;) {
    const UChar32 c = text.char32At(i);
    if (u_isalpha(c)) return WordKind::kLetters;
    has_digit = has_digit || u_isdigit(c);
    i += U16_LENGTH(c);
  }
  return has_digit ? WordKind::kNumber : WordKind::kLetters;
}

bool IsLetter(WordClass c) { return c == WordClass::kLetter; }
// MidNumLetQ in UAX #29: MidNumLet or Single_Quote.
bool IsMidNumLetQ(WordClass c) {
  return c == WordClass::kMidNumLet || c == WordClass::kSingleQuote;
}

// Whether UAX #29 keeps chars i-1 and i of `classes` together (rules WB5 to
// WB13b; the chunk holds no spaces, so WB3 and WB4 do not arise).
bool NoBreakBefore(const std::vector<WordClass>& classes, std::size_t i) {
  const WordClass a = classes[i - 1];
  const WordClass b = classes[i];
  if (a == WordClass::kOther || b == WordClass::kOther) return false;
  const bool has_after = i + 1 < classes.size();
  const bool has_before = i >= 2;
  if (IsLetter(a) && IsLetter(b)) return true;                                          // WB5
  if (IsLetter(a) && IsMidNumLetQ(b) && has_after && IsLetter(classes[i + 1])) return true;  // WB6
  if (has_before && IsLetter(classes[i - 2]) && IsMidNumLetQ(a) && IsLetter(b)) return true;  // WB7
  if (a == WordClass::kNumeric && b == WordClass::kNumeric) return true;                // WB8
  if (IsLetter(a) && b == WordClass::kNumeric) return true;                             // WB9
  if (a == WordClass::kNumeric && IsLetter(b)) return true;                             // WB10
  if (has_before && classes[i - 2] == WordClass::kNumeric &&
      (a == WordClass::kMidNum || IsMidNumLetQ(a)) && b == WordClass::kNumeric) {
    return true;  // WB11
  }
  if (a == WordClass::kNumeric && (b == WordClass::kMidNum || IsMidNumLetQ(b)) && has_after &&
      classes[i + 1] == WordClass::kNumeric) {
    return true;  // WB12
  }
  if ((IsLetter(a) || a == WordClass::kNumeric || a == WordClass::kExtendNumLet) &&
      b == WordClass::kExtendNumLet) {
    return true;  // WB13a
  }
  if (a == WordClass::kExtendNumLet && (IsLetter(b) || b == WordClass::kNumeric)) {
    return true;  // WB13b
  }
  return false;
}

// Segments one chunk of classified characters and appends its words. As in
// ICU's rules, a segment is a word when it holds a letter or a digit, or two
// connectors ("__" is a word, "_" is not); it is a number when it holds
// digits and no letter ("3.5", "1,200", "1_000"; not "3rd" or "7E7").
void BreakChunk(std::string_view text, const std::vector<WordClass>& classes,
                const std::vector<std::uint32_t>& offsets, std::uint32_t chunk_end,
                std::size_t first_word, std::vector<Word>& words) {
  std::size_t start = 0;
  bool has_letter = false;
  bool has_digit = false;
  bool has_at = false;
  int connectors = 0;
  auto flush = [&](std::uint32_t end_offset) {
    if (!has_letter && !has_digit && !has_at && connectors < 2) return;
    const WordKind kind = has_digit && !has_letter ? WordKind::kNumber : WordKind::kLetters;
    AppendWord(text, {offsets[start], end_offset}, kind, first_word, words);
  };
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (i > 0 && !NoBreakBefore(classes, i)) {
      flush(offsets[i]);
      start = i;
      has_letter = has_digit = has_at = false;
      connectors = 0;
    }
    // '@' joins like a letter but is not one ("0@" is a number).
    has_letter = has_letter || (IsLetter(classes[i]) && text[offsets[i]] != '@');
    has_at = has_at || text[offsets[i]] == '@';
    has_digit = has_digit || classes[i] == WordClass::kNumeric;
    connectors += classes[i] == WordClass::kExtendNumLet ? 1 : 0;
  }
  if (!classes.empty()) flush(chunk_end);
}

}  // namespace

Result<WordBreaker> WordBreaker::Create(const std::string& language, bool fast_path) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale(language.c_str()), error));
  if (U_FAILURE(error) || !iterator) {
    return InternalError(std::string("cannot load ICU word rules: ") + u_errorName(error));
  }
  // The fast path reproduces root's word rules; tailored ones (':' joins
  // letters in Finnish and Swedish) are ICU's alone.
  const bool root_rules = HasRootRules(*iterator, UBRK_WORD);
  return WordBreaker(std::move(iterator), fast_path && root_rules);
}

void WordBreaker::Break(std::string_view text, std::vector<Word>& words) {
  const std::size_t first_word = words.size();
  if (fast_path_) {
    BreakFast(text, first_word, words);
  } else {
    BreakWithIcu(text, 0, text.size(), first_word, words);
  }
  // A text without spaces (Chinese, Japanese) is one chunk, and its classes
  // and UTF-16 copy are as large as the text or larger: free them when large.
  ClearScratch(classes_);
  ClearScratch(offsets_);
  utf16_.Clear();
}

void WordBreaker::BreakFast(std::string_view text, std::size_t first_word,
                            std::vector<Word>& words) {
  // ASCII whitespace always separates words (UAX #29 never joins across it,
  // except for combining marks after a space, which only ever form
  // non-words). So text splits into space-free chunks that can be segmented
  // independently: plain ones here, the rest by ICU, consecutive ones together.
  std::vector<WordClass>& classes = classes_;
  std::vector<std::uint32_t>& offsets = offsets_;
  std::size_t icu_begin = std::string_view::npos;
  std::size_t icu_end = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (ClassifyChar(text, i).word_class == WordClass::kSpace) {
      ++i;
      continue;
    }
    const std::size_t chunk_begin = i;
    // The commonest chunk is one plain word: ASCII letters up to a space or
    // the end, perhaps with one punctuation mark after them ("said," "end.").
    // It needs no per-character classes.
    i = SkipAsciiLetters(text.data(), i, text.size());
    if (i > chunk_begin) {
      const std::size_t word_end = i;
      if (i < text.size() && kTrailingMark[static_cast<unsigned char>(text[i])]) ++i;
      if (i == text.size() || ClassifyChar(text, i).word_class == WordClass::kSpace) {
        if (icu_begin != std::string_view::npos) {
          BreakWithIcu(text, icu_begin, icu_end, first_word, words);
          icu_begin = std::string_view::npos;
        }
        AppendWord(text,
                   {static_cast<std::uint32_t>(chunk_begin), static_cast<std::uint32_t>(word_end)},
                   WordKind::kLetters, first_word, words);
        continue;
      }
    }
    i = chunk_begin;
    bool plain = true;
    bool only_letters = true;  // the commonest chunk: one plain word
    classes.clear();
    offsets.clear();
    while (i < text.size()) {
      const ClassifiedChar c = ClassifyChar(text, i);
      if (c.word_class == WordClass::kSpace) break;
      if (c.word_class == WordClass::kUnhandled) plain = false;
      only_letters = only_letters && c.word_class == WordClass::kLetter && text[i] != '@';
      classes.push_back(c.word_class);
      offsets.push_back(static_cast<std::uint32_t>(i));
      i += c.length;
    }
    if (!plain) {
      if (icu_begin == std::string_view::npos) icu_begin = chunk_begin;
      icu_end = i;
      continue;
    }
    if (icu_begin != std::string_view::npos) {
      BreakWithIcu(text, icu_begin, icu_end, first_word, words);
      icu_begin = std::string_view::npos;
    }
    if (only_letters) {
      AppendWord(text, {static_cast<std::uint32_t>(chunk_begin), static_cast<std::uint32_t>(i)},
                 WordKind::kLetters, first_word, words);
    } else {
      BreakChunk(text, classes, offsets, static_cast<std::uint32_t>(i), first_word, words);
    }
  }
  if (icu_begin != std::string_view::npos) {
    BreakWithIcu(text, icu_begin, icu_end, first_word, words);
  }
}

void WordBreaker::BreakWithIcu(std::string_view text, std::size_t begin, std::size_t end,
                               std::size_t first_word, std::vector<Word>& words) {
  utf16_.Assign(text.substr(begin, end - begin));
  iterator_->setText(utf16_.text());

  std::int32_t segment_begin = iterator_->first();
  for (std::int32_t segment_end = iterator_->next(); segment_end != icu::BreakIterator::DONE;
       segment_begin = segment_end, segment_end = iterator_->next()) {
    // Segments starting with an ASCII letter are words and those starting with
    // ASCII space or plain punctuation are not, whatever follows: only other
    // segments need ICU's (comparatively slow) rule status. ('@' and '_' can
    // start a word in ICU's rules: "@handle".)
    const char16_t first = utf16_.text()[segment_begin];
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
      } else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_LETTER_LIMIT) {
        kind = KindOf(utf16_.text(), segment_begin, segment_end);
      } else {
        continue;  // spaces, punctuation, symbols
      }
    }
    const ByteSpan span{
        static_cast<std::uint32_t>(begin + utf16_.ByteOffset(static_cast<std::size_t>(segment_begin))),
        static_cast<std::uint32_t>(begin + utf16_.ByteOffset(static_cast<std::size_t>(segment_end)))};
    AppendIcuWord(text, span, kind, first_word, words);
  }
  iterator_->setText(icu::UnicodeString());
}

}  // namespace precis::text
