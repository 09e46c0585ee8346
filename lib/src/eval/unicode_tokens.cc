#include "eval/unicode_tokens.h"

#include "precis/eval/rouge.h"
#include "text/stopwords.h"
#include "text/unicode_util.h"

namespace precis::eval {

Result<UnicodeTokens> UnicodeTokens::Create(const std::string& language, bool stem,
                                            bool remove_stopwords) {
  // Removing nothing while the user asked for stop-word removal would be a
  // silent change of the measure.
  if (remove_stopwords && !text::HasStopwords(language)) {
    return InvalidArgument("no stop word list for language '" + language +
                           "' (lists: en de fr es it pt nl ru sv ja zh)");
  }
  Result<text::Analyzer> analyzer = text::Analyzer::Create({.language = language, .stem = stem});
  if (!analyzer.ok()) return analyzer.status();
  return UnicodeTokens(std::move(analyzer).value(), remove_stopwords);
}

void UnicodeTokens::Append(std::string_view line, std::vector<std::uint32_t>& tokens,
                           std::vector<std::string>& names) {
  analyzer_.Analyze(line, analysis_);
  for (const text::Token& token : analysis_.tokens) {
    if (remove_stopwords_ && token.stopword()) continue;
    // The term id is the hash of the normalized form; its text is only
    // needed once per word type (for RougeScorer::Tokens).
    const auto [it, inserted] = ids_.emplace(token.term, static_cast<std::uint32_t>(names.size()));
    if (inserted) names.push_back(analyzer_.Normalize(token.span.In(line)));
    tokens.push_back(it->second);
  }
}

std::string_view DropPartialUtf8Tail(std::string_view text) {
  // The last lead byte is at most 3 bytes back (sequences are <= 4 bytes).
  std::size_t lead = text.size();
  for (std::size_t back = 0; back < 4 && lead > 0; ++back) {
    --lead;
    const auto byte = static_cast<unsigned char>(text[lead]);
    if ((byte & 0xC0) != 0x80) {
      const std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      return lead + length <= text.size() ? text : text.substr(0, lead);
    }
  }
  return text;
}

bool HasLettersOutsideAscii(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const text::CodePoint point = text::CodePointAt(text, i);
    if (u_isalnum(point.value)) return true;
    i += point.length > 0 ? point.length : 1;
  }
  return false;
}

}  // namespace precis::eval
