#include "summarize/dateline.h"

#include <array>

namespace precis::summarize {
namespace {

// A dateline is short; looking further would only invite false matches.
constexpr std::size_t kMaxDatelineBytes = 80;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Reads words of [A-Za-z.'-] separated by single spaces from `at`, each
// starting with a capital; `capitals_only` refuses lowercase letters. Returns
// the number of words read (at most `max_words`) and the capitals seen.
struct Words {
  int count = 0;
  int capitals = 0;
};
Words ReadWords(std::string_view s, std::size_t& at, bool capitals_only, int max_words) {
  Words words;
  while (words.count < max_words && at < s.size() && IsUpper(s[at])) {
    std::size_t end = at;
    int capitals = 0;
    bool ok = true;
    while (end < s.size() && (IsUpper(s[end]) || IsLower(s[end]) || s[end] == '.' ||
                              s[end] == '\'' || s[end] == '-')) {
      if (IsLower(s[end]) && capitals_only) ok = false;
      capitals += IsUpper(s[end]) ? 1 : 0;
      ++end;
    }
    // A hyphen must join letters ("WILKES-BARRE"), else it is the dash.
    if (!ok || s[end - 1] == '-') break;
    ++words.count;
    words.capitals += capitals;
    at = end;
    // Continue only over one space into another capitalised word.
    if (at + 1 < s.size() && s[at] == ' ' && IsUpper(s[at + 1])) {
      ++at;
    } else {
      break;
    }
  }
  // A trailing space taken before a word that was then refused goes back.
  if (at > 0 && s[at - 1] == ' ') --at;
  return words;
}

// The length of the dash at `at` ("_", "-", "--", en or em dash), or 0.
std::size_t DashBytes(std::string_view s, std::size_t at) {
  constexpr std::array<std::string_view, 5> kDashes = {"--", "\u2014", "\u2013", "_", "-"};
  for (const std::string_view dash : kDashes) {
    if (s.substr(at, dash.size()) == dash) return dash.size();
  }
  return 0;
}

}  // namespace

std::size_t DatelineBytes(std::string_view sentence) {
  const std::string_view s = sentence.substr(0, kMaxDatelineBytes);
  std::size_t at = 0;
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r')) ++at;
  const Words place = ReadWords(s, at, /*capitals_only=*/true, 6);
  if (place.count == 0 || place.capitals < 2) return 0;
  if (s.substr(at, 2) == ", ") {
    at += 2;
    if (ReadWords(s, at, /*capitals_only=*/false, 4).count == 0) return 0;
  }
  if (s.substr(at, 2) == " (") {
    at += 2;
    if (ReadWords(s, at, /*capitals_only=*/false, 4).count == 0) return 0;
    if (at >= s.size() || s[at] != ')') return 0;
    ++at;
  }
  if (at >= s.size() || s[at] != ' ') return 0;
  ++at;
  const std::size_t dash = DashBytes(s, at);
  if (dash == 0) return 0;
  at += dash;
  if (at >= s.size() || s[at] != ' ') return 0;
  while (at < s.size() && s[at] == ' ') ++at;
  if (at >= sentence.size()) return 0;
  return at;
}

}  // namespace precis::summarize
