// A containment index over a corpus: which held articles contain a given text.
//
//   precis::search::IndexBuilder builder({});                 // word 5-shingles, window 8
//   builder.Add({{"a1", text_1}, {"a2", text_2}});            // analyzed in parallel
//   precis::Status written = builder.Write("idx/precis-search.index");
//
//   precis::Result<precis::search::Index> index =
//       precis::search::Index::Open("idx/precis-search.index");   // mapped, checked
//   std::span<const std::uint32_t> holders = index->Postings(fingerprint);
//
// Method (docs/search.md gives the measurements behind it). Each article is
// cut into word shingles exactly as precis-compare cuts it (same analyzer,
// same shingle options), and winnowing (Schleimer, Wilkerson, Aiken 2003)
// keeps, of every `window` consecutive shingle hashes, the smallest: the
// article's fingerprints. The index maps each fingerprint to the articles that
// hold it. A query looks up every one of its own shingles, so any article
// sharing a run of at least window + size - 1 words with the query is a
// candidate, whatever else was edited around it; candidates are then
// verified exactly with the comparer (searcher.h). The index also keeps each
// article's text, so verification and passages need nothing else.
//
// Articles are held by id with the rules of precis/corpus/article_ids.h: an
// id held with the same text is not added again, an id held with another text
// is replaced in place (Added::changed names it). Positions are arrival order.
//
// File format (version 1, little-endian, docs/search.md): a 288-byte header
// (magic, version, parameters, counts, the offset, size and XXH3-64 checksum
// of each section, and the header's own checksum), then 8-byte aligned
// sections: article table, ids, texts, fingerprint keys (sorted), posting
// offsets, postings, and every article's shingles (32 bits each, to screen
// candidates before the exact comparison). Open maps the file read-only and checks the header and
// every section but the texts and shingles, whose articles each carry their own hash,
// (and shingles) checked when read; a damaged file is refused before use.
// Files are replaced atomically.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::search {

// Largest accepted winnowing window.
inline constexpr std::uint32_t kMaxWindow = 1024;
// The version of the index file this library reads and writes.
inline constexpr std::uint32_t kIndexVersion = 1;
// The index file inside an index directory.
inline constexpr std::string_view kIndexFileName = "precis-search.index";

// Everything that shapes an index; an index is only queried with its own.
struct IndexParams {
  // Language of the analysis (ISO 639 code, as precis/text/analyzer.h takes).
  std::string language = "en";
  // Snowball stemming in the analysis.
  bool stem = true;
  // Words per shingle, k. Range 1..256. 5, as precis-compare: measured to
  // rank reused news text best (docs/compare.md).
  std::uint32_t shingle_size = 5;
  // Seed of the shingle hash (precis/sketch/shingles.h). Any value.
  std::uint64_t shingle_seed = 0;
  // Winnowing window w, in shingles. Range 1..kMaxWindow. Every shared run of
  // at least w + k - 1 words makes the article a candidate; the index holds
  // about 2 / (w + 1) of an article's shingles. 8: recall 1 on planted
  // quotes at containment 0.5 where 16 missed 0.2% (docs/search.md).
  std::uint32_t window = 8;
  // This index holds shard `shard_index` of `shard_count` (ShardOf); 0 of 1
  // for an unsharded index.
  std::uint32_t shard_index = 0;
  std::uint32_t shard_count = 1;
};

// Ok, or kInvalidArgument naming the bad field.
PRECIS_EXPORT Status ValidateIndexParams(const IndexParams& params);

// The shard of article `id` among `shard_count` (>= 1): XXH3-64 (seed 0) of
// the id's bytes modulo shard_count. Stable across platforms and releases, so
// shards can be built on different machines.
PRECIS_EXPORT std::uint32_t ShardOf(std::string_view id, std::uint32_t shard_count);

// The path of the index file in index directory `directory`.
PRECIS_EXPORT std::string IndexFilePath(std::string_view directory);

// A read-only, memory-mapped, checked index file. Movable; spans stay valid
// while the Index lives.
class PRECIS_EXPORT Index {
 public:
  // Maps and checks `path`. kIo when it cannot be read; kFormatMismatch
  // "<path>: <problem>" when it is not an index, has another version, is
  // truncated or a section fails its checksum (naming the section and its
  // byte range). The texts are checked one by one as they are read
  // (CheckedText), so opening touches only the lookup tables.
  static Result<Index> Open(const std::string& path);

  Index(Index&&) noexcept;
  Index& operator=(Index&&) noexcept;
  ~Index();

  const IndexParams& params() const;
  std::uint32_t size() const;  // articles held
  std::string_view Id(std::uint32_t position) const;
  std::string_view Text(std::uint32_t position) const;
  // The text, checked against its stored hash: kFormatMismatch "<path>:
  // damaged texts (article <id> fails its checksum)" when it was damaged.
  Result<std::string_view> CheckedText(std::uint32_t position) const;
  // The low 32 bits of each distinct shingle hash of the article, ascending,
  // checked against their stored hash: a superset test for shared shingles
  // that screens a candidate without analyzing its text. kFormatMismatch
  // when damaged.
  Result<std::span<const std::uint32_t>> CheckedShingles(std::uint32_t position) const;
  // XXH3-64 of the article's text: what tells a retried article from an edit.
  std::uint64_t ContentHash(std::uint32_t position) const;
  // Distinct fingerprints and their postings, for statistics and rebuilding.
  std::span<const std::uint64_t> Fingerprints() const;
  // The positions (ascending) of the articles holding `fingerprint`; empty
  // when none does.
  std::span<const std::uint32_t> Postings(std::uint64_t fingerprint) const;
  // The postings of Fingerprints()[i].
  std::span<const std::uint32_t> PostingsAt(std::size_t i) const;
  // Bytes of the file, and of the parts a query keeps touching (the
  // fingerprint keys, posting offsets and postings and the article table).
  std::uint64_t FileBytes() const;
  std::uint64_t LookupBytes() const;

 private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One article to add.
struct Article {
  std::string id;
  std::string text;  // valid UTF-8
};

// What Add did with a batch.
struct Added {
  std::uint64_t added = 0;               // new ids
  std::uint64_t unchanged = 0;           // ids held with the same text
  std::vector<std::string> changed;      // ids held with another text, replaced
  std::uint64_t outside_shard = 0;       // ids of another shard, refused
  std::vector<std::string> other_shard;  // their ids
};

// Bytes of new articles' text an IndexBuilder keeps in memory by default,
// and as many again of their prints (fingerprints and shingle hashes); the
// ones after them wait in unnamed temporary files in $TMPDIR until Write
// reads them back (in order, so spilling costs little: docs/search.md,
// "Scale").
inline constexpr std::uint64_t kDefaultTextMemory = std::uint64_t{64} << 20;

// Gathers articles and writes an index file. Not thread-safe (Add uses its
// own threads). Memory: each article's id and a few dozen bytes; its text
// only within `text_memory` bytes in all, and its fingerprints and 32-bit
// shingle hashes only within another `text_memory` bytes; the rest go to
// temporary files (created at the first, unlinked at once). Write needs
// about 12 bytes per posting (fingerprint of an article) more.
class PRECIS_EXPORT IndexBuilder {
 public:
  // Requires ValidateIndexParams(params).ok() (Create checks it). `threads`:
  // 0 = one per core.
  static Result<IndexBuilder> Create(const IndexParams& params, std::uint32_t threads = 0,
                                     std::uint64_t text_memory = kDefaultTextMemory);
  // Starts from every article of `index` (same order), keeping its params.
  // Its texts, shingle hashes and postings stay in its mapping (`index` must
  // outlive the builder). Fails when a text or the shingle hashes of `index`
  // are damaged (Index::CheckedText, CheckedShingles).
  static Result<IndexBuilder> From(const Index& index, std::uint32_t threads = 0,
                                   std::uint64_t text_memory = kDefaultTextMemory);

  IndexBuilder(IndexBuilder&&) noexcept;
  IndexBuilder& operator=(IndexBuilder&&) noexcept;
  ~IndexBuilder();

  // Adds a batch, in order, with the id rules above; articles of another
  // shard than params().shard_index are refused (counted in the result).
  // kIo naming a temporary file when it cannot be created, written or
  // read back (a full disk); the builder is then unusable.
  Result<Added> Add(std::span<const Article> batch);
  // The same, taking the ids and texts out of `batch` instead of copying them
  // (what is left in `batch` is unspecified).
  Result<Added> Add(std::vector<Article>&& batch);

  std::uint32_t size() const;
  const IndexParams& params() const;

  // Writes the index file at `path`, whole or not at all. The bytes depend
  // only on the params and the articles in position order (not on
  // `text_memory` or the threads).
  Status Write(const std::string& path) const;

 private:
  struct Impl;
  explicit IndexBuilder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis::search
