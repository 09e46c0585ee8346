// Whether a break iterator runs ICU's root rules. The segmenters' fast paths
// reproduce the root rules only; locales may tailor them (Greek sentences;
// Finnish and Swedish words, where ':' joins letters as in "EU:n"), and then
// ICU must do all the work.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>

namespace precis::text {

// Whether `iterator`, of kind `type` (UBRK_WORD or UBRK_SENTENCE), holds
// exactly the rules of root's iterator of that kind.
bool HasRootRules(icu::BreakIterator& iterator, UBreakIteratorType type);

}  // namespace precis::text
