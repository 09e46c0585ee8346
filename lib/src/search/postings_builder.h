// The postings of an index: which articles hold each fingerprint.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "search/fingerprints.h"

namespace precis::search {

// Fingerprint keys ascending; the positions holding keys[i] are
// postings[offsets[i] .. offsets[i + 1]), ascending.
struct PostingLists {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> offsets;  // keys.size() + 1 entries
  std::vector<std::uint32_t> postings;
};

// The postings of `prints` (article i at position i), sorted on up to
// `threads` threads; the result does not depend on `threads`. Requires fewer
// than 2^32 articles and postings.
PostingLists BuildPostings(std::span<const ArticlePrints> prints, std::uint32_t threads);

}  // namespace precis::search
