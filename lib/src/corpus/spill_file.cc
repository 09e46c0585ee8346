#include "precis/corpus/spill_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace precis::corpus {

SpillFile::~SpillFile() {
  if (file_ != nullptr) std::fclose(file_);
}

// The file is already unlinked, so the message says so: there is nothing to
// look for at that path, only a file system that filled up or failed.
Status SpillFile::Error(std::string_view what) const {
  const int error = errno;
  return IoError(path_ + " (temporary file, deleted): " + std::string(what) +
                 (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
}

Status SpillFile::Open(std::string_view prefix) {
  const char* dir = std::getenv("TMPDIR");
  path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/" + std::string(prefix) +
          "-XXXXXX";
  const int fd = mkstemp(path_.data());
  if (fd < 0) {
    return IoError("cannot create a temporary file in " + path_ + ": " + std::strerror(errno));
  }
  unlink(path_.c_str());
  file_ = fdopen(fd, "w+b");
  if (file_ == nullptr) {
    const Status failed = Error("cannot open");
    close(fd);
    return failed;
  }
  // Appends are small (an article's text or shingles): with stdio's 4 KiB
  // buffer a 3 GB spill took 800,000 write calls. (glibc ignores the size
  // unless given the buffer.)
  constexpr std::size_t kBuffer = std::size_t{1} << 20;
  buffer_ = std::make_unique<char[]>(kBuffer);
  std::setvbuf(file_, buffer_.get(), _IOFBF, kBuffer);
  return Status::Ok();
}

Result<std::uint64_t> SpillFile::Append(std::string_view bytes) {
  const std::uint64_t offset = size_;
  errno = 0;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return Error("writing failed (disk full?)");
  }
  size_ += bytes.size();
  return offset;
}

Status SpillFile::Flush() {
  errno = 0;
  if (file_ != nullptr && std::fflush(file_) != 0) return Error("writing failed (disk full?)");
  return Status::Ok();
}

Status SpillFile::Read(std::uint64_t offset, std::span<char> out) const {
  std::size_t done = 0;
  while (done < out.size()) {
    errno = 0;
    const ssize_t n = pread(fileno(file_), out.data() + done, out.size() - done,
                            static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Error("reading failed");
    done += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

}  // namespace precis::corpus
