// Comparing two texts: scores, matched passages and sentence coverage in one call.
//
//   precis::Result<precis::overlap::Comparer> comparer =
//       precis::overlap::Comparer::Create({});            // English, word 5-shingles
//   precis::overlap::PreparedText a = comparer->Prepare(text_a);
//   precis::overlap::PreparedText b = comparer->Prepare(text_b);
//   precis::overlap::Comparison c = comparer->Compare(a, b);
//   std::cout << c.scores.containment_a << "\n";       // how much of A is in B
//   for (const auto& p : c.passages) std::cout << p.a.In(text_a) << "\n";
//
// Prepare analyzes and shingles a text once (keep it to compare one text with
// many); Compare is then pure and cheap. The texts must outlive their
// PreparedText, which refers to them.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/overlap/common_filter.h"
#include "precis/overlap/coverage.h"
#include "precis/overlap/passages.h"
#include "precis/overlap/scores.h"
#include "precis/sketch/shingles.h"
#include "precis/text/analyzer.h"
#include "precis/export.h"

namespace precis::overlap {

// Word shingle size precis-compare uses by default: 5, measured (docs/compare.md)
// to rank reused text best while chance 5-word matches between unrelated news
// articles stay near zero.
inline constexpr std::uint32_t kDefaultShingleSize = 5;

struct CompareOptions {
  // Language and stemming of the analysis (see text/analyzer.h).
  text::AnalyzerOptions analyzer;
  // How texts are cut into shingles (see sketch/shingles.h). Word 5-shingles,
  // stopwords kept, a scraped page's furniture left out (skip_furniture), so
  // two articles of one site do not overlap by its menu and footer.
  sketch::ShingleOptions shingles = {.size = kDefaultShingleSize};
  // How runs of shared shingles become passages.
  PassageOptions passages;
  // Compute passages / sentence coverage (scores are always computed).
  bool find_passages = true;
  bool cover_sentences = true;
};

struct PRECIS_EXPORT PreparedText {
  std::string_view text;
  text::Analysis analysis;
  std::vector<sketch::Shingle> shingles;  // in text order, common ones removed
  std::vector<std::uint64_t> set;         // sorted distinct hashes of `shingles`
  std::size_t common_removed = 0;         // shingles the CommonFilter dropped
  std::size_t units = 0;                  // words (or code points) shingled
};

struct Comparison {
  OverlapScores scores;
  std::vector<Passage> passages;  // empty unless find_passages
  // The share of A's words (Analysis tokens) that lie inside a reported
  // passage, in [0, 1]: how much of A's text is found in B as passages. 0 when
  // A has no words or find_passages is off.
  double passage_coverage_a = 0;
  // The same for B's words inside the passages' B spans.
  double passage_coverage_b = 0;
  std::vector<SentenceCoverage> coverage;  // of A's sentences; empty unless cover_sentences
  // True when A or B had fewer units than the shingle size and so became
  // one short shingle (the documented fallback), or had no units at all.
  bool short_text = false;
};

class PRECIS_EXPORT Comparer {
 public:
  // Fails when the options are invalid (kInvalidArgument) or ICU data is missing.
  static Result<Comparer> Create(const CompareOptions& options);

  Comparer(Comparer&&) noexcept;
  Comparer& operator=(Comparer&&) noexcept;
  ~Comparer();

  // Drops the filter's shingles from every text prepared afterwards.
  void SetCommonFilter(CommonFilter filter);

  // Analyzes and shingles `text` (valid UTF-8). Not thread-safe (one analyzer).
  PreparedText Prepare(std::string_view text);
  // Same, reusing `prepared`'s buffers.
  void Prepare(std::string_view text, PreparedText& prepared);

  // Compares A with B. Pure; thread-safe for distinct outputs.
  Comparison Compare(const PreparedText& a, const PreparedText& b) const;

  const CompareOptions& options() const;
  // The analyzer Prepare uses (for loading a CommonFilter with the same analysis).
  text::Analyzer& analyzer();

 private:
  struct Impl;
  explicit Comparer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::overlap
