// The segmenters' fast paths against ICU, their reference, on arbitrary text:
// DirectSentenceBoundaries must give ICU's sentence boundaries whenever it
// accepts a text, SentenceBoundaries (direct scan per paragraph, ICU for the
// rest) always, and WordBreaker's fast path must give the words ICU gives.
// A mismatch aborts, printing the text as a C string literal.
//
// Input: the first byte picks the language (bits 3-7) and the mode (bits
// 0-2): 0 takes the rest as UTF-8 (skipping invalid input), anything else
// maps each byte to one piece of an alphabet of characters the rules treat
// differently (modes 4-7 without Extend and Format characters, which the
// direct sentence scan declines). Random bytes seldom form such characters;
// mapped ones always do.
#include <unicode/brkiter.h>

#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/text/decode.h"
#include "text/root_rules.h"
#include "text/sentence_boundaries.h"
#include "text/word_breaker.h"

namespace {

using precis::text::Word;
using precis::text::WordBreaker;

// Languages with root rules and some with tailored ones (Greek sentences;
// Finnish and Swedish words, where ':' joins letters; dictionary scripts).
constexpr std::array<const char*, 12> kLanguages = {"en", "de", "fr", "es", "ru", "ar",
                                                    "el", "fi", "sv", "ja", "zh", "th"};

// One Sentence_Break / Word_Break class or more per piece.
constexpr std::array<std::string_view, 64> kAlphabet = {
    "a", "z", "A", "Q", "e", "T", "7", "0",
    ".", "?", "!", ",", ";", ":", "-", "_",
    "'", "\"", ")", "]", "(", "@", " ", " ",
    "\n", "\r", "\t", "\x0C",
    "\xC3\xA9",              // é Lower
    "\xC3\x89",              // É Upper
    "\xD0\xBE",              // Cyrillic о
    "\xD0\x9E",              // Cyrillic О
    "\xCE\xB1",              // Greek α
    "\xD8\xA8",              // Arabic beh, OLetter
    "\xD8\x9F",              // Arabic question mark, STerm
    "\xE4\xB8\xAD",          // CJK ideograph
    "\xE3\x81\x82",          // hiragana
    "\xE0\xB8\x81",          // Thai ko kai (dictionary words)
    "\xE3\x80\x82",          // ideographic full stop, STerm
    "\xEF\xBC\x8C",          // fullwidth comma, SContinue
    "\xE2\x80\xA6",          // ellipsis
    "\xE2\x80\x94",          // em dash
    "\xE2\x80\x98",          // left single quote
    "\xE2\x80\x99",          // right single quote
    "\xE2\x80\x9C",          // left double quote
    "\xE2\x80\x9D",          // right double quote
    "\xC2\xBB",              // right guillemet, Close
    "\xC2\x85",              // NEL, Sep
    "\xC2\xA0",              // no-break space, Sp
    "\xE2\x80\xA8",          // line separator
    "\xE2\x80\xA9",          // paragraph separator
    "\xEF\xB9\x92",          // small full stop, ATerm
    "\xE2\x80\xA4",          // one dot leader, ATerm
    "\xE2\x85\xA0",          // Roman numeral one, Upper
    "\xCA\xB0",              // modifier small h, Lower
    "\xF0\x9D\x90\x80",      // mathematical bold A, Upper (4 bytes)
    "\xF0\x9F\x98\x80",      // emoji
    "\xD9\xA3",              // Arabic-Indic three, Numeric
    "\xE2\x80\x90",          // hyphen
    "\xEF\xBC\x8E",          // fullwidth full stop, ATerm
    // Last, so that modes 4-7 can leave them out: one of them anywhere sends
    // the whole text to ICU, which would leave long inputs unchecked.
    "\xCC\x81",              // combining acute, Extend
    "\xE2\x80\x8D",          // ZWJ, Extend
    "\xEF\xBB\xBF",          // BOM, Format
    "\xC2\xAD",              // soft hyphen, Format
};
constexpr std::size_t kIgnorable = 4;

// `text` as a C string literal, pasteable into a test.
std::string Escaped(std::string_view text) {
  std::string out = "\"";
  bool after_hex = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    char buffer[8];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
      after_hex = true;
      continue;
    } else {
      // A hex digit right after "\xNN" would extend the escape: split the literal.
      if (after_hex && std::isxdigit(c)) out += "\" \"";
      out += ch;
    }
    after_hex = false;
  }
  return out + "\"";
}

[[noreturn]] void Fail(const char* what, const char* language, std::string_view text,
                       const std::string& fast, const std::string& reference) {
  std::fprintf(stderr, "%s differs from ICU (language %s) on\n%s\nfast: %s\nicu:  %s\n", what,
               language, Escaped(text).c_str(), fast.c_str(), reference.c_str());
  std::abort();
}

std::string ListEnds(const std::vector<std::uint32_t>& ends) {
  std::string out;
  for (const std::uint32_t end : ends) out += std::to_string(end) + " ";
  return out;
}

std::string ListWords(std::string_view text, const std::vector<Word>& words) {
  std::string out;
  for (const Word& word : words) {
    out += Escaped(word.span.In(text)) + "/" + std::to_string(static_cast<int>(word.kind)) + " ";
  }
  return out;
}

// ICU objects per language, built on first use (creating them per input
// would dominate the run time).
struct Segmenters {
  std::unique_ptr<icu::BreakIterator> sentences;
  bool direct_sentences = false;  // whether the splitter would use the direct scan
  std::unique_ptr<WordBreaker> fast_words;
  std::unique_ptr<WordBreaker> icu_words;
  precis::text::Utf16Copy utf16;
};

Segmenters& For(std::size_t language) {
  static std::array<std::unique_ptr<Segmenters>, kLanguages.size()> all;
  std::unique_ptr<Segmenters>& segmenters = all[language];
  if (segmenters) return *segmenters;
  segmenters = std::make_unique<Segmenters>();
  const icu::Locale locale(kLanguages[language]);
  UErrorCode error = U_ZERO_ERROR;
  segmenters->sentences.reset(icu::BreakIterator::createSentenceInstance(locale, error));
  auto fast = WordBreaker::Create(kLanguages[language], true);
  auto reference = WordBreaker::Create(kLanguages[language], false);
  if (U_FAILURE(error) || !segmenters->sentences || !fast.ok() || !reference.ok()) {
    std::fprintf(stderr, "cannot load ICU rules for %s\n", kLanguages[language]);
    std::abort();
  }
  segmenters->direct_sentences = precis::text::HasRootRules(*segmenters->sentences, UBRK_SENTENCE);
  segmenters->fast_words = std::make_unique<WordBreaker>(std::move(*fast));
  segmenters->icu_words = std::make_unique<WordBreaker>(std::move(*reference));
  return *segmenters;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t language = (data[0] >> 3) % kLanguages.size();
  std::string text;
  if ((data[0] & 7) == 0) {
    text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    if (precis::text::FindInvalidUtf8(text) != std::string_view::npos) return 0;
  } else {
    const std::size_t pieces = (data[0] & 4) != 0 ? kAlphabet.size() - kIgnorable : kAlphabet.size();
    for (std::size_t i = 1; i < size; ++i) text += kAlphabet[data[i] % pieces];
  }
  Segmenters& segmenters = For(language);

  // Kept across inputs to save allocations.
  static std::vector<std::uint32_t> direct_ends, mixed_ends, icu_ends;
  if (segmenters.direct_sentences) {
    precis::text::IcuSentenceBoundaries(*segmenters.sentences, segmenters.utf16, text, icu_ends);
    if (precis::text::DirectSentenceBoundaries(text, direct_ends) && direct_ends != icu_ends) {
      Fail("DirectSentenceBoundaries", kLanguages[language], text, ListEnds(direct_ends),
           ListEnds(icu_ends));
    }
    precis::text::SentenceBoundaries(*segmenters.sentences, segmenters.utf16, text, mixed_ends);
    if (mixed_ends != icu_ends) {
      Fail("SentenceBoundaries", kLanguages[language], text, ListEnds(mixed_ends),
           ListEnds(icu_ends));
    }
  }

  static std::vector<Word> fast_words, icu_words;
  fast_words.clear();
  icu_words.clear();
  segmenters.fast_words->Break(text, fast_words);
  segmenters.icu_words->Break(text, icu_words);
  if (fast_words != icu_words) {
    Fail("WordBreaker fast path", kLanguages[language], text, ListWords(text, fast_words),
         ListWords(text, icu_words));
  }
  return 0;
}
