#include "search/held_prints.h"

#include <xxhash.h>

namespace precis::search {
namespace {

std::string_view BytesOf(const auto& vector) {
  return {reinterpret_cast<const char*>(vector.data()), vector.size() * sizeof(vector[0])};
}

std::uint32_t CheckOf(std::string_view bytes) {
  return static_cast<std::uint32_t>(XXH3_64bits(bytes.data(), bytes.size()));
}

}  // namespace

HeldPrints::HeldPrints(std::uint64_t memory_limit)
    : fingerprint_store_(memory_limit / 3, "precis-search-fingerprints"),
      shingle_store_(memory_limit - memory_limit / 3, "precis-search-shingles") {}

Status HeldPrints::From(const Index& index) {
  const std::uint32_t n = index.size();
  base_ = &index;
  base_live_.assign(n, true);
  fingerprints_.assign(n, corpus::RecordRef{});
  for (std::size_t k = 0; k < index.Fingerprints().size(); ++k) {
    base_pairs_ += index.PostingsAt(k).size();
  }
  shingles_.reserve(n);
  shingle_checks_.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    Result<std::span<const std::uint32_t>> own = index.CheckedShingles(i);
    if (!own.ok()) return own.status();
    shingles_.push_back(corpus::HeldRecords::Borrow(BytesOf(*own)));
    shingle_checks_.push_back(CheckOf(BytesOf(*own)));
  }
  return Status::Ok();
}

Status HeldPrints::Set(std::uint32_t position, const ArticlePrints& prints) {
  Result<corpus::RecordRef> keys = fingerprint_store_.Hold(BytesOf(prints.fingerprints));
  if (!keys.ok()) return keys.status();
  Result<corpus::RecordRef> own = shingle_store_.Hold(BytesOf(prints.shingles));
  if (!own.ok()) return own.status();
  new_fingerprints_ += prints.fingerprints.size();
  const std::uint32_t check = CheckOf(BytesOf(prints.shingles));
  if (position == size()) {
    fingerprints_.push_back(*keys);
    shingles_.push_back(*own);
    shingle_checks_.push_back(check);
  } else {
    fingerprints_[position] = *keys;
    shingles_[position] = *own;
    shingle_checks_[position] = check;
    if (position < base_live_.size()) base_live_[position] = false;
  }
  return Status::Ok();
}

Status HeldPrints::Flush() {
  if (Status flushed = fingerprint_store_.Flush(); !flushed.ok()) return flushed;
  return shingle_store_.Flush();
}

Status HeldPrints::ForEachShingles(
    const std::function<void(std::size_t, std::string_view)>& visit) const {
  return shingle_store_.ForEach(shingles_, visit);
}

std::uint64_t HeldPrints::PairBound() const { return new_fingerprints_ + base_pairs_; }

}  // namespace precis::search
