#include "precis/corpus/held_texts.h"

#include <xxhash.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace precis::corpus {

Result<TextRef> HeldTexts::Hold(std::string&& text) {
  // Once one text has gone to the file every later one follows it, so the
  // file holds one run in input order, read back in large pieces.
  if (!spill_.is_open() && in_memory_ + text.size() <= memory_limit_) {
    in_memory_ += text.size();
    return Borrow(owned_.emplace_back(std::move(text)));
  }
  if (Status opened = spill_.EnsureOpen(file_prefix_); !opened.ok()) return opened;
  Result<std::uint64_t> at = spill_.Append(text);
  if (!at.ok()) return at.status();
  return TextRef{{}, *at, text.size()};
}

Status HeldTexts::Flush() { return spill_.Flush(); }

Result<bool> HeldTexts::Equals(const TextRef& ref, std::string_view text) {
  if (ref.size != text.size()) return false;
  if (!ref.spilled()) return ref.text == text;
  std::string back;
  if (Status read = Read(ref, back); !read.ok()) return read;
  return back == text;
}

Status HeldTexts::Read(const TextRef& ref, std::string& out) {
  // The text may have been held since the last Flush, still in the stdio buffer.
  if (Status flushed = Flush(); !flushed.ok()) return flushed;
  out.resize(static_cast<std::size_t>(ref.size));
  return spill_.Read(ref.spilled_at, out);
}

Result<std::uint64_t> HeldTexts::Stream(std::span<const TextRef> refs,
                                        const std::function<void(std::string_view)>& sink) const {
  constexpr std::size_t kChunk = 4u << 20;
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                 &XXH3_freeState);
  XXH3_64bits_reset(state.get());
  auto pass = [&](std::string_view piece) {
    XXH3_64bits_update(state.get(), piece.data(), piece.size());
    sink(piece);
  };
  std::string buffer;
  for (std::size_t i = 0; i < refs.size();) {
    if (!refs[i].spilled()) {
      pass(refs[i].text);
      ++i;
      continue;
    }
    // Texts that follow each other in the file (all of them, unless ids were
    // replaced) are read back as one run, in large reads.
    const std::uint64_t start = refs[i].spilled_at;
    std::uint64_t end = start + refs[i].size;
    for (++i; i < refs.size() && refs[i].spilled() && refs[i].spilled_at == end; ++i) {
      end += refs[i].size;
    }
    buffer.resize(static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, end - start)));
    for (std::uint64_t at = start; at < end;) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), end - at));
      if (Status read = spill_.Read(at, std::span(buffer.data(), n)); !read.ok()) return read;
      pass(std::string_view(buffer.data(), n));
      at += n;
    }
  }
  return XXH3_64bits_digest(state.get());
}

}  // namespace precis::corpus
