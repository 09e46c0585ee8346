#include "text/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace precis::text {
namespace {

// The reference: the first position in [from, end) holding a, b or c.
std::size_t FindAnyByteSlowly(const std::string& text, std::size_t from, std::size_t end, char a,
                              char b, char c) {
  for (std::size_t i = from; i < end; ++i) {
    if (text[i] == a || text[i] == b || text[i] == c) return i;
  }
  return end;
}

TEST(ByteScanTest, FindsTheFirstMatchInEveryWordPosition) {
  // Each position of an 8-byte word, and the tail after the last whole word.
  for (std::size_t at = 0; at < 21; ++at) {
    std::string text(21, 'x');
    text[at] = '.';
    EXPECT_EQ(FindAnyByte(text.data(), 0, text.size(), '.', '!', '?'), at) << at;
    EXPECT_EQ(FindByte(text.data(), 0, text.size(), '.'), at) << at;
    EXPECT_EQ(FindByte(text.data(), at + 1, text.size(), '.'), text.size()) << at;
  }
}

TEST(ByteScanTest, StopsAtTheEndGivenEvenWhenAMatchFollows) {
  const std::string text = "abcdefghijklmnop. ";
  EXPECT_EQ(FindByte(text.data(), 0, 16, '.'), 16u);
  EXPECT_EQ(FindByte(text.data(), 0, 17, '.'), 16u);
  EXPECT_EQ(FindByte(text.data(), 5, 3, '.'), 3u);  // an empty range
}

// A match preceded by the byte one above the target ("/" after ".") is where
// the borrow trick reports false positives above the true match: the first
// match must still be the one returned.
TEST(ByteScanTest, AgreesWithAByteLoopOnRandomBytes) {
  std::mt19937 random(7);
  const std::string alphabet = std::string("./!\"?@ \x01\x80\xff") + '\0';
  for (int round = 0; round < 2000; ++round) {
    std::string text(1 + random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    const std::size_t from = random() % (text.size() + 1);
    EXPECT_EQ(FindAnyByte(text.data(), from, text.size(), '.', '!', '?'),
              FindAnyByteSlowly(text, from, text.size(), '.', '!', '?'))
        << round;
    EXPECT_EQ(FindByte(text.data(), from, text.size(), ' '),
              FindAnyByteSlowly(text, from, text.size(), ' ', ' ', ' '))
        << round;
    EXPECT_EQ(FindByte(text.data(), from, text.size(), '\0'),
              FindAnyByteSlowly(text, from, text.size(), '\0', '\0', '\0'))
        << round;
  }
}

TEST(ByteScanTest, SkipsAsciiLettersOnly) {
  const std::string text = "Council@x";
  EXPECT_EQ(SkipAsciiLetters(text.data(), 0, text.size()), 7u);
  // Every byte value, in each position of a word and in the tail.
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    for (std::size_t at = 0; at < 19; ++at) {
      std::string word(19, 'q');
      word[at] = c;
      EXPECT_EQ(SkipAsciiLetters(word.data(), 0, word.size()), letter ? word.size() : at)
          << byte << " at " << at;
    }
  }
}

}  // namespace
}  // namespace precis::text
