// Sentence boundaries by the UAX #29 rules, from ICU or computed directly.
//
// ICU's sentence iterator is the reference, but on news text it was the
// slowest stage of analysis (a UTF-16 copy, then a rule-table state machine
// per character). Without Extend and Format characters (combining marks, the
// BOM, zero-width joiners) the UAX #29 sentence rules reduce to a short scan
// after each full stop, which DirectSentenceBoundaries implements with ICU's
// own Sentence_Break property values. A differential test checks it against
// ICU on the corpus, on bbc-dev when present, on random text and on every
// code point in several contexts.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/unicode_util.h"

namespace precis::text {

// Whether `iterator` runs ICU's root sentence rules, the ones the direct
// scan reproduces (some locales, such as Greek, tailor them).
bool HasRootSentenceRules(icu::BreakIterator& iterator);

// The sentence boundaries of `text` (valid UTF-8) after offset 0, as byte
// offsets, the last being text.size() (none for empty text): what ICU's
// iterator returns. Returns false when `text` holds a character of
// Sentence_Break class Extend or Format, which the direct scan leaves to ICU;
// `ends` is then unspecified.
bool DirectSentenceBoundaries(std::string_view text, std::vector<std::uint32_t>& ends);

// The same from ICU: `iterator` is a sentence instance, `utf16` scratch space.
void IcuSentenceBoundaries(icu::BreakIterator& iterator, Utf16Copy& utf16, std::string_view text,
                           std::vector<std::uint32_t>& ends);

}  // namespace precis::text
