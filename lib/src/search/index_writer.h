// Writing an index file (index_file.h) from the articles a builder holds.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/search/index.h"
#include "search/fingerprints.h"

namespace precis::search {

// The articles by position: ids[i], texts[i], content_hashes[i] (XXH3-64 of
// texts[i]) and prints[i] are article i's.
struct HeldArticles {
  std::span<const std::string> ids;
  std::span<const std::string_view> texts;
  std::span<const std::uint64_t> content_hashes;
  std::span<const ArticlePrints> prints;
};

// Writes the index file of `params` and `held` at `path`, atomically
// (io::AtomicFile), using up to `threads` threads. The bytes depend only on
// `params` and `held`. kInvalidArgument when the postings or articles do not
// fit the format's 32-bit counts; I/O errors as AtomicFile reports them.
Status WriteIndexFile(const std::string& path, const IndexParams& params,
                      const HeldArticles& held, std::uint32_t threads);

}  // namespace precis::search
