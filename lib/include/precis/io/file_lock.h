// Keeping two runs that update the same file from losing each other's work.
//
// A run that reads a file, adds to it and replaces it whole (precis-dedup
// --index, precis-search build/add) holds a FileLock from before it reads
// the file until the new one has been renamed in place, so a second run
// waits and then reads what the first wrote. The lock is an exclusive
// flock(2) on a lock file beside the file, `<file>.lock` (symbolic links and
// "." / ".." resolved first, so every name of the file shares one lock): a
// lock on the file itself would be lost when the new file is renamed over
// it. The lock file is created once and never deleted (deleting it would let
// a waiting run lock a file no newcomer sees); it stays empty.
//
// The lock is advisory: it keeps precis runs apart, not other writers. It is
// released when the FileLock is destroyed, or by the kernel when the process
// ends however it ends, so a killed run never leaves a stale lock. On NFS,
// flock is emulated with fcntl locks (Linux 2.6.12 and later).
//
//   precis::Result<precis::io::FileLock> lock = precis::io::FileLock::Acquire(
//       "news.idx", [&](const std::string& lock_file) { Report("waiting for " + lock_file); });
//   if (!lock.ok()) return lock.status();
//   // ... read news.idx, add to it, AtomicFile-replace it ...
#pragma once

#include <functional>
#include <string>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::io {

class PRECIS_EXPORT FileLock {
 public:
  // Locks `<path>.lock` (created when missing), waiting while another
  // FileLock, in this process or another, holds it; `on_wait` (when set) is
  // called once, with the lock file's name, before waiting. kIo naming the
  // lock file when it cannot be created or locked (a read-only directory).
  static Result<FileLock> Acquire(const std::string& path,
                                  const std::function<void(const std::string&)>& on_wait = {});

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  // Releases the lock.
  ~FileLock();

  // The lock file.
  const std::string& path() const { return path_; }

 private:
  FileLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}

  std::string path_;
  int fd_ = -1;
};

}  // namespace precis::io
