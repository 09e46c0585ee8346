#include "common/records.h"

#include <cstdio>
#include <ostream>

#include "precis/io/jsonl.h"
#include "precis/text/line_hyphens.h"

namespace precis::cli {

std::string ScoreForPeople(double score) {
  if (score <= 0.0) return "0";
  if (score >= 1.0) return "1";
  if (score < 0.0005) return "<0.001";
  if (score >= 0.9995) return ">0.999";
  char text[16];
  std::snprintf(text, sizeof text, "%.3f", score);
  return text;
}

std::string OneLine(std::string_view text, ByteSpan span,
                    std::span<const text::PageBreak> page_breaks) {
  return text::ReadableText(text, span, {}, page_breaks);
}

void WriteErrorRecord(const InputItem& item, Format format, std::string_view app, bool quiet,
                      std::ostream& out, std::ostream& err) {
  Report(err, app, item.Where() + item.error.message(), quiet);
  if (format != Format::kJsonl) return;
  io::JsonObject record;
  if (item.id.empty()) {
    record.AddNull("id");
  } else {
    record.Add("id", item.id);
  }
  if (item.line != 0) record.Add("line", item.line);
  record.Add("error", item.error.message());
  out << record.Finish() << '\n';
}

void ReportWarnings(const InputItem& item, std::string_view app, bool quiet, std::ostream& err) {
  for (const std::string& warning : item.warnings) Report(err, app, item.Where() + warning, quiet);
}

}  // namespace precis::cli
