#include "precis/io/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

namespace precis::io {
namespace {

// As the kernel's own limit (MAXSYMLINKS): a longer chain is a loop.
constexpr int kMaxLinks = 40;

// The lock file's name: beside the file that `path` finally names (through
// a dangling link too, as AtomicFile writes through it), so that two runs
// reaching one index through different names share one lock.
std::string LockFileName(const std::string& path) {
  std::filesystem::path file = path;
  std::error_code error;
  for (int hops = 0; hops < kMaxLinks && std::filesystem::is_symlink(file, error); ++hops) {
    const std::filesystem::path target = std::filesystem::read_symlink(file, error);
    if (error) break;
    file = target.is_absolute() ? target : file.parent_path() / target;
  }
  const std::filesystem::path resolved = std::filesystem::weakly_canonical(file, error);
  return (error ? file : resolved).string() + ".lock";
}

// flock(2), retried when a signal interrupts the wait.
int Flock(int fd, int operation) {
  int result = 0;
  do {
    result = ::flock(fd, operation);
  } while (result != 0 && errno == EINTR);
  return result;
}

}  // namespace

Result<FileLock> FileLock::Acquire(const std::string& path,
                                   const std::function<void(const std::string&)>& on_wait) {
  std::string name = LockFileName(path);
  // Read-only is enough for flock; O_CREAT makes it the first time.
  const int fd = ::open(name.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666);
  if (fd < 0) return IoError(name + ": cannot create the lock file: " + std::strerror(errno));
  if (Flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const bool busy = errno == EWOULDBLOCK;
    if (busy && on_wait) on_wait(name);
    if (!busy || Flock(fd, LOCK_EX) != 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd);
      return IoError(name + ": cannot lock: " + reason);
    }
  }
  return FileLock(std::move(name), fd);
}

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the only descriptor releases the flock
}

}  // namespace precis::io
