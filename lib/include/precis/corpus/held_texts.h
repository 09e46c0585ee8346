// Texts held until a stream of articles has been read (the articles of a
// search index being built, the stories of a `summarize --group-by` stream):
// in memory up to a limit, the rest appended to an unnamed temporary file
// (SpillFile, in $TMPDIR), so memory does not grow with the corpus's text.
//
//   precis::corpus::HeldTexts store(64 << 20, "precis-search");
//   precis::Result<precis::corpus::TextRef> held = store.Hold(std::move(text));
//   store.Flush();                                          // after a batch
//   store.Read(*held, text);                                // one text back
//   store.Stream(refs, [&](std::string_view piece) { file.Write(piece); });
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/corpus/spill_file.h"
#include "precis/export.h"

namespace precis::corpus {

// Where one held text is: `text` when in memory (or in a mapping that
// outlives the store), else `size` bytes at `spilled_at` in the file.
struct TextRef {
  static constexpr std::uint64_t kInMemory = std::numeric_limits<std::uint64_t>::max();
  std::string_view text;
  std::uint64_t spilled_at = kInMemory;
  std::uint64_t size = 0;

  bool spilled() const { return spilled_at != kInMemory; }
};

class PRECIS_EXPORT HeldTexts {
 public:
  // The first texts are kept in memory while they total at most
  // `memory_limit` bytes; from the first that does not fit, every text goes
  // to the temporary file (created then, named `<file_prefix>-XXXXXX`), so
  // the file holds one run in input order.
  HeldTexts(std::uint64_t memory_limit, std::string_view file_prefix)
      : memory_limit_(memory_limit), file_prefix_(file_prefix) {}
  HeldTexts(const HeldTexts&) = delete;
  HeldTexts& operator=(const HeldTexts&) = delete;

  // A text that lives elsewhere for as long as the store (a mapped index's).
  static TextRef Borrow(std::string_view text) { return {text, TextRef::kInMemory, text.size()}; }
  // Takes `text`, into memory or the file. kIo naming the file when it cannot
  // be created or written. A held text stays until the store goes, even when
  // its article is replaced (replacements are rare).
  Result<TextRef> Hold(std::string&& text);
  // Makes the texts appended since the last call readable (call after the
  // last Hold, before Stream). kIo naming the file.
  Status Flush();
  // Whether `ref` holds exactly `text`, reading it back (flushing first when
  // needed) when spilled.
  Result<bool> Equals(const TextRef& ref, std::string_view text);
  // The text of a spilled `ref` into `out` (flushing first when needed).
  // kIo naming the file.
  Status Read(const TextRef& ref, std::string& out);
  // Hands the texts of `refs`, in order and back to back, to `sink` in
  // pieces (a spilled run is read back a few MiB at a time), and returns
  // the XXH3-64 of all those bytes. kIo naming the file when a read fails.
  Result<std::uint64_t> Stream(std::span<const TextRef> refs,
                               const std::function<void(std::string_view)>& sink) const;

  // Whether any text went to the file.
  bool spilled() const { return spill_.is_open(); }

 private:
  std::uint64_t memory_limit_;
  std::string file_prefix_;
  std::uint64_t in_memory_ = 0;    // bytes held in `owned_`
  std::deque<std::string> owned_;  // a deque never moves its strings: views stay valid
  corpus::SpillFile spill_;  // opened when the first text does not fit
};

}  // namespace precis::corpus
