#pragma once
#include <string_view>
namespace precis::text {
// True when `folded_word` (NFKC case-folded, apostrophes as U+0027) is a stopword of
// `language` (ISO 639-1 code: en, de, fr, es, it, pt, nl, ru, sv, ja, zh). Unknown languages have none.
bool IsStopword(std::string_view language, std::string_view folded_word);
// True when precis ships a stopword list for `language`.
bool HasStopwords(std::string_view language);
}
