// Language tags as users write them, reduced to the ISO 639 code precis keys
// its stopword lists, stemmers and segmentation rules on.
//
//   precis::Result<std::string> code = precis::text::CanonicalLanguage("de_DE.UTF-8");
//   // *code == "de"; "klingon" and "german" are kInvalidArgument.
#pragma once

#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {

// The lower-case ISO 639 code of `tag`, which may be a bare code ("de", "DE",
// "deu" is not mapped), a BCP 47 tag ("de-DE", "zh-Hant-TW") or a POSIX locale
// ("de_DE", "de_DE.UTF-8", "sr_RS@latin"): region, script, variant, charset
// and modifier are dropped. The code must be one ICU knows as a language;
// anything else is kInvalidArgument with a message that lists the languages
// with full support and, for an English language name such as "german",
// suggests its code.
PRECIS_EXPORT Result<std::string> CanonicalLanguage(std::string_view tag);

// "en, de, fr, ...": the languages with a stopword list (and a Snowball
// stemmer), for messages and help.
PRECIS_EXPORT std::string FullySupportedLanguages();

}  // namespace precis::text
