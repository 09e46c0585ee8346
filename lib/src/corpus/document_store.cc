#include "precis/corpus/document_store.h"

#include <algorithm>

namespace precis::corpus {

std::uint64_t DocumentStore::MemoryBytes() const {
  std::uint64_t bytes = slots.capacity() * sizeof(std::uint32_t) +
                        (shingles.capacity() + set_offsets.capacity() + text_offsets.capacity() +
                         text_sizes.capacity()) *
                            sizeof(std::uint64_t) +
                        in_run.capacity() + ids.capacity() * sizeof(std::string);
  for (const std::string& id : ids) bytes += id.capacity() > 15 ? id.capacity() : 0;
  return bytes;
}

Placement DocumentStore::Add(std::string_view id, std::span<const std::uint32_t> signature,
                             std::uint64_t shingles_count, bool article_in_run) {
  const Placement placed = known.Place(id, ids, [&](std::uint32_t held) {
    return shingles[held] == shingles_count && std::ranges::equal(Signature(held), signature);
  });
  const std::uint32_t at = placed.position;
  switch (placed.arrival) {
    case Arrival::kNew:
      ids.emplace_back(id);
      slots.insert(slots.end(), signature.begin(), signature.end());
      shingles.push_back(shingles_count);
      set_offsets.push_back(kNoOffset);
      text_offsets.push_back(kNoOffset);
      text_sizes.push_back(0);
      in_run.push_back(0);
      break;
    case Arrival::kChanged:
      std::ranges::copy(signature, slots.begin() + std::ptrdiff_t{at} * permutations);
      shingles[at] = shingles_count;
      set_offsets[at] = kNoOffset;
      text_offsets[at] = kNoOffset;
      text_sizes[at] = 0;
      break;
    case Arrival::kSame:
      break;
  }
  if (article_in_run) in_run[at] = 1;
  return placed;
}

Status SpillArticle(DocumentStore& store, SpillFile& spill, std::uint32_t position,
                    std::optional<std::span<const std::uint64_t>> set,
                    std::optional<std::string_view> text) {
  Status status;
  if (set && store.set_offsets[position] == kNoOffset) {
    Result<std::uint64_t> at = spill.Append(std::string_view(
        reinterpret_cast<const char*>(set->data()), set->size() * sizeof(std::uint64_t)));
    if (at.ok()) {
      store.set_offsets[position] = *at;
    } else {
      status = at.status();
    }
  }
  if (text && store.text_offsets[position] == kNoOffset) {
    Result<std::uint64_t> at = spill.Append(*text);
    if (at.ok()) {
      store.text_offsets[position] = *at;
      store.text_sizes[position] = text->size();
    } else if (status.ok()) {
      status = at.status();
    }
  }
  return status;
}

}  // namespace precis::corpus
