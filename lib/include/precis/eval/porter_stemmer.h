// Porter's stemming algorithm (M.F. Porter, "An algorithm for suffix
// stripping", Program 14(3), 1980), in the form of Porter's own reference
// implementation: the 1980 rules plus the two later step-2 rules
// "bli" -> "ble" and "logi" -> "log", and a word-initial "y" always a
// consonant. This is not Snowball's English ("Porter2") stemmer.
//
// ROUGE-1.5.5 ships that implementation with one change to step 4 (by its
// author, 2004): the suffixes "ment" and "ent" are taken out of the step-4
// list and tried afterwards, one after the other, so that "environmental"
// loses "al" and then "ment" ("environ", where Porter gives "environment"),
// and "representation" loses "ate" and then "ent". PorterVariant::kRouge155
// reproduces that.
//
//   std::string stem = precis::eval::PorterStem("generalization");  // "gener"
//
// For ROUGE-1.5.5's full stemming rule (length > 3, WordNet exceptions first)
// use RougeOptions::stem in rouge.h.
#pragma once

#include <string>
#include <string_view>

#include "precis/export.h"

namespace precis::eval {

enum class PorterVariant {
  kReference,  // Porter's own reference implementation (tartarus.org)
  kRouge155,   // as ROUGE-1.5.5 modified it (step 4, see above)
};

// Stems one lowercase ASCII word (letters and digits). Words shorter than 3
// characters come back unchanged; characters other than a-z are treated as
// consonants.
PRECIS_EXPORT std::string PorterStem(std::string_view word, PorterVariant variant = PorterVariant::kReference);

}  // namespace precis::eval
