// Porter's stemming algorithm (M.F. Porter, "An algorithm for suffix
// stripping", Program 14(3), 1980), in the form of Porter's own reference
// implementation that ROUGE-1.5.5 uses: the 1980 rules plus the two later
// step-2 rules "bli" -> "ble" and "logi" -> "log", and a word-initial "y"
// always a consonant. This is not Snowball's English ("Porter2") stemmer.
//
//   std::string stem = precis::eval::PorterStem("generalization");  // "gener"
//
// For ROUGE-1.5.5's full stemming rule (length > 3, WordNet exceptions first)
// use RougeOptions::stem in rouge.h.
#pragma once

#include <string>
#include <string_view>

namespace precis::eval {

// Stems one lowercase ASCII word (letters and digits). Words shorter than 3
// characters come back unchanged; so do characters other than a-z, which the
// rules treat as consonants.
std::string PorterStem(std::string_view word);

}  // namespace precis::eval
