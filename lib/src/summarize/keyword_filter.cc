#include "summarize/keyword_filter.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

namespace precis::summarize {
namespace {

// Sorted, lower case, for a binary search.
constexpr auto kUntaggable = std::to_array<std::string_view>({
    "a.m",      "according", "added",   "am",        "apr",    "april",     "article", "aug",
    "august",   "bst",       "cent",    "day",       "dec",    "december",  "edt",     "est",
    "feb",      "february",  "fri",     "friday",    "gmt",    "including", "jan",     "january",
    "jul",      "july",      "jun",     "june",      "mar",    "march",     "monday",  "month",
    "mr",       "mrs",       "ms",      "news",      "nov",    "november",  "oct",     "october",
    "p.m",      "people",    "percent", "pm",        "report", "reported",  "said",    "saturday",
    "says",     "sep",       "sept",    "september", "sunday", "thu",       "thur",    "thurs",
    "thursday", "time",      "today",   "told",      "tue",    "tues",      "tuesday", "utc",
    "wed",      "wednesday", "week",    "year",      "years",  "yesterday",
});
static_assert(std::ranges::is_sorted(kUntaggable));

std::size_t CodePoints(std::string_view form) {
  std::size_t count = 0;
  for (char c : form) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool AllHiragana(std::string_view form) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(form.data());
  const auto length = static_cast<std::int32_t>(form.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    UErrorCode error = U_ZERO_ERROR;
    if (uscript_getScript(c, &error) != USCRIPT_HIRAGANA && c != 0x30FC) return false;  // ー
  }
  return true;
}

}  // namespace

bool IsTaggable(std::string_view form, const text::Token& token, std::string_view language) {
  if (token.number()) return false;
  if ((token.flags & text::Token::kIdeographic) != 0) {
    if (CodePoints(form) < 2) return false;
    return !(language == "ja" && AllHiragana(form));
  }
  if (form.size() > 12) return true;  // longer than any listed word
  std::string folded(form);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return !std::binary_search(kUntaggable.begin(), kUntaggable.end(), folded);
}

}  // namespace precis::summarize
