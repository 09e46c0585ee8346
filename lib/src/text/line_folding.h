// Which line breaks of a text end a sentence, and which hard wrapping made.
#pragma once

#include <string>
#include <string_view>

namespace precis::text {

// Replaces the line breaks of hard-wrapped paragraphs with spaces (byte for
// byte, so offsets stay put) and leaves the breaks that end a sentence: blank
// lines; unpunctuated lines before a capitalised one when wrapping did not
// break them (they had room for its first word, they are wider than the
// wrap width, the whole paragraph is short-lined: verse, addresses, or
// fewer than half its lines were full and fewer than a quarter of them go
// on in lower case: a scraped page's lines; the wrap
// width is the longest line but for the longest quarter of the lines,
// counted in characters); breaks around
// list items (a line starting with a bullet or list number, when another line
// of the paragraph starts with the same kind of marker: one such line alone
// may be a dash or a number that wrapping put first) and table rows. A PDF
// copy's page break (page_breaks.h) becomes spaces but for its line breaks;
// when the page ends without end punctuation the paragraph goes on across
// it, as across one line break. `prepared` is a copy of `text` (same size)
// that ICU's sentence rules then see.
void FoldWrappedLines(std::string_view text, std::string& prepared);

}  // namespace precis::text
