#include "common/sentence_text.h"

#include "precis/tfidf/idf_model.h"

namespace precis::cli {

SentenceText::SentenceText(std::string_view language) {
  if (language != "en") return;
  Result<text::Analyzer> analyzer =
      text::Analyzer::Create({.language = tfidf::IdfModel::BuiltIn().settings().language,
                              .stem = tfidf::IdfModel::BuiltIn().settings().stem});
  if (analyzer.ok()) analyzer_ = std::move(analyzer).value();
}

void SentenceText::Reset(std::string_view text) {
  text_ = text;
  // Cheap when there is none: FindLineEndHyphens only looks at line ends.
  page_breaks_ = text::FindPageBreaks(text);
  hyphens_ = text::FindLineEndHyphens(text, page_breaks_,
                                      [this](std::string_view word) { return IsKnownWord(word); });
}

std::string SentenceText::Of(ByteSpan span) const {
  return text::ReadableText(text_, span, hyphens_, page_breaks_);
}

bool SentenceText::IsKnownWord(std::string_view word) {
  if (!analyzer_) return false;
  // Any document frequency in the model: it keeps terms seen in 2+ articles.
  return tfidf::IdfModel::BuiltIn().DocumentFrequency(text::HashTerm(analyzer_->Normalize(word))) >
         0;
}

}  // namespace precis::cli
