// A temporary file that cannot be read back, simulated: truncates this
// process's open, already unlinked files (corpus::SpillFile's) whose name
// starts with `prefix`, through /proc/self/fd, so the next read of them
// comes up short the way a failing disk's read fails.
//
//   EXPECT_EQ(TruncateTemporaryFiles("precis-search-shingles-"), 1);
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace precis::testing {

// How many files were truncated.
inline int TruncateTemporaryFiles(std::string_view prefix) {
  int truncated = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    const std::string target = std::filesystem::read_symlink(entry.path(), error).string();
    if (error || target.find("/" + std::string(prefix)) == std::string::npos ||
        target.find("(deleted)") == std::string::npos) {
      continue;
    }
    const int fd = ::open(entry.path().c_str(), O_WRONLY);
    if (fd >= 0 && ::ftruncate(fd, 0) == 0) ++truncated;
    if (fd >= 0) ::close(fd);
  }
  return truncated;
}

}  // namespace precis::testing
