// Output pieces every app writes the same way.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "common/cli.h"
#include "common/inputs.h"

namespace precis::cli {

// `text` with each line break (LF, CRLF, CR, U+2028, U+2029) replaced by one
// space, so a sentence or passage prints on one line.
std::string FoldLineBreaks(std::string_view text);

// Reports a bad input item: a one-line diagnostic on `err` (unless quiet) and,
// in JSONL output, an {"id", "error"} record on `out` so the stream keeps one
// record per input.
void WriteErrorRecord(const InputItem& item, Format format, std::string_view app, bool quiet,
                      std::ostream& out, std::ostream& err);

// Prints the item's decoder warnings on `err` unless quiet.
void ReportWarnings(const InputItem& item, std::string_view app, bool quiet, std::ostream& err);

}  // namespace precis::cli
