// The UAX #29 word rules for the characters of plain news text: ASCII, the
// typographic single quotes (which join words like the apostrophe), and curly
// double quotes, dashes and the ellipsis (which never join anything).
//
// ICU remains the reference: WordBreaker sends any stretch holding another
// character to ICU, and a differential test checks that this gives ICU's words
// on the corpus and on random text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis::text {

// Word_Break classes as ICU's word rules assign them ('@' is a letter in
// ICU's rules, so "@handle" is one word; ':' joins nothing).
enum class WordClass : std::uint8_t {
  kUnhandled,     // needs ICU
  kSpace,         // ASCII whitespace: a boundary on both sides
  kOther,         // punctuation and symbols that join nothing
  kLetter,        // A-Z a-z @
  kNumeric,       // 0-9
  kMidNumLet,     // . ‘ ’
  kSingleQuote,   // '
  kMidNum,        // , ;
  kExtendNumLet,  // _
};

struct ClassifiedChar {
  WordClass word_class;
  std::uint8_t length;  // bytes
};

// The classes of the ASCII characters, by byte value.
constexpr auto kAsciiWordClasses = [] {
  std::array<WordClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    WordClass word_class = WordClass::kOther;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') {
      word_class = WordClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      word_class = WordClass::kNumeric;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      word_class = WordClass::kSpace;
    } else if (c == '.') {
      word_class = WordClass::kMidNumLet;
    } else if (c == '\'') {
      word_class = WordClass::kSingleQuote;
    } else if (c == ',' || c == ';') {
      word_class = WordClass::kMidNum;
    } else if (c == '_') {
      word_class = WordClass::kExtendNumLet;
    } else if (c < 0x20 || c == 0x7F) {
      word_class = WordClass::kUnhandled;  // control characters are ICU's business
    }
    classes[static_cast<std::size_t>(c)] = word_class;
  }
  return classes;
}();

// The class of the character starting at text[offset].
inline ClassifiedChar ClassifyChar(std::string_view text, std::size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x80) return {kAsciiWordClasses[c], 1};
  // E2 80 xx: General Punctuation U+2000..U+203F.
  if (c == 0xE2 && offset + 2 < text.size() && static_cast<unsigned char>(text[offset + 1]) == 0x80) {
    switch (static_cast<unsigned char>(text[offset + 2])) {
      case 0x98: case 0x99:  // ‘ ’
        return {WordClass::kMidNumLet, 3};
      case 0x93: case 0x94: case 0x9C: case 0x9D: case 0xA6:  // – — “ ” …
        return {WordClass::kOther, 3};
      default:
        break;
    }
  }
  return {WordClass::kUnhandled, 1};
}

}  // namespace precis::text
