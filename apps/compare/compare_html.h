// precis-compare --format html: one self-contained HTML page to read an
// overlap in, written as pairs are compared.
//
//   HtmlReport report(out, {.language = "en"});
//   for (each compared pair) report.AddPair(record);   // one <section> per pair
//   report.Finish();                                    // closes the document
//
// The page has no external assets (inline CSS and a few lines of inline
// script) so it can be mailed. Per pair: the scores in words ("52% of A
// appears in B"), A and B side by side (each paragraph dir="auto", so
// right-to-left text reads right), every passage highlighted in the same
// colour in both columns and linked both ways, A's sentences shaded by
// coverage, and the passage list with byte offsets. Everything taken from the
// inputs (texts, ids, messages) is escaped; invalid UTF-8 in an id becomes
// U+FFFD. Work and output are linear in the text plus the passages and
// sentences (highlights are ranges, never per-character elements); passages
// that overlap are split at each other's boundaries, so tags never cross.
// With several pairs, the sections follow one another in input order, each
// starting a new page when printed (A4).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "compare/compare_records.h"

namespace precis::cli {

struct HtmlOptions {
  // BCP 47 tag for <html lang> (the --lang given for the texts).
  std::string language = "en";
  // What the comparison computed: without passages there are no highlights
  // and no list; without coverage, no sentence shading.
  bool passages = true;
  bool coverage = true;
  // How the texts were cut, for the explanation under the scores, e.g.
  // "5-word shingles".
  std::string shingle_description = "5-word shingles";
};

class HtmlReport {
 public:
  // Writes nothing yet: the head is written with the first pair (its ids
  // make the title), or by Finish when there is none.
  HtmlReport(std::ostream& out, HtmlOptions options);

  HtmlReport(const HtmlReport&) = delete;
  HtmlReport& operator=(const HtmlReport&) = delete;

  // Writes one pair's section. `record` must be complete (a, b, comparison).
  void AddPair(const PairRecord& record);

  // Writes a section saying why the pair could not be compared. An id that
  // could not be read is nullopt.
  void AddError(std::optional<std::string_view> a_id, std::optional<std::string_view> b_id,
                std::string_view message);

  // Closes the document (saying so when no pair was written). Call once.
  void Finish();

 private:
  void BeginOnce(std::string_view title);

  std::ostream& out_;
  HtmlOptions options_;
  bool begun_ = false;
  std::size_t sections_ = 0;
};

}  // namespace precis::cli
