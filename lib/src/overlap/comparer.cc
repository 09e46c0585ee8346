#include "precis/overlap/comparer.h"

#include <algorithm>

namespace precis::overlap {
namespace {

// Share of `analysis`'s tokens inside the union of `spans`.
double TokenCoverage(const text::Analysis& analysis, std::vector<ByteSpan> spans) {
  if (analysis.tokens.empty() || spans.empty()) return 0;
  std::sort(spans.begin(), spans.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
  std::size_t covered = 0;
  std::size_t s = 0;
  std::uint32_t reach = 0;  // end of the union of spans started so far
  for (const text::Token& token : analysis.tokens) {
    while (s < spans.size() && spans[s].begin <= token.span.begin)
      reach = std::max(reach, spans[s++].end);
    if (token.span.end <= reach) ++covered;
  }
  return static_cast<double>(covered) / static_cast<double>(analysis.tokens.size());
}

}  // namespace

struct Comparer::Impl {
  CompareOptions options;
  text::Analyzer analyzer;
  CommonFilter filter;
};

Comparer::Comparer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Comparer::Comparer(Comparer&&) noexcept = default;
Comparer& Comparer::operator=(Comparer&&) noexcept = default;
Comparer::~Comparer() = default;

Result<Comparer> Comparer::Create(const CompareOptions& options) {
  if (Status status = sketch::ValidateShingleOptions(options.shingles); !status.ok()) return status;
  Result<text::Analyzer> analyzer = text::Analyzer::Create(options.analyzer);
  if (!analyzer.ok()) return analyzer.status();
  return Comparer(std::unique_ptr<Impl>(new Impl{options, std::move(analyzer).value(), {}}));
}

void Comparer::SetCommonFilter(CommonFilter filter) { impl_->filter = std::move(filter); }

PreparedText Comparer::Prepare(std::string_view text) {
  PreparedText prepared;
  Prepare(text, prepared);
  return prepared;
}

void Comparer::Prepare(std::string_view text, PreparedText& prepared) {
  Impl& impl = *impl_;
  prepared.text = text;
  // Character shingles need no word analysis, but sentence coverage still
  // needs the sentences, and analysis is what finds them.
  impl.analyzer.Analyze(text, prepared.analysis);
  sketch::ExtractShingles(text, prepared.analysis, impl.options.shingles, prepared.shingles);
  if (impl.options.shingles.unit == sketch::ShingleUnit::kWord) {
    std::size_t units = 0;
    for (const text::Token& token : prepared.analysis.tokens) {
      if (impl.options.shingles.keep_stopwords || !token.stopword()) ++units;
    }
    prepared.units = units;
  } else {
    prepared.units = prepared.shingles.empty() ? 0 : prepared.shingles.back().unit_end;
  }
  prepared.common_removed = impl.filter.Apply(prepared.analysis, prepared.shingles);
  prepared.set.clear();
  prepared.set.reserve(prepared.shingles.size());
  for (const sketch::Shingle& shingle : prepared.shingles) prepared.set.push_back(shingle.hash);
  sketch::SortUnique(prepared.set);
}

Comparison Comparer::Compare(const PreparedText& a, const PreparedText& b) const {
  const CompareOptions& options = impl_->options;
  Comparison comparison;
  // One merge gives both the scores and the shared set that passages and
  // coverage probe.
  const std::vector<std::uint64_t> shared = Intersect(a.set, b.set);
  comparison.scores = ScoresFromCounts(a.set.size(), b.set.size(), shared.size());
  comparison.short_text = a.units < options.shingles.size || b.units < options.shingles.size;
  if (options.find_passages) {
    comparison.passages = FindPassages(a.shingles, b.shingles, shared, options.passages);
    std::vector<ByteSpan> spans_a, spans_b;
    for (const Passage& passage : comparison.passages) {
      spans_a.push_back(passage.a);
      spans_b.push_back(passage.b);
    }
    comparison.passage_coverage_a = TokenCoverage(a.analysis, std::move(spans_a));
    comparison.passage_coverage_b = TokenCoverage(b.analysis, std::move(spans_b));
  }
  if (options.cover_sentences) comparison.coverage = CoverSentences(a.analysis, a.shingles, shared);
  return comparison;
}

const CompareOptions& Comparer::options() const { return impl_->options; }
text::Analyzer& Comparer::analyzer() { return impl_->analyzer; }

}  // namespace precis::overlap
