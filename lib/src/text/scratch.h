// Scratch buffers that the segmenters keep between calls.
//
// Analyzing a stream of articles reuses the same buffers, so that small
// documents do not reallocate. A buffer that one huge document has grown is
// released instead: kept, it would stay alive through every later stage of
// that document (the summarizer's term statistics, the comparer's shingles)
// and add to their peak memory.
#pragma once

#include <cstddef>

namespace precis::text {

// Capacity above which a scratch buffer is released rather than kept.
inline constexpr std::size_t kMaxKeptScratchBytes = std::size_t{1} << 20;

// Empties `buffer` (a std::vector or std::basic_string), and frees its memory
// when its capacity exceeds kMaxKeptScratchBytes.
template <typename Buffer>
void ClearScratch(Buffer& buffer) {
  if (buffer.capacity() * sizeof(typename Buffer::value_type) > kMaxKeptScratchBytes) {
    Buffer().swap(buffer);
  } else {
    buffer.clear();
  }
}

}  // namespace precis::text
