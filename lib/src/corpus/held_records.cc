#include "precis/corpus/held_records.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace precis::corpus {
namespace {

// Memory blocks: big enough that their allocations do not count, small
// enough that the unused end of the last one does not either.
constexpr std::size_t kBlock = std::size_t{1} << 20;
// Spilled runs are read back this much at a time (or one record, if larger).
constexpr std::uint64_t kChunk = std::uint64_t{4} << 20;

}  // namespace

Result<RecordRef> HeldRecords::Hold(std::string_view bytes) {
  // Once one record has gone to the file every later one follows it, so the
  // file holds one run in arrival order, read back in large pieces.
  if (!spill_.is_open() && in_memory_ + bytes.size() <= memory_limit_) {
    in_memory_ += bytes.size();
    if (bytes.empty()) return RecordRef{};
    if (bytes.size() > block_size_ - block_used_) {
      // A record larger than a block gets one of its own; the last block's
      // free end is given up (less than one record's worth).
      block_size_ = std::max(kBlock, bytes.size());
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_size_));
      block_used_ = 0;
    }
    char* to = blocks_.back().get() + block_used_;
    std::memcpy(to, bytes.data(), bytes.size());
    block_used_ += bytes.size();
    return Borrow(std::string_view(to, bytes.size()));
  }
  if (Status opened = spill_.EnsureOpen(file_prefix_); !opened.ok()) return opened;
  Result<std::uint64_t> at = spill_.Append(bytes);
  if (!at.ok()) return at.status();
  RecordRef ref;
  ref.spilled_at = *at;
  ref.size = static_cast<std::uint32_t>(bytes.size());
  ref.spilled = true;
  return ref;
}

Status HeldRecords::Flush() { return spill_.Flush(); }

Status HeldRecords::ForEach(std::span<const RecordRef> refs,
                            const std::function<void(std::size_t, std::string_view)>& visit) const {
  std::string buffer;
  for (std::size_t i = 0; i < refs.size();) {
    if (!refs[i].spilled) {
      visit(i, std::string_view(refs[i].data, refs[i].size));
      ++i;
      continue;
    }
    // As many records as fit a chunk (at least one) that follow each other
    // in the file: all of them, unless the caller replaced some.
    const std::uint64_t start = refs[i].spilled_at;
    std::uint64_t end = start + refs[i].size;
    std::size_t last = i + 1;
    while (last < refs.size() && refs[last].spilled && refs[last].spilled_at == end &&
           end + refs[last].size - start <= kChunk) {
      end += refs[last].size;
      ++last;
    }
    buffer.resize(static_cast<std::size_t>(end - start));
    if (Status read = spill_.Read(start, buffer); !read.ok()) return read;
    for (; i < last; ++i) {
      visit(i, std::string_view(buffer.data() + (refs[i].spilled_at - start), refs[i].size));
    }
  }
  return Status::Ok();
}

}  // namespace precis::corpus
