// Inputs that scrapers really produce, each with the outcome every
// document-reading app must give it: a one-line error naming the input and the
// byte offset with exit status 1, or a warned fallback, never a crash or a
// silently missing record.
#pragma once

#include <string>
#include <vector>

namespace precis::testing {

struct HostileInput {
  std::string name;
  std::string bytes;
  int status;               // expected exit status of a plain run on it
  std::string diagnostic;   // expected on stderr ("" = nothing in particular)
  bool has_text;            // the app should produce output for it
};

inline std::string Repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

inline std::vector<HostileInput> HostileInputs() {
  using namespace std::string_literals;
  std::vector<HostileInput> inputs = {
      {"truncated_utf8", "A sentence.\n\xE2\x82", 1, "invalid UTF-8 at byte 12", false},
      {"overlong_utf8", "Bad \xC0\xAF slash.", 1, "invalid UTF-8 at byte 4", false},
      {"surrogate_utf8", "Half \xED\xA0\x80 pair.", 1, "invalid UTF-8 at byte 5", false},
      {"lone_continuation", "\x80 starts badly.", 1, "invalid UTF-8 at byte 0", false},
      {"windows_1252", "The caf\xE9 said \x93hello\x94 again.", 1,
       "invalid UTF-8 at byte 7 (try --encoding auto)", false},
      {"utf16_with_bom", "\xFF\xFEH\0i\0.\0 \0O\0k\0.\0"s, 0, "read as UTF-16LE", true},
      {"nul_bytes", "Text\0with a NUL."s, 1, "NUL byte at byte 4", false},
      {"binary", "\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"s, 1, "NUL byte at byte 7",
       false},
      {"empty", "", 0, "", false},
      {"whitespace_only", " \n\t\r\n  \n", 0, "", false},
      {"one_word", "Hello", 0, "", true},
      {"one_sentence", "Only one sentence here.", 0, "", true},
      {"no_punctuation", Repeat("words without any punctuation ", 200), 0, "", true},
      {"one_char_1mb", std::string(1 << 20, 'a'), 0, "", true},
      {"sentence_100k_words", Repeat("word ", 100000) + "end.", 0, "", true},
      {"tiny_sentences_100k", Repeat("Ok. ", 100000), 0, "", true},
      {"repeated_paragraphs", Repeat("The same paragraph again. It repeats.\n\n", 5000), 0, "",
       true},
      {"mixed_scripts",
       "Latin text. \xD0\x9A\xD0\xB8\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0. "
       "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9. \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 "
       "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 family. "
       "Cafe\xCC\x81 combining.",
       0, "", true},
      {"bom_then_text", "\xEF\xBB\xBFHeadline\n\nBody text.", 0, "", true},
      {"crlf_text", "Headline\r\n\r\nBody one.\r\nBody two.\r\n", 0, "", true},
  };
  return inputs;
}

}  // namespace precis::testing
