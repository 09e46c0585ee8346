#include "summarize/dateline.h"

#include <algorithm>
#include <array>

namespace precis::summarize {
namespace {

// A dateline is short; looking further would only invite false matches.
constexpr std::size_t kMaxDatelineBytes = 80;
// A bare place needs this many letters: "US - China talks" is no dateline.
constexpr int kMinBarePlaceLetters = 3;
// A tokenized "( cnn )" agency needs this many letters: "( a )" is a list.
constexpr std::size_t kMinTokenizedAgencyLetters = 2;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `s` from `at` opens a sentence: a capital or a double quote
// (`digits`: or a digit).
bool OpensSentence(std::string_view s, std::size_t at, bool digits) {
  if (at >= s.size()) return false;
  return IsUpper(s[at]) || (digits && IsDigit(s[at])) || s[at] == '"' ||
         s.substr(at).starts_with("\u201C");
}

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

// An English month name or its abbreviation, with or without a full stop.
bool IsMonth(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  constexpr std::array<std::string_view, 24> kMonths = {
      "Jan", "January",   "Feb", "February", "March", "Mar",      "April",  "Apr",
      "May", "June",      "Jun", "July",     "Jul",   "Aug",      "August", "Sept",
      "Sep", "September", "Oct", "October",  "Nov",   "November", "Dec",    "December"};
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

// After " D" or " DD" (a day of the month) from `at`, or `at` when none.
std::size_t AfterDay(std::string_view s, std::size_t at) {
  if (at + 1 >= s.size() || s[at] != ' ' || !IsDigit(s[at + 1])) return at;
  std::size_t end = at + 2;
  if (end < s.size() && IsDigit(s[end])) ++end;
  if (end < s.size() && IsDigit(s[end])) return at;  // a year or a number, not a day
  return end;
}

// What opens the sentence before the dash: [PLACE [, REGION or DATE]] [(AGENCY)].
struct DatelineHead {
  std::size_t end = 0;     // the byte after it
  int place_capitals = 0;  // 0: no place
  bool region = false;
  bool agency = false;
};

// Reads a DatelineHead from `at`; the place in capitals when `capital_place`,
// else in capitalised words. False when there is none or a part is malformed.
bool ReadDatelineHead(std::string_view s, std::size_t at, bool capital_place, DatelineHead& head) {
  const Words place = ReadWords(s, at, capital_place, 6);
  if (place.count > 0) {
    if (capital_place && place.capitals < 2) return false;
    head.place_capitals = place.capitals;
    if (s.substr(at, 2) == ", ") {
      at += 2;
      const std::size_t region = at;
      const int words = ReadWords(s, at, /*capitals_only=*/false, 4).count;
      if (words == 0) return false;
      head.region = true;
      // Or a date: "LONDON, March 3 (Reuters) - ", "PORT CALLOW, Sept. 14 (Wire) - ".
      if (words == 1 && IsMonth(s.substr(region, at - region))) at = AfterDay(s, at);
    }
  }
  const std::string_view bracket = place.count > 0 ? " (" : "(";
  if (s.substr(at, bracket.size()) == bracket) {
    at += bracket.size();
    if (ReadWords(s, at, /*capitals_only=*/false, 4).count == 0) return false;
    if (at >= s.size() || s[at] != ')') return false;
    ++at;
    head.agency = true;
  }
  head.end = at;
  return place.count > 0 || head.agency;
}

// The length of the dash at `at` ("_", "-", "--", en or em dash), or 0.
std::size_t DashBytes(std::string_view s, std::size_t at) {
  constexpr std::array<std::string_view, 5> kDashes = {"--", "\u2014", "\u2013", "_", "-"};
  for (const std::string_view dash : kDashes) {
    if (s.substr(at, dash.size()) == dash) return dash.size();
  }
  return 0;
}

// The end of " DASH " and the spaces after it from `at`, or 0. `bare`: the
// dash follows a place alone, where a hyphen or en dash joins names.
std::size_t AfterDash(std::string_view s, std::size_t at, bool bare) {
  // A space, or the line break where the wrap put the dash first on a line.
  if (at >= s.size() || !IsSpace(s[at])) return 0;
  while (at < s.size() && IsSpace(s[at])) ++at;
  const std::size_t dash = DashBytes(s, at);
  if (dash == 0) return 0;
  const std::string_view dash_text = s.substr(at, dash);
  if (bare && (dash_text == "-" || dash_text == "\u2013")) return 0;
  at += dash;
  if (at >= s.size() || s[at] != ' ') return 0;
  while (at < s.size() && s[at] == ' ') ++at;
  if (bare && !OpensSentence(s, at, /*digits=*/true)) return 0;
  return at;
}

// "PLACE [, REGION] [(AGENCY)] DASH", "(AGENCY) DASH" or "(AGENCY)Text" with
// the place in capitals.
std::size_t WireDateline(std::string_view s, std::size_t at) {
  DatelineHead head;
  if (!ReadDatelineHead(s, at, /*capital_place=*/true, head)) return 0;
  if (head.agency && OpensSentence(s, head.end, /*digits=*/false)) return head.end;
  const bool bare = !head.region && !head.agency;
  if (bare && head.place_capitals < kMinBarePlaceLetters) return 0;
  return AfterDash(s, head.end, bare);
}

// "Title [, Region] (AGENCY)Text": CNN's scraped form, where only the glued
// bracket tells a dateline from "The Pensions Policy Institute (PPI) said".
std::size_t GluedAgencyDateline(std::string_view s, std::size_t at) {
  DatelineHead head;
  if (!ReadDatelineHead(s, at, /*capital_place=*/false, head) || !head.agency) return 0;
  return OpensSentence(s, head.end, /*digits=*/false) ? head.end : 0;
}

// "( cnn ) ": the agency alone in the brackets of tokenized, lower-cased text.
std::size_t TokenizedAgencyDateline(std::string_view s, std::size_t at) {
  if (s.substr(at, 2) != "( ") return 0;
  at += 2;
  const std::size_t word = at;
  bool numeral = true;
  while (at < s.size() && (IsLower(s[at]) || IsUpper(s[at]))) {
    numeral = numeral && (s[at] == 'i' || s[at] == 'v' || s[at] == 'x');
    ++at;
  }
  if (at - word < kMinTokenizedAgencyLetters || numeral) return 0;
  if (s.substr(at, 3) != " ) ") return 0;
  at += 3;
  while (at < s.size() && s[at] == ' ') ++at;
  return at;
}

}  // namespace

std::size_t DatelineBytes(std::string_view sentence) {
  const std::string_view s = sentence.substr(0, kMaxDatelineBytes);
  std::size_t at = 0;
  while (at < s.size() && IsSpace(s[at])) ++at;
  std::size_t end = WireDateline(s, at);
  if (end == 0) end = GluedAgencyDateline(s, at);
  if (end == 0) end = TokenizedAgencyDateline(s, at);
  if (end == 0 || end >= sentence.size()) return 0;
  return end;
}

std::vector<ByteSpan> ShownSpans(std::string_view text, const text::Analysis& analysis,
                                 int headline) {
  std::vector<ByteSpan> shown(analysis.sentences.begin(), analysis.sentences.end());
  // Only an agency story's first sentence opens with a dateline.
  const auto first_body = static_cast<std::size_t>(headline + 1);
  if (first_body >= shown.size()) return shown;
  ByteSpan& span = shown[first_body];
  // Read on into the next sentence: when the wrap put the dateline on a line
  // of its own ("PORT CALLOW, Sept. 14 (Wire)" / "\u2014 The bridge ..."),
  // that line is all dateline and the next sentence starts after its dash.
  const std::uint32_t end = first_body + 1 < shown.size() ? shown[first_body + 1].end : span.end;
  const auto dateline_end =
      span.begin +
      static_cast<std::uint32_t>(DatelineBytes(text.substr(span.begin, end - span.begin)));
  if (dateline_end <= span.end) {
    span.begin = dateline_end;
  } else if (dateline_end > shown[first_body + 1].begin) {
    span.begin = span.end;
    shown[first_body + 1].begin = dateline_end;
  }
  return shown;
}

}  // namespace precis::summarize
