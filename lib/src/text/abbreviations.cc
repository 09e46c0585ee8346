#include "text/abbreviations.h"

#include <algorithm>
#include <array>

namespace precis::text {
namespace {

// Titles, ranks and months as news writes them, for every language: these
// names travel across languages in international news. Entries are sorted so
// lookup is a binary search. "Inc", "Ltd", "Co" and "Corp" are left out on
// purpose: they end sentences as often as they continue them.
constexpr auto kCommon = std::to_array<std::string_view>({
    "Adm", "Apr", "Aug", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Dec", "Det", "Dr", "Dra",
    "Feb", "Fr", "Ft", "Gen", "Gov", "Hon", "Insp", "Jan", "Jr", "Jul", "Jun", "Lt", "Maj",
    "Mar", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Mt", "Nov", "Oct", "Pres", "Prof", "Pvt",
    "Rep", "Reps", "Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "Sr", "Sra", "Srta", "St", "Supt",
    "Ud", "Uds", "approx", "cf", "e.g", "i.e", "vs"});

constexpr auto kGerman = std::to_array<std::string_view>({
    "Abs", "Bd", "Mio", "Mrd", "Nr", "Str", "bzw", "ca", "d.h", "evtl", "ggf", "inkl", "u.a", "vgl",
    "z.B", "zB"});

// "г." (year) needs no entry: single letters never end a sentence. Like
// "etc.", German "usw." and Russian "т.д." and "т.п." are left out on
// purpose: before a capitalised word they usually close a sentence (before a
// lower-case one ICU never splits).
constexpr auto kRussian = std::to_array<std::string_view>({
    "гг", "им", "млн", "млрд", "проф", "руб", "т.е", "т.к", "т.н", "тыс", "ул"});

static_assert(std::ranges::is_sorted(kCommon) && std::ranges::is_sorted(kGerman) &&
              std::ranges::is_sorted(kRussian));

bool Contains(const auto& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

bool IsNonTerminalAbbreviation(std::string_view language, std::string_view word,
                               bool next_starts_with_digit) {
  if (word == "No" || word == "no" || word == "Nos") return next_starts_with_digit;
  if (Contains(kCommon, word)) return true;
  if (language == "de") return Contains(kGerman, word);
  return language == "ru" && Contains(kRussian, word);
}

}  // namespace precis::text
