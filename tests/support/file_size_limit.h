// A full disk, simulated. A file size limit (RLIMIT_FSIZE) makes write() fail
// with EFBIG the way a full disk fails with ENOSPC, without filling one; the
// SIGXFSZ that would kill the process is ignored meanwhile. The limit and the
// signal handler are restored when the object goes out of scope.
//
//   {
//     const FileSizeLimit limit(512);
//     ASSERT_TRUE(limit.ok());
//     run = RunApp(...);          // its writes past 512 bytes fail
//   }
#pragma once

#include <sys/resource.h>

#include <csignal>

namespace precis::testing {

class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    if (::getrlimit(RLIMIT_FSIZE, &saved_) != 0) return;
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved_;
    limited.rlim_cur = bytes;
    ok_ = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
  }
  ~FileSizeLimit() {
    if (old_handler_ == SIG_ERR) return;
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  // Whether the limit is in force.
  bool ok() const { return ok_; }

 private:
  rlimit saved_{};
  void (*old_handler_)(int) = SIG_ERR;
  bool ok_ = false;
};

}  // namespace precis::testing
