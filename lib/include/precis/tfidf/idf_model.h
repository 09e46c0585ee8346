// Inverse document frequency model: hashed key -> document frequency.
//
// An IdfModel counts, over a corpus, in how many documents each key occurs.
// Keys are 64-bit hashes: normally the analyzer's term ids (text/analyzer.h),
// but any per-document key set can be counted (shingle hashes, say), as long as
// `IdfSettings::unit` says what the keys are, so that models of different
// units are never mixed.
//
// Fitting, saving and reloading:
//
//   precis::tfidf::IdfModel model({.language = "en", .stem = true});
//   for (const std::string& text : corpus) model.Add(analyzer.Analyze(text));
//   precis::Status saved = model.Save("news.idf");          // temp file + rename
//
//   precis::Result<precis::tfidf::IdfModel> loaded =
//       precis::tfidf::IdfModel::Load("news.idf", {.language = "en", .stem = true});
//   if (!loaded.ok()) { /* loaded.status().message() names the file and the mismatch */ }
//   double weight = loaded->Idf(token.term);
//
// The built-in English news model ships inside the library (BuiltIn()); see
// docs/summarize.md for its provenance and scripts/build_idf_model.sh to
// rebuild it.
//
// File format (version 2). A text header, one `key=value` per line, ended by
// an empty line, then a binary body:
//
//   precis-idf 2
//   language=en
//   normalization=nfkc-casefold
//   stem=snowball            (or "none")
//   hash=xxh3-64
//   unit=term
//   documents=1313           (documents counted)
//   min_df=2                 (keys rarer than this were dropped when saved)
//   keys=16234               (entries in the body)
//   <empty line>
//   keys x { uint64 key, little-endian; uint32 document frequency, little-endian },
//   sorted by key
//   precis-idf-end xxh3=<16 hex digits>   (XXH3-64 of every byte before this line)
//
// Readers refuse another format name, another version, a missing or wrong
// checksum line (a truncated or corrupted file), another normalization or
// hash, and (when settings are given) another language, stemming or unit,
// with a message naming the file and the mismatch. Version 2 added the
// checksum line; version 1 files are refused (rebuild them with precis-idf).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::text {
struct Analysis;
}  // namespace precis::text

namespace precis::tfidf {

// The format name and version written in the first header line.
inline constexpr std::string_view kIdfFormatName = "precis-idf";
inline constexpr int kIdfFormatVersion = 2;
// The text normalization and key hash this build produces; models made with
// anything else are refused.
inline constexpr std::string_view kIdfNormalization = "nfkc-casefold";
inline constexpr std::string_view kIdfHash = "xxh3-64";
// The unit of analyzer term ids.
inline constexpr std::string_view kIdfUnitTerm = "term";

// How the counted keys were produced. Two models (or a model and an analyzer)
// are compatible when all fields are equal.
struct PRECIS_EXPORT IdfSettings {
  // ISO 639-1 code of the analyzer that produced the keys (AnalyzerOptions::language).
  std::string language = "en";
  // Whether terms were Snowball-stemmed (AnalyzerOptions::stem).
  bool stem = true;
  // What a key is: kIdfUnitTerm for analyzer term ids; other tools name their
  // own unit (for example "shingle-5"). Letters, digits, '-' and '_' only.
  std::string unit = std::string(kIdfUnitTerm);

  friend bool operator==(const IdfSettings&, const IdfSettings&) = default;
};

class PRECIS_EXPORT IdfModel {
 public:
  // An empty model (no documents) for keys made with `settings`.
  explicit IdfModel(IdfSettings settings = {});

  // Reads a model file. Fails with kIo when the file cannot be read, and with
  // kFormatMismatch (message naming `path`) when it is not a precis IDF model,
  // has another version, normalization or hash, or is truncated or corrupt.
  static Result<IdfModel> Load(const std::string& path);
  // Same, and also refuses (kFormatMismatch, naming `path` and the differing
  // setting) a model whose settings differ from `expected`.
  static Result<IdfModel> Load(const std::string& path, const IdfSettings& expected);
  // Parses a model from memory; `name` is used in error messages.
  static Result<IdfModel> Parse(std::string_view bytes, std::string_view name);

  // The built-in English news model (language "en", stemmed, unit "term"),
  // embedded in the library. Parsed once, on first use; thread-safe.
  static const IdfModel& BuiltIn();

  // Writes the model to `path` through a temporary file in the same
  // directory, renamed over `path` once complete, so readers never see half a
  // model. Keys with a document frequency below `min_df` (>= 1) are left out
  // (min_df is recorded in the header). Fails with kIo.
  Status Save(const std::string& path, std::uint32_t min_df = 1) const;
  // The file's bytes, as Save writes them.
  std::string Serialize(std::uint32_t min_df = 1) const;

  // Counts one document: each distinct term of `analysis` once. The analysis
  // must come from an analyzer whose options match settings() (unit "term").
  void Add(const text::Analysis& analysis);
  // Counts one document given its keys (duplicates are counted once).
  void AddDocument(std::span<const std::uint64_t> keys);

  // Adds `other`'s counts and documents to this model. Fails with
  // kFormatMismatch, leaving this model unchanged, when settings differ.
  Status Merge(const IdfModel& other);

  // kFormatMismatch naming the differing setting when `expected` differs from
  // settings(); `name` (a file path, say) starts the message.
  Status CheckSettings(const IdfSettings& expected, std::string_view name) const;

  const IdfSettings& settings() const { return settings_; }
  // Documents counted (N).
  std::uint64_t document_count() const { return document_count_; }
  // Keys with a count (after any pruning at load time).
  std::size_t size() const { return size_; }
  // Keys dropped as rarer than this when the model was saved (1 = none).
  std::uint32_t min_df() const { return min_df_; }

  // In how many counted documents `key` occurs; 0 when unknown.
  std::uint32_t DocumentFrequency(std::uint64_t key) const;
  // Smoothed inverse document frequency ln((1 + N) / (1 + df)), in [0, ln(1 + N)].
  // An unknown key gets the largest value; so does every key of an empty model
  // (ln 1 = 0 then: an empty model weighs nothing).
  double Idf(std::uint64_t key) const;

  // All (key, document frequency) pairs, sorted by key.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> Entries() const;

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t df = 0;  // 0 marks an empty slot
  };
  void Increment(std::uint64_t key, std::uint32_t count);
  void Grow();
  // Fills idf_by_df_ for a model that is read, not counted into.
  void TabulateIdf();

  IdfSettings settings_;
  std::uint64_t document_count_ = 0;
  std::uint32_t min_df_ = 1;
  std::size_t size_ = 0;
  // Open addressing on the low bits of the (already hashed) key.
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> scratch_;  // per-document dedup buffer
  // Idf of a key by its document frequency, for the frequencies below its
  // size: a summary looks up every term of its article, and the log was a
  // few percent of the work. Empty (Idf computes) once the counts change.
  std::vector<double> idf_by_df_;
};

}  // namespace precis::tfidf
