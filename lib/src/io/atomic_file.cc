#include "precis/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

namespace precis::io {
namespace {

// Writes are gathered to this size: an index is written line by line.
constexpr std::size_t kBufferBytes = 1 << 20;

std::string ErrnoText() { return std::strerror(errno); }

// The rename lives in the directory's own data: until that is on disk too, a
// power cut can bring back the old file (or none). Best effort: the new file
// is already in place, so a directory that cannot be synced (some network and
// FUSE filesystems refuse) is not an error to report.
void SyncDirectoryOf(const std::string& path) {
  const std::string::size_type slash = path.rfind('/');
  const std::string directory =
      slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

Status AtomicFile::Open(const std::string& path) {
  if (!path_.empty()) return status_ = IoError(path + ": atomic file opened twice");
  path_ = path;
  // The pid keeps concurrent processes apart, the random part concurrent
  // writers within one process; O_EXCL never reuses a stranger's file.
  std::random_device random;
  const std::string temporary =
      path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(random());
  fd_ = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return status_ = IoError(temporary + ": cannot create: " + ErrnoText());
  temporary_ = temporary;
  status_ = Status::Ok();
  return status_;
}

Status AtomicFile::Write(std::string_view bytes) {
  if (!status_.ok()) return status_;
  if (buffer_.size() + bytes.size() < kBufferBytes) {
    buffer_.append(bytes);
    return status_;
  }
  // Large pieces (a whole model) go straight out rather than being copied.
  if (Status drained = Drain(); !drained.ok()) return drained;
  return WriteAll(bytes);
}

Status AtomicFile::Drain() {
  const Status written = WriteAll(buffer_);
  buffer_.clear();
  return written;
}

Status AtomicFile::WriteAll(std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail(IoError(temporary_ + ": write failed: " + ErrnoText()));
    }
    written += static_cast<std::size_t>(n);
  }
  return status_;
}

Status AtomicFile::Commit() {
  if (!status_.ok()) return status_;
  if (Status drained = Drain(); !drained.ok()) return drained;
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file on some filesystems. close() reports late write errors (NFS).
  const int fd = fd_;
  fd_ = -1;
  const bool synced = ::fsync(fd) == 0;
  const int sync_error = errno;
  const bool closed = ::close(fd) == 0;
  if (!synced) errno = sync_error;
  if (!synced || !closed) return Fail(IoError(temporary_ + ": write failed: " + ErrnoText()));
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    return Fail(IoError(path_ + ": cannot rename " + temporary_ + ": " + ErrnoText()));
  }
  temporary_.clear();  // it is the target now
  SyncDirectoryOf(path_);
  return status_;
}

Status AtomicFile::Fail(Status status) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  std::remove(temporary_.c_str());
  temporary_.clear();
  buffer_.clear();
  return status_ = std::move(status);
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  AtomicFile file;
  if (Status opened = file.Open(path); !opened.ok()) return opened;
  if (Status written = file.Write(bytes); !written.ok()) return written;
  return file.Commit();
}

}  // namespace precis::io
