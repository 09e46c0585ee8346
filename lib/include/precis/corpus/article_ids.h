// Articles are known by their id: the rules for an id that arrives again.
//
// Retries and overlapping feed polls are normal in a pipeline, so an article
// whose id is already held (in the --index of earlier runs, or earlier in
// this run's input) is recognised rather than added twice:
//
//   kNew      the id is not held: the article is appended (a new position).
//   kSame     held with the same signature (slots and shingle count): nothing
//             is added; the held article, at its first position, takes part
//             in this run as if it had just arrived (it is reported with the
//             pairs and clusters it is in, and passes --output unique if it
//             is its cluster's earliest article), so a retried run writes the
//             same output and the same index bytes as the first.
//   kChanged  held with another signature: the article was edited; the new
//             signature replaces the held one in place (the id keeps its
//             position, hence its role as a representative), with a warning
//             naming the id. The last version of an id wins.
//
// One table serves every store that holds signatures by id (precis-dedup's
// DocStore, its --index file, a later search index), so they share the rules.
//
//   ArticleIds known;
//   const Placement placed = known.Place(id, ids, [&](std::uint32_t held) {
//     return SameSignature(held, signature);
//   });
//   if (placed.arrival == Arrival::kNew) ids.push_back(id), ...;
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "precis/export.h"

namespace precis::corpus {

enum class Arrival { kNew, kSame, kChanged };

struct PRECIS_EXPORT Placement {
  Arrival arrival = Arrival::kNew;
  std::uint32_t position = 0;  // where the article is (to be appended, for kNew)
};

class PRECIS_EXPORT ArticleIds {
 public:
  // Classifies the arriving article `id` against the articles held, whose ids
  // by position are `held_ids`. `same_signature(position)` says whether the
  // article held there has the arriving article's signature. For kNew the id
  // is recorded at position held_ids.size(): the caller appends it there
  // before the next call.
  Placement Place(std::string_view id, std::span<const std::string> held_ids,
                  const std::function<bool(std::uint32_t)>& same_signature);

  // The position of `id` among `held_ids`, if held.
  std::optional<std::uint32_t> Find(std::string_view id,
                                    std::span<const std::string> held_ids) const;

 private:
  // A 64-bit hash per id keeps the table small (no second copy of the ids);
  // the rare id whose hash another id already took lives in `collided_`.
  std::unordered_map<std::uint64_t, std::uint32_t> by_hash_;
  std::unordered_map<std::string, std::uint32_t> collided_;
};

}  // namespace precis::corpus
