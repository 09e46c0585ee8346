#include "common/records.h"

#include <cstdio>
#include <ostream>

#include "precis/io/jsonl.h"

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

std::string FoldLineBreaks(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      folded.push_back(' ');
    } else if (c == '\n') {
      folded.push_back(' ');
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      folded.push_back(' ');
      i += 2;
    } else {
      folded.push_back(c);
    }
  }
  return folded;
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
