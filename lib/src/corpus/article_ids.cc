#include "precis/corpus/article_ids.h"

namespace precis::corpus {
namespace {

std::uint64_t HashOf(std::string_view id) { return std::hash<std::string_view>{}(id); }

}  // namespace

std::optional<std::uint32_t> ArticleIds::Find(std::string_view id,
                                              std::span<const std::string> held_ids) const {
  const auto hashed = by_hash_.find(HashOf(id));
  if (hashed == by_hash_.end()) return std::nullopt;
  if (held_ids[hashed->second] == id) return hashed->second;
  const auto collided = collided_.find(std::string(id));
  if (collided == collided_.end()) return std::nullopt;
  return collided->second;
}

Placement ArticleIds::Place(std::string_view id, std::span<const std::string> held_ids,
                            const std::function<bool(std::uint32_t)>& same_signature) {
  if (const std::optional<std::uint32_t> held = Find(id, held_ids)) {
    return {same_signature(*held) ? Arrival::kSame : Arrival::kChanged, *held};
  }
  const auto position = static_cast<std::uint32_t>(held_ids.size());
  if (!by_hash_.emplace(HashOf(id), position).second) collided_.emplace(id, position);
  return {Arrival::kNew, position};
}

}  // namespace precis::corpus
