// Small binary records held until a stream of articles has been read (the
// fingerprints and shingle hashes of a search index being built): packed
// back to back in large memory blocks up to a limit (no allocation per
// record), the rest appended to an unnamed temporary file (SpillFile, in
// $TMPDIR), and visited whole, in any order asked, when they are used.
//
//   precis::corpus::HeldRecords store(64 << 20, "precis-search-shingles");
//   precis::Result<precis::corpus::RecordRef> held = store.Hold(bytes);
//   store.Flush();                                           // after a batch
//   store.ForEach(refs, [&](std::size_t i, std::string_view record) { ... });
//
// Unlike HeldTexts, which takes strings over whole, a record is copied: it
// is meant for what a caller computes into reused buffers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/corpus/spill_file.h"
#include "precis/export.h"

namespace precis::corpus {

// Where one held record is: `size` bytes at `data` in memory (or in a
// mapping that outlives the store), or at `spilled_at` in the file. 16 bytes.
struct RecordRef {
  union {
    const char* data = nullptr;
    std::uint64_t spilled_at;
  };
  std::uint32_t size = 0;
  bool spilled = false;
};

class PRECIS_EXPORT HeldRecords {
 public:
  // The first records are kept in memory while they total at most
  // `memory_limit` bytes; from the first that does not fit, every record
  // goes to the temporary file (created then, named `<file_prefix>-XXXXXX`),
  // so the file holds one run in arrival order.
  HeldRecords(std::uint64_t memory_limit, std::string_view file_prefix)
      : memory_limit_(memory_limit), file_prefix_(file_prefix) {}
  HeldRecords(const HeldRecords&) = delete;
  HeldRecords& operator=(const HeldRecords&) = delete;

  // A record that lives elsewhere for as long as the store (a mapped file's).
  static RecordRef Borrow(std::string_view bytes) {
    RecordRef ref;
    ref.data = bytes.data();
    ref.size = static_cast<std::uint32_t>(bytes.size());
    return ref;
  }
  // Copies `bytes` (under 4 GiB) into memory or the file. kIo naming the file
  // when it cannot be created or written. A held record stays until the
  // store goes, even when the caller stops referring to it.
  Result<RecordRef> Hold(std::string_view bytes);
  // Makes the records appended since the last call readable (call after the
  // last Hold, before ForEach). kIo naming the file.
  Status Flush();
  // Calls `visit(i, record)` for each refs[i], in order; `record` is valid
  // during the call only. Records that follow each other in the file are
  // read back together, a few MiB at a time. Const and thread-safe after
  // Flush: several calls may run at once. kIo naming the file when a read
  // fails (then `visit` has seen a prefix of `refs`).
  Status ForEach(std::span<const RecordRef> refs,
                 const std::function<void(std::size_t, std::string_view)>& visit) const;

  // Whether any record went to the file.
  bool spilled() const { return spill_.is_open(); }
  // Bytes of records held in memory (in blocks of a MiB, or of one larger record).
  std::uint64_t memory_bytes() const { return in_memory_; }

 private:
  std::uint64_t memory_limit_;
  std::string file_prefix_;
  std::uint64_t in_memory_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;  // never move: refs point into them
  std::size_t block_size_ = 0;                   // of the last block
  std::size_t block_used_ = 0;                   // bytes of it taken
  SpillFile spill_;  // opened when the first record does not fit
};

}  // namespace precis::corpus
