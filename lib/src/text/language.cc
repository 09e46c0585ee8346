#include "precis/text/language.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace precis::text {
namespace {

struct NamedLanguage {
  std::string_view code;
  std::string_view name;  // English name, lower case
};

// The languages with stopwords and a stemmer (stopwords.cc); ja and zh have
// stopwords and ICU dictionaries but no stemmer, which they do not need.
constexpr std::array kFullySupported = {
    NamedLanguage{"en", "english"},    NamedLanguage{"de", "german"},
    NamedLanguage{"fr", "french"},     NamedLanguage{"es", "spanish"},
    NamedLanguage{"it", "italian"},    NamedLanguage{"pt", "portuguese"},
    NamedLanguage{"nl", "dutch"},      NamedLanguage{"ru", "russian"},
    NamedLanguage{"sv", "swedish"},    NamedLanguage{"ja", "japanese"},
    NamedLanguage{"zh", "chinese"},
};

// Names users type for languages ICU segments and Snowball stems, beyond the
// fully supported ones.
constexpr std::array kOtherNames = {
    NamedLanguage{"da", "danish"},  NamedLanguage{"fi", "finnish"},
    NamedLanguage{"hu", "hungarian"}, NamedLanguage{"no", "norwegian"},
    NamedLanguage{"ro", "romanian"}, NamedLanguage{"tr", "turkish"},
    NamedLanguage{"ar", "arabic"},  NamedLanguage{"th", "thai"},
    NamedLanguage{"ko", "korean"},  NamedLanguage{"el", "greek"},
    NamedLanguage{"pl", "polish"},  NamedLanguage{"cs", "czech"},
    NamedLanguage{"uk", "ukrainian"}, NamedLanguage{"he", "hebrew"},
    NamedLanguage{"hi", "hindi"},
};

bool IcuKnowsLanguage(const std::string& code) {
  for (const char* const* known = uloc_getISOLanguages(); *known != nullptr; ++known) {
    if (code == *known) return true;
  }
  return false;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::string_view CodeForName(std::string_view name) {
  for (const auto& table : {std::span<const NamedLanguage>(kFullySupported),
                            std::span<const NamedLanguage>(kOtherNames)}) {
    for (const NamedLanguage& language : table) {
      if (language.name == name) return language.code;
    }
  }
  return {};
}

}  // namespace

std::string FullySupportedLanguages() {
  std::string list;
  for (const NamedLanguage& language : kFullySupported) {
    if (!list.empty()) list += ", ";
    list += language.code;
  }
  return list;
}

Result<std::string> CanonicalLanguage(std::string_view tag) {
  // The primary subtag ends at the first BCP 47 or POSIX separator.
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_.@"));
  const std::string code = Lower(primary);
  const bool letters = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  if (letters && code.size() <= 3 && IcuKnowsLanguage(code)) return code;

  std::string message = "unknown language '" + std::string(tag) + "'";
  if (const std::string_view suggestion = CodeForName(Lower(tag)); !suggestion.empty()) {
    message += " (did you mean '" + std::string(suggestion) + "'?)";
  }
  message += ": give an ISO 639 code, optionally with a region (de, de-DE, de_DE.UTF-8); "
             "stopwords and stemming for " +
             FullySupportedLanguages() + ", segmentation for every language ICU knows";
  return InvalidArgument(message);
}

}  // namespace precis::text
