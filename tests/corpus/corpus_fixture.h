// A tiny constructed corpus for the corpus tests: shingle sets chosen so
// their Jaccard similarity and containment are known exactly.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "precis/corpus/document_store.h"
#include "precis/corpus/spill_file.h"
#include "precis/sketch/minhash.h"

namespace precis::testing {

// Sorted hashes start..start+count-1, spread so they look like shingle hashes.
inline std::vector<std::uint64_t> HashRange(std::uint64_t start, std::uint64_t count) {
  std::vector<std::uint64_t> set(count);
  for (std::uint64_t i = 0; i < count; ++i) set[i] = (start + i) * 0x9E3779B97F4A7C15ULL;
  std::sort(set.begin(), set.end());
  return set;
}

inline std::vector<std::uint64_t> Union(std::vector<std::uint64_t> a,
                                        const std::vector<std::uint64_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

// Adds an article with `set` to the store (in this run) and spills the set.
inline corpus::Placement AddArticle(corpus::DocumentStore& store, corpus::SpillFile& spill,
                                    const std::string& id, const std::vector<std::uint64_t>& set,
                                    bool in_run = true) {
  const sketch::Signature signature =
      sketch::ComputeSignature(set, {.permutations = store.permutations});
  const corpus::Placement placed = store.Add(id, signature, set.size(), in_run);
  EXPECT_TRUE(corpus::SpillArticle(store, spill, placed.position, set, std::nullopt).ok());
  return placed;
}

}  // namespace precis::testing
