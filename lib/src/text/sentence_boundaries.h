// Sentence boundaries by the UAX #29 rules, from ICU or computed directly.
//
// ICU's sentence iterator is the reference, but on news text it was the
// slowest stage of analysis (a UTF-16 copy, then a rule-table state machine
// per character). Without Extend and Format characters (combining marks, the
// BOM, soft hyphens, zero-width joiners) the UAX #29 sentence rules reduce to
// a short scan after each full stop, which DirectSentenceBoundaries implements
// with ICU's own Sentence_Break property values; SentenceBoundaries uses it
// for every paragraph without such characters and ICU for the others. A
// differential test checks both against ICU on the corpus, on bbc-dev when
// present, on random text and on every code point in several contexts.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "text/unicode_util.h"

namespace precis::text {

// The sentence boundaries of `text` (valid UTF-8) after offset 0, as byte
// offsets, the last being text.size() (none for empty text): what ICU's
// iterator returns. Returns false when `text` holds a character of
// Sentence_Break class Extend or Format, which the direct scan leaves to ICU;
// `ends` is then unspecified.
bool DirectSentenceBoundaries(std::string_view text, std::vector<std::uint32_t>& ends);

// The same from ICU: `iterator` is a sentence instance, `utf16` scratch space.
void IcuSentenceBoundaries(icu::BreakIterator& iterator, Utf16Copy& utf16, std::string_view text,
                           std::vector<std::uint32_t>& ends);

// The same for any valid UTF-8 `text`, given an `iterator` with root rules
// (HasRootRules in text/root_rules.h; tailored rules are ICU's alone):
// the direct scan paragraph by paragraph (a paragraph ends after CR, LF, CR LF,
// NEL, LS or PS), ICU for each paragraph holding an Extend or Format
// character. Equal to IcuSentenceBoundaries because UAX #29 always breaks
// after a paragraph separator (SB4) and no rule looks across one. Returns
// how many bytes of `text` went to ICU.
std::size_t SentenceBoundaries(icu::BreakIterator& iterator, Utf16Copy& utf16,
                               std::string_view text, std::vector<std::uint32_t>& ends);

}  // namespace precis::text
