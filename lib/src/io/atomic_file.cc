#include "precis/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <random>

namespace precis::io {
namespace {

// Writes are gathered to this size: an index is written line by line.
constexpr std::size_t kBufferBytes = 1 << 20;
// As the kernel's own limit (MAXSYMLINKS): a longer chain is a loop.
constexpr int kMaxLinks = 40;

std::string ErrnoText() { return std::strerror(errno); }

std::string DirectoryOf(const std::string& path) {
  const std::string::size_type slash = path.rfind('/');
  return slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
}

// The rename lives in the directory's own data: until that is on disk too, a
// power cut can bring back the old file (or none). Best effort: the new file
// is already in place, so a directory that cannot be synced (some network and
// FUSE filesystems refuse) is not an error to report.
void SyncDirectoryOf(const std::string& path) {
  const int fd = ::open(DirectoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The name a chain of symbolic links finally leads to (existing or not).
// Renaming over the link itself would turn it into a plain file and leave its
// target stale. A loop is an error after kMaxLinks links.
Result<std::string> FollowLinks(std::string path) {
  for (int hops = 0; hops < kMaxLinks; ++hops) {
    struct stat info{};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return path;
    std::string target(PATH_MAX, '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n <= 0) return path;
    target.resize(static_cast<std::size_t>(n));
    // A relative link is relative to the directory holding the link.
    if (target.front() != '/' && path.find('/') != std::string::npos) {
      target = DirectoryOf(path) + "/" + target;
    }
    path = std::move(target);
  }
  return IoError(path + ": cannot follow the link: " + std::strerror(ELOOP));
}

const char* TypeName(mode_t mode) {
  if (S_ISBLK(mode)) return "block device";
  if (S_ISSOCK(mode)) return "socket";
  if (S_ISCHR(mode)) return "character device";
  if (S_ISFIFO(mode)) return "FIFO";
  return "special file";
}

}  // namespace

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

Status AtomicFile::Open(const std::string& path) {
  if (!path_.empty()) return status_ = IoError(path + ": atomic file opened twice");
  path_ = path;
  struct stat info{};
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) {
    // Replacing /dev/null (as root) or a named pipe with a regular file is
    // never what was meant; writing into it is.
    fd_ = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) return status_ = IoError(path + ": cannot open: " + ErrnoText());
    stream_ = true;
    target_ = path;
    status_ = Status::Ok();
    return status_;
  }
  if (exists && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    return status_ = IoError(path + ": not a regular file (" + TypeName(info.st_mode) +
                             "); refusing to replace it");
  }
  Result<std::string> target = FollowLinks(path);
  if (!target.ok()) return status_ = target.status();
  target_ = std::move(target).value();
  // The pid keeps concurrent processes apart, the random part concurrent
  // writers within one process; O_EXCL never reuses a stranger's file.
  std::random_device random;
  const std::string temporary =
      target_ + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(random());
  fd_ = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return status_ = IoError(temporary + ": cannot create: " + ErrnoText());
  temporary_ = temporary;
  // A private file (an index of unpublished articles at 0600) must not
  // become readable to others by being rewritten.
  if (exists && S_ISREG(info.st_mode)) ::fchmod(fd_, info.st_mode & 07777);
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

Status AtomicFile::WriteAt(std::uint64_t offset, std::string_view bytes) {
  if (!status_.ok()) return status_;
  if (stream_) return Fail(IoError(path_ + ": cannot go back in a stream to rewrite it"));
  if (Status drained = Drain(); !drained.ok()) return drained;
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::pwrite(fd_, bytes.data() + written, bytes.size() - written,
                               static_cast<off_t>(offset + written));
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail(IoError(WrittenName() + ": write failed: " + ErrnoText()));
    }
    written += static_cast<std::size_t>(n);
  }
  return status_;
}

Status AtomicFile::Drain() {
  const Status written = WriteAll(buffer_);
  buffer_.clear();
  return written;
}

const std::string& AtomicFile::WrittenName() const { return stream_ ? path_ : temporary_; }

Status AtomicFile::WriteAll(std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail(IoError(WrittenName() + ": write failed: " + ErrnoText()));
    }
    written += static_cast<std::size_t>(n);
  }
  return status_;
}

Status AtomicFile::Commit() {
  if (!status_.ok()) return status_;
  if (Status drained = Drain(); !drained.ok()) return drained;
  const int fd = fd_;
  fd_ = -1;
  if (stream_) {
    // Nothing to sync or rename: a pipe or device has no file to make durable.
    if (::close(fd) != 0) return Fail(IoError(path_ + ": write failed: " + ErrnoText()));
    return status_;
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file on some filesystems. close() reports late write errors (NFS).
  const bool synced = ::fsync(fd) == 0;
  const int sync_error = errno;
  const bool closed = ::close(fd) == 0;
  if (!synced) errno = sync_error;
  if (!synced || !closed) return Fail(IoError(temporary_ + ": write failed: " + ErrnoText()));
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    return Fail(IoError(path_ + ": cannot rename " + temporary_ + ": " + ErrnoText()));
  }
  temporary_.clear();  // it is the target now
  SyncDirectoryOf(target_);
  return status_;
}

Status AtomicFile::Fail(Status status) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temporary_.empty()) std::remove(temporary_.c_str());
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
