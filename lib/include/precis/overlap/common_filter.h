// Boilerplate guard: shingles too common to count as overlap.
//
//   precis::Result<precis::overlap::CommonFilter> filter =
//       precis::overlap::CommonFilter::Load("news.idf", shingle_options, analyzer, {});
//   filter->Apply(analysis, shingles);  // drops datelines, sign-offs, stock phrases
//
// Wire stories share text that says nothing about reuse: datelines, agency
// sign-offs ("Reporting by ...; Editing by ..."), stock phrases. A filter is
// loaded from one of three files:
//  - a precis-idf model of terms (unit "term", precis/tfidf/idf_model.h): a
//    shingle is dropped when every one of its terms occurs in at least
//    `common_share` of the model's documents ("said on the", "one of the");
//  - a precis-idf model whose unit is "shingle-<unit>-<k>-<seed>" (keys are
//    shingle hashes made with the same ShingleOptions): a shingle is dropped
//    when it occurs in at least `common_share` of the documents;
//  - any other text file: a phrase list, one phrase per line (blank lines and
//    lines starting with '#' are skipped); every shingle of every phrase is
//    dropped, and so is any shingle all of whose words lie inside occurrences
//    of listed phrases: one that spans two boilerplate lines in a row
//    ("Share this article" then "Advertisement") is boilerplate too. Phrases
//    shorter than k words count for that through their exact word sequence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "precis/core/status.h"
#include "precis/sketch/shingles.h"
#include "precis/text/analyzer.h"
#include "precis/export.h"

namespace precis::overlap {

struct CommonFilterOptions {
  // Document share, in (0, 1], at or above which a term or shingle of an IDF
  // model counts as common.
  double common_share = 0.1;
};

// The precis-idf unit name of shingle keys made with `options`, e.g.
// "shingle-word-3-0" (unit, size, seed in decimal).
PRECIS_EXPORT std::string ShingleUnitName(const sketch::ShingleOptions& options);

class PRECIS_EXPORT CommonFilter {
 public:
  // A filter that drops nothing.
  CommonFilter() = default;

  // Reads `path` (see the overview). `analyzer` shingles phrase lists and must
  // be the one that analyzes the compared texts. Fails with kIo when the file
  // cannot be read, kFormatMismatch when it is an IDF model of another
  // language, stemming or shingle unit, kInvalidArgument on a bad share.
  static Result<CommonFilter> Load(const std::string& path,
                                   const sketch::ShingleOptions& shingle_options,
                                   text::Analyzer& analyzer, const CommonFilterOptions& options);

  // Removes the common shingles from `shingles` (made from `analysis` with the
  // options given to Load), keeping the others in order, and with a phrase
  // list also those whose words all lie inside listed phrases. Returns how
  // many were removed.
  std::size_t Apply(const text::Analysis& analysis, std::vector<sketch::Shingle>& shingles) const;

  bool empty() const {
    return common_shingles_.empty() && common_terms_.empty() && short_phrases_.empty();
  }

 private:
  sketch::ShingleOptions shingle_options_;
  std::vector<std::uint64_t> common_shingles_;  // sorted
  std::vector<std::uint64_t> common_terms_;     // sorted
  // Phrase lists only: listed phrases shorter than k words, as term ids.
  std::vector<std::vector<std::uint64_t>> short_phrases_;
  bool phrase_list_ = false;
};

}  // namespace precis::overlap
