#include "precis/overlap/common_filter.h"

#include <algorithm>
#include <sstream>

#include "precis/io/input_file.h"
#include "precis/overlap/scores.h"
#include "precis/text/decode.h"
#include "precis/tfidf/idf_model.h"

namespace precis::overlap {
namespace {

std::vector<std::uint64_t> CommonKeys(const tfidf::IdfModel& model, double share) {
  std::vector<std::uint64_t> keys;
  const double documents = static_cast<double>(model.document_count());
  if (documents == 0) return keys;
  for (const auto& [key, df] : model.Entries()) {
    if (static_cast<double>(df) >= share * documents) keys.push_back(key);
  }
  return keys;  // Entries() is sorted by key
}

}  // namespace

std::string ShingleUnitName(const sketch::ShingleOptions& options) {
  return std::string("shingle-") + (options.unit == sketch::ShingleUnit::kChar ? "char" : "word") +
         "-" + std::to_string(options.size) + "-" + std::to_string(options.seed);
}

Result<CommonFilter> CommonFilter::Load(const std::string& path,
                                        const sketch::ShingleOptions& shingle_options,
                                        text::Analyzer& analyzer,
                                        const CommonFilterOptions& options) {
  if (!(options.common_share > 0 && options.common_share <= 1)) {
    return InvalidArgument("common share must be in (0, 1]");
  }
  std::string bytes;
  if (Status read = io::ReadFileBytes(path, bytes); !read.ok()) {
    return Status(read.code(), path + ": " + read.message());
  }

  CommonFilter filter;
  filter.shingle_options_ = shingle_options;
  const std::string magic = std::string(tfidf::kIdfFormatName) + " ";
  if (bytes.starts_with(magic)) {
    Result<tfidf::IdfModel> model = tfidf::IdfModel::Parse(bytes, path);
    if (!model.ok()) return model.status();
    const tfidf::IdfSettings& settings = model->settings();
    const text::AnalyzerOptions& analysis = analyzer.options();
    if (settings.language != analysis.language || settings.stem != analysis.stem) {
      return FormatMismatch(path + ": IDF model for language '" + settings.language +
                            (settings.stem ? "' (stemmed)" : "' (unstemmed)") +
                            ", but the texts are analyzed as '" + analysis.language +
                            (analysis.stem ? "' (stemmed)" : "' (unstemmed)"));
    }
    if (settings.unit == tfidf::kIdfUnitTerm) {
      if (shingle_options.unit != sketch::ShingleUnit::kWord) {
        return FormatMismatch(path + ": a term IDF model cannot filter character shingles");
      }
      filter.common_terms_ = CommonKeys(*model, options.common_share);
    } else if (settings.unit == ShingleUnitName(shingle_options)) {
      filter.common_shingles_ = CommonKeys(*model, options.common_share);
    } else {
      return FormatMismatch(path + ": IDF model of unit '" + settings.unit +
                            "', expected 'term' or '" + ShingleUnitName(shingle_options) + "'");
    }
    return filter;
  }

  // A phrase list. It must be text: a damaged model or a binary file would
  // otherwise pass silently as a list of useless phrases.
  Result<text::DecodedText> decoded = text::Decode(bytes, {});
  if (!decoded.ok()) {
    return FormatMismatch(path + ": neither a precis-idf model nor a phrase list: " +
                          decoded.status().message());
  }
  filter.phrase_list_ = true;
  std::istringstream lines(decoded->text);
  std::string line;
  text::Analysis analysis;
  std::vector<sketch::Shingle> shingles;
  // A listed phrase is often a line of furniture itself ("Share this article").
  sketch::ShingleOptions phrase_options = shingle_options;
  phrase_options.skip_furniture = false;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    analyzer.Analyze(line, analysis);
    sketch::ExtractShingles(line, analysis, phrase_options, shingles);
    for (const sketch::Shingle& shingle : shingles) filter.common_shingles_.push_back(shingle.hash);
    if (shingle_options.unit == sketch::ShingleUnit::kWord && !analysis.tokens.empty() &&
        analysis.tokens.size() < shingle_options.size) {
      std::vector<std::uint64_t> terms;
      for (const text::Token& token : analysis.tokens) terms.push_back(token.term);
      filter.short_phrases_.push_back(std::move(terms));
    }
  }
  sketch::SortUnique(filter.common_shingles_);
  return filter;
}

std::size_t CommonFilter::Apply(const text::Analysis& analysis,
                                std::vector<sketch::Shingle>& shingles) const {
  if (empty()) return 0;
  const bool words = shingle_options_.unit == sketch::ShingleUnit::kWord;
  auto common = [&](const sketch::Shingle& shingle) {
    if (Contains(common_shingles_, shingle.hash)) return true;
    if (common_terms_.empty() || !words) return false;
    for (std::uint32_t t = shingle.unit_begin; t < shingle.unit_end && t < analysis.tokens.size();
         ++t) {
      const text::Token& token = analysis.tokens[t];
      if (!shingle_options_.keep_stopwords && token.stopword()) continue;
      if (!Contains(common_terms_, token.term)) return false;
    }
    return true;
  };
  const std::size_t before = shingles.size();
  if (!phrase_list_ || !words) {
    std::erase_if(shingles, common);
    return before - shingles.size();
  }
  // Words inside listed phrases: those of the common shingles, and the exact
  // occurrences of phrases too short to make a shingle.
  std::vector<bool> boilerplate(analysis.tokens.size(), false);
  auto mark = [&](std::size_t begin, std::size_t end) {
    for (std::size_t t = begin; t < end && t < boilerplate.size(); ++t) boilerplate[t] = true;
  };
  for (const sketch::Shingle& shingle : shingles) {
    if (common(shingle)) mark(shingle.unit_begin, shingle.unit_end);
  }
  for (const std::vector<std::uint64_t>& phrase : short_phrases_) {
    for (std::size_t t = 0; t + phrase.size() <= analysis.tokens.size(); ++t) {
      std::size_t i = 0;
      while (i < phrase.size() && analysis.tokens[t + i].term == phrase[i]) ++i;
      if (i == phrase.size()) mark(t, t + phrase.size());
    }
  }
  std::erase_if(shingles, [&](const sketch::Shingle& shingle) {
    for (std::uint32_t t = shingle.unit_begin; t < shingle.unit_end; ++t) {
      if (t >= boilerplate.size() || !boilerplate[t]) return false;
    }
    return shingle.unit_end > shingle.unit_begin;
  });
  return before - shingles.size();
}

}  // namespace precis::overlap
