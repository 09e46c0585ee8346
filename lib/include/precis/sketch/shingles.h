// Shingles: hashes of k consecutive units of a text, each remembering where it is.
//
//   precis::Result<precis::text::Analyzer> analyzer =
//       precis::text::Analyzer::Create({.language = "en"});
//   const precis::text::Analysis analysis = analyzer->Analyze(text);
//   const precis::sketch::ShingleOptions options;  // word 3-shingles (see `size`)
//   std::vector<precis::sketch::Shingle> shingles =
//       precis::sketch::ExtractShingles(text, analysis, options);
//   std::vector<std::uint64_t> set = precis::sketch::ShingleSet(shingles);
//   // shingles[i].span.In(text) is the text shingle i was made from.
//
// A word shingle is k consecutive tokens of the shared Analyzer (folded, stemmed
// term ids; see precis/text/analyzer.h), so "The Council's" and "the council"
// agree. Its hash is XXH3-64, seeded with `seed`, of the k term ids laid out
// as little-endian 64-bit words. A character shingle (for languages written
// without spaces) is k consecutive code points of the text after whitespace
// normalization (every run of white space counts as one U+0020, leading and
// trailing white space is dropped); its hash is seeded XXH3-64 of those code
// points' UTF-8 bytes. Both are stable across platforms and releases with the
// same options, so they may be stored (signatures, indexes).
//
// Shingle i covers units [i, i + k) of the unit sequence; consecutive shingles
// of a text overlap by k - 1 units, which is what lets overlap code map runs of
// shared shingles back to byte ranges.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/core/span.h"
#include "precis/core/status.h"
#include "precis/text/analyzer.h"
#include "precis/export.h"

namespace precis::sketch {

// What one unit of a shingle is.
enum class ShingleUnit : std::uint8_t {
  kWord = 0,  // a token of the Analyzer (normalized term id)
  kChar = 1,  // a Unicode code point of the whitespace-normalized text
};

struct ShingleOptions {
  // Units per shingle, k. Range 1..kMaxShingleSize. 3 here (and in
  // precis-sketch/dedup); precis-compare uses 5 (overlap::kDefaultShingleSize),
  // which measured best for ranking reused news text (docs/compare.md). For
  // kChar, 5-8 suits Chinese and Japanese.
  std::uint32_t size = 3;
  // Words or characters.
  ShingleUnit unit = ShingleUnit::kWord;
  // Seed of the XXH3-64 shingle hash. Shingles made with different seeds never
  // compare equal; any value is valid.
  std::uint64_t seed = 0;
  // kWord only: when false, stopword tokens (Token::kStopword) are skipped
  // before shingling, so "the mayor of Leeds" and "mayor Leeds" share shingles.
  // Kept by default: for news reuse, function words carry the phrasing.
  bool keep_stopwords = true;
  // A text with fewer than `size` units (but at least one) yields exactly one
  // shingle over all its units when true, so a two-word headline still matches
  // itself; its hash also mixes in the unit count, so it only equals a shingle
  // of a text with the same short unit sequence. When false such a text yields
  // no shingles. A text without units always yields none.
  bool short_text_fallback = true;
  // kWord only: a shingle whose words all lie in a scraped page's furniture
  // lines (precis/text/page_furniture.h: a menu, labels, a footer's sharing,
  // cookie and copyright lines) is left out, so two articles of one site do
  // not share its menu and footer, and one article served by two sites is
  // not told apart by theirs. Shingles that reach into the article are kept.
  // A text without furniture lines gets the same shingles either way.
  bool skip_furniture = true;
};

// Largest accepted ShingleOptions::size.
inline constexpr std::uint32_t kMaxShingleSize = 256;

// Ok, or kInvalidArgument naming the bad field (size 0 or above kMaxShingleSize).
PRECIS_EXPORT Status ValidateShingleOptions(const ShingleOptions& options);

struct Shingle {
  std::uint64_t hash = 0;
  // From the start of the first unit to the end of the last, in the text given.
  ByteSpan span;
  // kWord: indices into Analysis::tokens of the first and one past the last
  // token covered (more than `size` tokens apart when stopwords are skipped).
  // kChar: indices of the first and one past the last code point, counted in
  // the whitespace-normalized text.
  std::uint32_t unit_begin = 0;
  std::uint32_t unit_end = 0;
};

// The shingles of `text`, in text order: for kWord from `analysis` (which must
// be the Analysis of `text`), for kChar from `text` itself (valid UTF-8;
// `analysis` is not read). A text with n >= size units yields n - size + 1
// shingles, less those skip_furniture leaves out; see
// ShingleOptions::short_text_fallback for shorter ones.
// Requires ValidateShingleOptions(options).ok().
PRECIS_EXPORT std::vector<Shingle> ExtractShingles(std::string_view text, const text::Analysis& analysis,
                                     const ShingleOptions& options);
// Same, into `out` (cleared first), reusing its buffer.
PRECIS_EXPORT void ExtractShingles(std::string_view text, const text::Analysis& analysis,
                     const ShingleOptions& options, std::vector<Shingle>& out);

// Only the hashes, in text order (duplicates kept).
PRECIS_EXPORT std::vector<std::uint64_t> ShingleHashes(std::string_view text, const text::Analysis& analysis,
                                         const ShingleOptions& options);
// Same, into `out` (cleared first), reusing its buffer; for kWord without
// making the Shingle records, which makes it several times cheaper.
PRECIS_EXPORT void ShingleHashes(std::string_view text, const text::Analysis& analysis,
                                 const ShingleOptions& options, std::vector<std::uint64_t>& out);

// The distinct hashes of `shingles`, sorted ascending: the set that Jaccard,
// containment and MinHash are defined on.
PRECIS_EXPORT std::vector<std::uint64_t> ShingleSet(std::span<const Shingle> shingles);
// Sorts `hashes` ascending and removes duplicates, in place.
PRECIS_EXPORT void SortUnique(std::vector<std::uint64_t>& hashes);

// The hash of one word shingle made of `terms` (term ids): what ExtractShingles
// computes for a full-size shingle, exposed for tests and for callers that
// shingle their own term sequences.
PRECIS_EXPORT std::uint64_t HashTerms(std::span<const std::uint64_t> terms, std::uint64_t seed);

}  // namespace precis::sketch
