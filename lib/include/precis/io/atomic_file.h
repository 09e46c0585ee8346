// Replacing a file whole or not at all.
//
// The bytes go to a temporary file beside the target (`<target>.tmp.<pid>.<random>`,
// created exclusively, in the same directory so that the rename is atomic),
// are flushed and fsynced, and only then renamed over the target (and the
// directory fsynced, so the rename itself survives a power cut). On any
// failure the temporary file is removed and an earlier file at the target
// path is left exactly as it was. Errors are kIo statuses naming the file.
//
// What the path names decides what is replaced:
//   - a regular file, or nothing yet: replaced (created) as above; an
//     existing file's permission bits are kept.
//   - a symbolic link (or a chain of them): the link is followed to the file
//     it finally names, which is replaced (or created, for a dangling link
//     into an existing directory); the temporary file goes beside that file,
//     so the rename stays atomic, and every link stays a link.
//   - a character device or a FIFO (/dev/null, /dev/stdout on a pipe or a
//     terminal, a named pipe): written straight to, with no temporary file and
//     no rename, since a stream is where the caller wants the bytes; a write
//     error (/dev/full) is reported as for a file. There is no whole-or-nothing
//     for a stream, and opening a FIFO waits for its reader.
//   - a socket, a block device or another special file: refused by Open,
//     "<path>: not a regular file (socket); refusing to replace it".
//   - a directory: the rename fails ("<path>: cannot rename <tmp>: Is a
//     directory") and the directory is left as it was.
// A hard-linked file gets a new inode: its other names keep the old bytes.
//
//   precis::io::AtomicFile file;
//   if (Status s = file.Open("news.idx"); !s.ok()) return s;
//   for (...) file.Write(line);         // buffered; the first error sticks
//   return file.Commit();               // flush, fsync, rename
//
//   precis::Status s = precis::io::WriteFileAtomically("m.idf", bytes);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::io {

class PRECIS_EXPORT AtomicFile {
 public:
  AtomicFile() = default;
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary file for `path` (or opens a stream target, see
  // above). Call once.
  Status Open(const std::string& path);
  // Appends `bytes`. After a failure (or without a successful Open) every
  // call returns the first error, and so does Commit().
  Status Write(std::string_view bytes);
  // Overwrites bytes already appended, at `offset` (for a header whose
  // fields are known only at the end). Not for a stream target, which
  // cannot go back (an error, as for a failed write).
  Status WriteAt(std::uint64_t offset, std::string_view bytes);
  // Writes what is buffered, fsyncs, closes and renames the temporary file
  // over the target (for a stream target: writes what is buffered and closes).
  Status Commit();

 private:
  Status Drain();                           // writes and empties buffer_
  Status WriteAll(std::string_view bytes);  // to fd_, retrying short writes
  Status Fail(Status status);               // removes the temporary file, keeps `status`
  const std::string& WrittenName() const;   // the file write errors name

  std::string path_;       // as given, for messages
  std::string target_;     // the file replaced: path_ with symbolic links followed
  std::string temporary_;  // empty for a stream target or once renamed
  bool stream_ = false;    // a character device or FIFO, written straight to
  std::string buffer_;
  int fd_ = -1;
  Status status_ = IoError("atomic file not opened");
};

// Open, Write(bytes), Commit in one call.
PRECIS_EXPORT Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace precis::io
