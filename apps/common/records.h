// Output pieces every app writes the same way.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "common/cli.h"
#include "common/inputs.h"
#include "precis/core/span.h"
#include "precis/text/page_breaks.h"

namespace precis::cli {

// `span` of `text` on one line, for people: each line break (LF, CRLF, CR,
// U+2028, U+2029) as one space, and each of `page_breaks` (a PDF copy's page
// furniture, text::FindPageBreaks(text)) inside it as one space.
std::string OneLine(std::string_view text, ByteSpan span,
                    std::span<const text::PageBreak> page_breaks = {});

// A score for people: three decimals, so columns of figures read alike
// ("0.520", not "0.52" beside "0.472222"). Rounding never turns a partial
// overlap into "1" or a trace of one into "0": those two mean exactly all and
// exactly nothing, and are printed bare. Scripts get full precision in tsv/jsonl.
std::string ScoreForPeople(double score);

// Reports a bad input item: a one-line diagnostic on `err` (unless quiet) and,
// in JSONL output, an {"id", "error"} record on `out` so the stream keeps one
// record per input.
void WriteErrorRecord(const InputItem& item, Format format, std::string_view app, bool quiet,
                      std::ostream& out, std::ostream& err);

// Prints the item's decoder warnings on `err` unless quiet.
void ReportWarnings(const InputItem& item, std::string_view app, bool quiet, std::ostream& err);

}  // namespace precis::cli
