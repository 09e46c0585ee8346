#include "search/search_records.h"

#include <cstdio>
#include <ostream>
#include <string>

#include "common/number_options.h"
#include "common/records.h"
#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

using io::FormatScore;


std::string Range(ByteSpan span) {
  return std::to_string(span.begin) + "-" + std::to_string(span.end);
}

void WriteText(std::string_view query_id, std::string_view query_text,
               const search::QueryResult& result, double min_containment, std::ostream& out) {
  const std::size_t n = result.matches.size();
  out << query_id << ": " << (n == 0 ? "no" : std::to_string(n)) << " article"
      << (n == 1 ? "" : "s") << " contain" << (n == 1 ? "s" : "") << " at least "
      << FormatReal(min_containment) << " of it (" << result.query_shingles << " shingles, "
      << result.candidates << " candidate" << (result.candidates == 1 ? "" : "s") << ")\n";
  const std::vector<text::PageBreak> query_pages = text::FindPageBreaks(query_text);
  for (std::size_t r = 0; r < n; ++r) {
    const search::Match& m = result.matches[r];
    const overlap::OverlapScores& s = m.comparison.scores;
    out << "  " << r + 1 << ". " << m.id << ": contains " << ScoreForPeople(s.containment_a)
        << " of the query, is " << ScoreForPeople(s.containment_b) << " in it; shared shingles "
        << s.shared << " (query " << s.shingles_a << ", article " << s.shingles_b << ")\n";
    const auto& passages = m.comparison.passages;
    const std::vector<text::PageBreak> article_pages = text::FindPageBreaks(m.text);
    for (std::size_t i = 0; i < passages.size(); ++i) {
      const overlap::Passage& p = passages[i];
      out << "     [" << i + 1 << "] query " << Range(p.a) << ", article " << Range(p.b) << ", "
          << p.shared_shingles << " shingles\n";
      const std::string in_query = OneLine(query_text, p.a, query_pages);
      const std::string in_article = OneLine(m.text, p.b, article_pages);
      out << "         \"" << in_query << "\"\n";
      if (in_article != in_query) out << "         article: \"" << in_article << "\"\n";
    }
  }
  out << '\n';
}

void WriteTsv(std::string_view query_id, const search::QueryResult& result, std::ostream& out) {
  for (std::size_t r = 0; r < result.matches.size(); ++r) {
    const search::Match& m = result.matches[r];
    const overlap::OverlapScores& s = m.comparison.scores;
    std::string line;
    io::AppendTsvField(line, query_id);
    line += '\t' + std::to_string(r + 1) + '\t';
    io::AppendTsvField(line, m.id);
    line += '\t' + FormatScore(s.containment_a) + '\t' + FormatScore(s.containment_b) + '\t' +
            FormatScore(s.jaccard) + '\t' + std::to_string(s.shared) + '\t' +
            std::to_string(s.shingles_a) + '\t' + std::to_string(s.shingles_b) + '\t';
    bool first = true;
    for (const overlap::Passage& p : m.comparison.passages) {
      if (!first) line += ',';
      first = false;
      line += Range(p.a) + ':' + Range(p.b);
    }
    out << line << '\n';
  }
}

void WriteJsonl(std::string_view query_id, std::string_view query_text,
                const search::QueryResult& result, std::ostream& out) {
  std::string matches = "[";
  for (std::size_t r = 0; r < result.matches.size(); ++r) {
    const search::Match& m = result.matches[r];
    const overlap::OverlapScores& s = m.comparison.scores;
    std::string passages = "[";
    for (const overlap::Passage& p : m.comparison.passages) {
      if (passages.size() > 1) passages += ',';
      passages += io::JsonObject()
                      .Add("query_start", p.a.begin)
                      .Add("query_end", p.a.end)
                      .Add("article_start", p.b.begin)
                      .Add("article_end", p.b.end)
                      .Add("shingles", p.shared_shingles)
                      .Add("query_text", p.a.In(query_text))
                      .Add("article_text", p.b.In(m.text))
                      .Finish();
    }
    if (matches.size() > 1) matches += ',';
    matches += io::JsonObject()
                   .Add("article", m.id)
                   .Add("rank", static_cast<std::uint64_t>(r + 1))
                   .Add("containment_query", s.containment_a)
                   .Add("containment_article", s.containment_b)
                   .Add("jaccard", s.jaccard)
                   .Add("shared", s.shared)
                   .Add("shingles_query", s.shingles_a)
                   .Add("shingles_article", s.shingles_b)
                   .AddRaw("passages", passages + "]")
                   .Finish();
  }
  out << io::JsonObject()
             .Add("id", query_id)
             .Add("candidates", result.candidates)
             .AddRaw("matches", matches + "]")
             .Finish()
      << '\n';
}

}  // namespace

void WriteQueryAnswer(std::string_view query_id, std::string_view query_text,
                      const search::QueryResult& result, double min_containment, Format format,
                      std::ostream& out) {
  switch (format) {
    case Format::kText:
      WriteText(query_id, query_text, result, min_containment, out);
      break;
    case Format::kTsv:
      WriteTsv(query_id, result, out);
      break;
    case Format::kJsonl:
      WriteJsonl(query_id, query_text, result, out);
      break;
  }
}

void WriteQueryError(const InputItem& item, Format format, std::string_view app, std::ostream& out,
                     std::ostream& err) {
  const std::string message = item.Where() + item.error.message();
  Report(err, app, message, false);
  if (format != Format::kJsonl) return;
  io::JsonObject record;
  if (item.id.empty()) {
    record.AddNull("id");  // the id could not be read
  } else {
    record.Add("id", item.id);
  }
  if (item.line != 0) record.Add("line", item.line);
  out << record.Add("error", message).Finish() << '\n';
}

void WriteSearchTsvHeader(std::ostream& out) {
  out << "query\trank\tarticle\tcontainment_query\tcontainment_article\tjaccard\tshared"
         "\tshingles_query\tshingles_article\tpassages\n";
}

}  // namespace precis::cli
