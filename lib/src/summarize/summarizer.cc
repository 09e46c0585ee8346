#include "precis/summarize/summarizer.h"

#include <algorithm>
#include <cmath>

#include "precis/text/analyzer.h"
#include "precis/tfidf/idf_model.h"
#include "summarize/dateline.h"
#include "summarize/document_terms.h"
#include "summarize/headline.h"
#include "summarize/keywords.h"
#include "summarize/scorers.h"
#include "summarize/selector.h"
#include "summarize/sentence_filter.h"

namespace precis::summarize {
namespace {

constexpr std::pair<Method, std::string_view> kMethodNames[] = {
    {Method::kTfidf, "tfidf"},       {Method::kCentroid, "centroid"},
    {Method::kTextRank, "textrank"}, {Method::kLexRank, "lexrank"},
    {Method::kLead, "lead"},
};

bool InUnitInterval(double x) { return std::isfinite(x) && x >= 0 && x <= 1; }

Status Validate(const SummarizerOptions& options) {
  const Budget& budget = options.budget;
  if (budget.sentences == 0 && budget.ratio == 0 && budget.words == 0 && budget.bytes == 0) {
    return InvalidArgument("budget: sentences must be at least 1");
  }
  if (!(std::isfinite(budget.ratio) && budget.ratio >= 0 && budget.ratio <= 1)) {
    return InvalidArgument("budget: ratio must be in (0, 1]");
  }
  if (budget.bytes > 0 && budget.bytes < 4) {
    return InvalidArgument("budget: bytes must be at least 4 (one character of any script)");
  }
  if (!InUnitInterval(options.position_weight)) {
    return InvalidArgument("position weight must be in [0, 1]");
  }
  if (!(std::isfinite(options.position_scale) && options.position_scale > 0)) {
    return InvalidArgument("position scale must be greater than 0");
  }
  if (!(options.headline_weight >= 0 && options.headline_weight <= kMaxHeadlineWeight)) {
    return InvalidArgument("headline weight must be in [0, 100]");
  }
  if (!InUnitInterval(options.diversity)) return InvalidArgument("diversity must be in [0, 1]");
  if (!InUnitInterval(options.input_idf)) return InvalidArgument("input IDF must be in [0, 1]");
  return Status::Ok();
}

}  // namespace

Result<Method> ParseMethod(std::string_view name) {
  for (const auto& [method, method_name] : kMethodNames) {
    if (name == method_name) return method;
  }
  return InvalidArgument("unknown method '" + std::string(name) +
                         "' (tfidf, centroid, textrank, lexrank or lead)");
}

std::string_view MethodName(Method method) {
  for (const auto& [m, name] : kMethodNames) {
    if (m == method) return name;
  }
  return "tfidf";
}

struct Summarizer::Impl {
  SummarizerOptions options;
  const tfidf::IdfModel* idf;
  text::Analyzer analyzer;
  text::Analysis analysis;
  DocumentTermsBuilder builder;
  DocumentTerms terms;
};

Summarizer::Summarizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Summarizer::Summarizer(Summarizer&&) noexcept = default;
Summarizer& Summarizer::operator=(Summarizer&&) noexcept = default;
Summarizer::~Summarizer() = default;

Result<Summarizer> Summarizer::Create(const SummarizerOptions& options,
                                      const tfidf::IdfModel* idf) {
  if (Status status = Validate(options); !status.ok()) return status;
  const tfidf::IdfSettings wanted{.language = options.language, .stem = options.stem};
  if (idf == nullptr && wanted == tfidf::IdfModel::BuiltIn().settings()) {
    idf = &tfidf::IdfModel::BuiltIn();
  }
  if (idf != nullptr) {
    if (Status status = idf->CheckSettings(wanted, "IDF model"); !status.ok()) return status;
  }
  Result<text::Analyzer> analyzer =
      text::Analyzer::Create({.language = options.language, .stem = options.stem});
  if (!analyzer.ok()) return analyzer.status();
  return Summarizer(std::unique_ptr<Impl>(
      new Impl{options, idf, std::move(analyzer).value(), {}, {}, {}}));
}

Summary Summarizer::Summarize(std::string_view text) {
  impl_->analyzer.Analyze(text, impl_->analysis);
  return Summarize(text, impl_->analysis);
}

Summary Summarizer::Summarize(std::string_view text, const text::Analysis& analysis) {
  Impl& impl = *impl_;
  Summary summary;
  summary.sentence_count = analysis.sentences.size();
  if (analysis.sentences.empty()) return summary;
  const int headline = FindHeadline(text, analysis);
  summary.has_headline = headline >= 0;
  impl.builder.Build(analysis, impl.idf, impl.options.input_idf, headline, impl.terms);

  const std::vector<SentenceFit> fit = JudgeSentences(text, analysis, headline);
  // A dateline is evidence for scoring but is not shown (dateline.h).
  std::vector<ByteSpan> shown = ShownSpans(text, analysis, headline);
  std::vector<bool> selectable(analysis.sentences.size());
  for (std::size_t s = 0; s < selectable.size(); ++s) {
    // What is shown must be long enough on its own: "LONDON (AP) _ Yes." is short.
    selectable[s] =
        fit[s] == SentenceFit::kFit &&
        TokensFrom(analysis.SentenceTokens(s), shown[s].begin).size() >= kMinSummaryWords;
  }
  if (headline >= 0 && !impl.options.include_headline) {
    selectable[static_cast<std::size_t>(headline)] = false;
  }
  // A text of nothing but unfit sentences is still summarized, by the old
  // rules: every body sentence may be picked.
  if (std::find(selectable.begin(), selectable.end(), true) == selectable.end()) {
    for (std::size_t s = 0; s < selectable.size(); ++s) {
      selectable[s] = static_cast<int>(s) != headline || impl.options.include_headline;
    }
  }
  const std::vector<double> scores =
      ScoreSentences({impl.terms, impl.options, headline, selectable});
  SelectionInput input{text, analysis, impl.terms, scores, std::move(selectable), std::move(shown)};
  summary.sentences = SelectSentences(input, impl.options);
  summary.keywords = TopKeywords(text, analysis, impl.terms,
                                 {impl.options.keywords, headline, impl.options.language});
  return summary;
}

const SummarizerOptions& Summarizer::options() const { return impl_->options; }

}  // namespace precis::summarize
