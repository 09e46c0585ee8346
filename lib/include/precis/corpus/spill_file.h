// An unnamed temporary file holding per-article data that is written once and
// read back at random (shingle sets for exact verification, texts for the
// `unique` output), so memory stays bounded by the index, not the corpus.
//
//   precis::corpus::SpillFile spill;
//   if (precis::Status opened = spill.Open(); !opened.ok()) return opened;
//   precis::Result<std::uint64_t> at = spill.Append(bytes);
//   spill.Flush();
//   std::string back(bytes.size(), '\0');
//   spill.Read(*at, back);
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::corpus {

class PRECIS_EXPORT SpillFile {
 public:
  SpillFile() = default;
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  ~SpillFile();

  // Creates the file `<$TMPDIR or /tmp>/<prefix>-XXXXXX`; it is unlinked at
  // once, so it vanishes when the process ends, however it ends. Errors of
  // this and every later call name that path (path()).
  Status Open(std::string_view prefix = "precis-dedup");
  // Opens the file unless it is open: for a store that spills only once
  // memory is full. A failed Open leaves it closed, so a later call tries again.
  Status EnsureOpen(std::string_view prefix) { return is_open() ? Status::Ok() : Open(prefix); }
  bool is_open() const { return file_ != nullptr; }
  // Appends `bytes`; returns their offset.
  Result<std::uint64_t> Append(std::string_view bytes);
  // Makes appended bytes readable; call before the first Read after appends.
  // Nothing to do (and Ok) when the file is not open.
  Status Flush();
  // Reads `out.size()` bytes at `offset`. Thread-safe (pread).
  Status Read(std::uint64_t offset, std::span<char> out) const;
  std::uint64_t size() const { return size_; }
  // The name the file had before it was unlinked, for messages.
  const std::string& path() const { return path_; }

 private:
  Status Error(std::string_view what) const;  // kIo naming path_ and errno

  std::string path_;
  std::unique_ptr<char[]> buffer_;  // stdio's, outlives file_ (closed first)
  std::FILE* file_ = nullptr;
  std::uint64_t size_ = 0;
};

}  // namespace precis::corpus
