// Replacing a file whole or not at all.
//
// The bytes go to a temporary file beside the target (`<path>.tmp.<pid>.<random>`,
// created exclusively, in the same directory so that the rename is atomic),
// are flushed and fsynced, and only then renamed over the target (and the
// directory fsynced, so the rename itself survives a power cut). On any
// failure the temporary file is removed and an earlier file at the target
// path is left exactly as it was. Errors are kIo statuses naming the file.
//
//   precis::io::AtomicFile file;
//   if (Status s = file.Open("news.idx"); !s.ok()) return s;
//   for (...) file.Write(line);         // buffered; the first error sticks
//   return file.Commit();               // flush, fsync, rename
//
//   precis::Status s = precis::io::WriteFileAtomically("m.idf", bytes);
#pragma once

#include <string>
#include <string_view>

#include "precis/core/status.h"

namespace precis::io {

class AtomicFile {
 public:
  AtomicFile() = default;
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary file for `path`. Call once.
  Status Open(const std::string& path);
  // Appends `bytes`. After a failure (or without a successful Open) every
  // call returns the first error, and so does Commit().
  Status Write(std::string_view bytes);
  // Writes what is buffered, fsyncs, closes and renames the temporary file
  // over the target.
  Status Commit();

 private:
  Status Drain();                           // writes and empties buffer_
  Status WriteAll(std::string_view bytes);  // to fd_, retrying short writes
  Status Fail(Status status);               // removes the temporary file, keeps `status`

  std::string path_;
  std::string temporary_;
  std::string buffer_;
  int fd_ = -1;
  Status status_ = IoError("atomic file not opened");
};

// Open, Write(bytes), Commit in one call.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace precis::io
