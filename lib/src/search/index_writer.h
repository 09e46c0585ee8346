// Writing an index file (index_file.h) from the articles a builder holds.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/corpus/held_texts.h"
#include "precis/search/index.h"
#include "search/held_prints.h"

namespace precis::search {

// The articles by position: ids[i], texts[i] (held in `store`),
// content_hashes[i] (XXH3-64 of that text) and prints[i] are article i's.
struct HeldArticles {
  std::span<const std::string> ids;
  const corpus::HeldTexts& store;
  std::span<const corpus::TextRef> texts;
  std::span<const std::uint64_t> content_hashes;
  const HeldPrints& prints;
};

// Writes the index file of `params` and `held` at `path`, atomically
// (io::AtomicFile), using up to `threads` threads. The bytes depend only on
// `params` and `held`. kInvalidArgument when the postings or articles do not
// fit the format's 32-bit counts; I/O errors as AtomicFile reports them, or
// naming the temporary file of `held.store` or `held.prints` when it cannot
// be read back.
Status WriteIndexFile(const std::string& path, const IndexParams& params,
                      const HeldArticles& held, std::uint32_t threads);

}  // namespace precis::search
