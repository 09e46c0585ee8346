#include "compare/compare_records.h"

#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "common/records.h"
#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

using io::FormatScore;

std::string Range(ByteSpan span) {
  return std::to_string(span.begin) + "-" + std::to_string(span.end);
}

void WriteText(const PairRecord& r, const RecordOptions& options, std::ostream& out) {
  const overlap::Comparison& c = *r.comparison;
  out << "A: " << r.a_id << "\nB: " << r.b_id << '\n';
  out << "containment of A in B " << ScoreForPeople(c.scores.containment_a) << ", of B in A "
      << ScoreForPeople(c.scores.containment_b) << ", jaccard " << ScoreForPeople(c.scores.jaccard)
      << ", shared shingles " << c.scores.shared << " (A " << c.scores.shingles_a << ", B "
      << c.scores.shingles_b << ")\n";
  if (r.estimate) {
    out << "minhash estimate (" << r.estimate->permutations << " permutations): jaccard "
        << ScoreForPeople(r.estimate->jaccard) << " +- "
        << ScoreForPeople(r.estimate->standard_error) << ", containment of A in B " << ScoreForPeople(r.estimate->containment_a) << '\n';
  }
  if (c.short_text) out << "note: a text shorter than the shingle size was compared whole\n";
  const std::vector<text::PageBreak> a_pages = text::FindPageBreaks(r.a->text);
  const std::vector<text::PageBreak> b_pages = text::FindPageBreaks(r.b->text);
  if (options.passages) {
    out << "passages: " << c.passages.size() << '\n';
    for (std::size_t i = 0; i < c.passages.size(); ++i) {
      const overlap::Passage& p = c.passages[i];
      out << "  [" << i + 1 << "] A " << Range(p.a) << ", B " << Range(p.b) << ", "
          << p.shared_shingles << " shingles";
      if (p.alternatives > 0) {
        out << ", also matches " << p.alternatives << " other place"
            << (p.alternatives == 1 ? "" : "s") << " in B";
      }
      out << '\n';
      const std::string a_text = OneLine(r.a->text, p.a, a_pages);
      const std::string b_text = OneLine(r.b->text, p.b, b_pages);
      out << "      A \"" << a_text << "\"\n";
      if (b_text != a_text) out << "      B \"" << b_text << "\"\n";
    }
  }
  if (options.coverage) {
    // People want the sentences B mostly repeats; the full list is in jsonl.
    constexpr double kMostly = 0.5;
    std::size_t covered = 0;
    for (const overlap::SentenceCoverage& s : c.coverage) covered += s.fraction >= kMostly ? 1 : 0;
    out << "sentences of A mostly in B (coverage >= 0.5): " << covered << " of "
        << c.coverage.size() << '\n';
    for (std::size_t i = 0; i < c.coverage.size(); ++i) {
      const overlap::SentenceCoverage& s = c.coverage[i];
      if (s.fraction < kMostly) continue;
      out << "  #" << i << " A " << Range(s.sentence) << ", coverage " << ScoreForPeople(s.fraction)
          << " \"" << OneLine(r.a->text, s.sentence, a_pages) << "\"\n";
    }
  }
  out << '\n';
}

void WriteTsv(const PairRecord& r, const RecordOptions& options, std::ostream& out) {
  const overlap::Comparison& c = *r.comparison;
  std::string line;
  io::AppendTsvField(line, r.a_id);
  line += '\t';
  io::AppendTsvField(line, r.b_id);
  line += '\t' + FormatScore(c.scores.containment_a) + '\t' + FormatScore(c.scores.containment_b) +
          '\t' + FormatScore(c.scores.jaccard) + '\t' + std::to_string(c.scores.shared) + '\t' +
          std::to_string(c.scores.shingles_a) + '\t' + std::to_string(c.scores.shingles_b) + '\t';
  // Not measured (--no-passages) is an empty field, not 0: the columns stay put.
  if (options.passages) {
    line += std::to_string(c.passages.size()) + '\t' + FormatScore(c.passage_coverage_a) + '\t' +
            FormatScore(c.passage_coverage_b);
  } else {
    line += "\t\t";
  }
  if (r.estimate) {
    line +=
        '\t' + FormatScore(r.estimate->jaccard) + '\t' + FormatScore(r.estimate->standard_error);
  }
  out << line << '\n';
}

void WriteJsonl(const PairRecord& r, const RecordOptions& options, std::ostream& out) {
  const overlap::Comparison& c = *r.comparison;
  io::JsonObject record;
  record.Add("a", r.a_id)
      .Add("b", r.b_id)
      .Add("containment_a", c.scores.containment_a)
      .Add("containment_b", c.scores.containment_b)
      .Add("jaccard", c.scores.jaccard)
      .Add("shared", c.scores.shared)
      .Add("shingles_a", c.scores.shingles_a)
      .Add("shingles_b", c.scores.shingles_b);
  // Not measured (--no-passages) is null, not 0.
  if (options.passages) {
    record.Add("passage_coverage_a", c.passage_coverage_a)
        .Add("passage_coverage_b", c.passage_coverage_b);
  } else {
    record.AddNull("passage_coverage_a").AddNull("passage_coverage_b");
  }
  record.Add("short_text", c.short_text);
  if (r.estimate) {
    record.AddRaw("estimate", io::JsonObject()
                                  .Add("jaccard", r.estimate->jaccard)
                                  .Add("standard_error", r.estimate->standard_error)
                                  .Add("containment_a", r.estimate->containment_a)
                                  .Add("permutations", r.estimate->permutations)
                                  .Finish());
  }
  if (options.passages) {
    std::string list = "[";
    for (const overlap::Passage& p : c.passages) {
      if (list.size() > 1) list += ',';
      list += io::JsonObject()
                  .Add("a_start", p.a.begin)
                  .Add("a_end", p.a.end)
                  .Add("b_start", p.b.begin)
                  .Add("b_end", p.b.end)
                  .Add("shingles", p.shared_shingles)
                  .Add("alternatives", p.alternatives)
                  .Add("a_text", p.a.In(r.a->text))
                  .Add("b_text", p.b.In(r.b->text))
                  .Finish();
    }
    record.AddRaw("passages", list + "]");
  }
  if (options.coverage) {
    std::string list = "[";
    for (const overlap::SentenceCoverage& s : c.coverage) {
      if (list.size() > 1) list += ',';
      list += io::JsonObject()
                  .Add("start", s.sentence.begin)
                  .Add("end", s.sentence.end)
                  .Add("shingles", s.shingles)
                  .Add("shared", s.shared)
                  .Add("coverage", s.fraction)
                  .Finish();
    }
    record.AddRaw("sentences", list + "]");
  }
  out << record.Finish() << '\n';
}

}  // namespace

void WritePairRecord(const PairRecord& record, Format format, const RecordOptions& options,
                     std::ostream& out) {
  switch (format) {
    case Format::kText:
      WriteText(record, options, out);
      break;
    case Format::kTsv:
      WriteTsv(record, options, out);
      break;
    case Format::kJsonl:
      WriteJsonl(record, options, out);
      break;
  }
}

void WriteTsvHeader(bool estimate, std::ostream& out) {
  out << "a\tb\tcontainment_a\tcontainment_b\tjaccard\tshared\tshingles_a\tshingles_b\tpassages"
         "\tpassage_coverage_a\tpassage_coverage_b"
      << (estimate ? "\testimate_jaccard\testimate_stderr" : "") << '\n';
}

void WritePairError(std::optional<std::string_view> a_id, std::optional<std::string_view> b_id,
                    std::string_view message, Format format, std::ostream& out) {
  if (format != Format::kJsonl) return;
  io::JsonObject record;
  for (const auto& [key, id] : {std::pair{"a", a_id}, std::pair{"b", b_id}}) {
    if (id) {
      record.Add(key, *id);
    } else {
      record.AddNull(key);
    }
  }
  out << record.Add("error", message).Finish() << '\n';
}

}  // namespace precis::cli
