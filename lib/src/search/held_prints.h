// The prints (fingerprints and short shingle hashes, fingerprints.h) of the
// articles an IndexBuilder holds, by position, until the index is written.
// New articles' prints are packed into two corpus::HeldRecords, in memory up
// to a limit and then in temporary files; the prints of an index the builder
// started from are read where they are: its shingles in its mapping, its
// fingerprints from its postings (nothing is copied or inverted).
//
//   HeldPrints prints(64 << 20);
//   prints.Set(prints.size(), Fingerprints(text, ...));   // a new article
//   prints.Set(3, Fingerprints(edited, ...));              // article 3 replaced
//   prints.Flush();
//   Result<PostingLists> lists = BuildPostingsFrom(prints, threads);
//   prints.ForEachShingles([&](std::size_t i, std::string_view bytes) { ... });
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/held_records.h"
#include "precis/search/index.h"
#include "search/fingerprints.h"

namespace precis::search {

class HeldPrints {
 public:
  // Prints of new articles are kept in memory up to `memory_limit` bytes in
  // all (a third for fingerprints, two thirds for shingle hashes: about what
  // an article has of each), the rest in the files precis-search-fingerprints-*
  // and precis-search-shingles-*.
  explicit HeldPrints(std::uint64_t memory_limit);
  HeldPrints(const HeldPrints&) = delete;
  HeldPrints& operator=(const HeldPrints&) = delete;

  // Takes every article of `index` as positions 0 .. index.size() - 1 (call
  // first, once). `index` must outlive this. kFormatMismatch when its
  // shingles are damaged (Index::CheckedShingles).
  Status From(const Index& index);
  // Holds `prints` as article `position`: a new one when position == size(),
  // else in place of the earlier prints there (which are no longer used).
  // kIo naming the temporary file when it cannot be written.
  Status Set(std::uint32_t position, const ArticlePrints& prints);
  // Makes what was Set readable (after a batch). kIo naming the file.
  Status Flush();

  std::uint32_t size() const { return static_cast<std::uint32_t>(shingles_.size()); }
  std::uint32_t ShingleCount(std::uint32_t position) const {
    return shingles_[position].size / sizeof(std::uint32_t);
  }
  // The low 32 bits of XXH3-64 of the article's shingle hashes' bytes.
  std::uint32_t ShingleCheck(std::uint32_t position) const { return shingle_checks_[position]; }
  // Calls visit(position, bytes of its shingle hashes) for every article in
  // position order. kIo naming the file when a read fails.
  Status ForEachShingles(const std::function<void(std::size_t, std::string_view)>& visit) const;

  // A source of BuildPostingsFrom (postings_builder.h): share s of n is the new
  // prints of positions in the s-th n-th of them, and the s-th n-th of the
  // started-from index's fingerprints, less its replaced articles.
  std::uint64_t PairBound() const;
  template <class Emit>
  Status Visit(std::size_t share, std::size_t shares, Emit&& emit) const;

 private:
  corpus::HeldRecords fingerprint_store_;
  corpus::HeldRecords shingle_store_;
  // By position. A started-from article not replaced has no fingerprint
  // record (size 0) and is live in base_live_.
  std::vector<corpus::RecordRef> fingerprints_;
  std::vector<corpus::RecordRef> shingles_;
  std::vector<std::uint32_t> shingle_checks_;
  const Index* base_ = nullptr;
  std::vector<bool> base_live_;
  std::uint64_t base_pairs_ = 0;        // the postings of base_
  std::uint64_t new_fingerprints_ = 0;  // in the records, replaced ones included
};

template <class Emit>
Status HeldPrints::Visit(std::size_t share, std::size_t shares, Emit&& emit) const {
  const std::size_t n = fingerprints_.size();
  const std::size_t begin = n * share / shares, end = n * (share + 1) / shares;
  Status read = fingerprint_store_.ForEach(
      std::span(fingerprints_).subspan(begin, end - begin),
      [&](std::size_t i, std::string_view keys) {
        const auto position = static_cast<std::uint32_t>(begin + i);
        for (std::size_t at = 0; at < keys.size(); at += sizeof(std::uint64_t)) {
          std::uint64_t key;  // records are packed: no alignment to rely on
          std::memcpy(&key, keys.data() + at, sizeof key);
          emit(key, position);
        }
      });
  if (!read.ok() || base_ == nullptr) return read;
  const std::span<const std::uint64_t> keys = base_->Fingerprints();
  for (std::size_t k = keys.size() * share / shares; k < keys.size() * (share + 1) / shares; ++k) {
    for (const std::uint32_t position : base_->PostingsAt(k)) {
      if (base_live_[position]) emit(keys[k], position);
    }
  }
  return Status::Ok();
}

}  // namespace precis::search
