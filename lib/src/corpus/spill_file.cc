#include "precis/corpus/spill_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace precis::corpus {

SpillFile::~SpillFile() {
  if (file_ != nullptr) std::fclose(file_);
}

Status SpillFile::Open() {
  const char* dir = std::getenv("TMPDIR");
  std::string path =
      std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/precis-dedup-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0)
    return IoError("cannot create a temporary file in " + path + ": " + std::strerror(errno));
  unlink(path.c_str());
  file_ = fdopen(fd, "w+b");
  if (file_ == nullptr) {
    close(fd);
    return IoError("cannot open a temporary file: " + std::string(std::strerror(errno)));
  }
  return Status::Ok();
}

Result<std::uint64_t> SpillFile::Append(std::string_view bytes) {
  const std::uint64_t offset = size_;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return IoError("writing the temporary file failed (disk full?): " +
                   std::string(std::strerror(errno)));
  }
  size_ += bytes.size();
  return offset;
}

Status SpillFile::Flush() {
  if (file_ != nullptr && std::fflush(file_) != 0) {
    return IoError("writing the temporary file failed: " + std::string(std::strerror(errno)));
  }
  return Status::Ok();
}

Status SpillFile::Read(std::uint64_t offset, std::span<char> out) const {
  std::size_t done = 0;
  while (done < out.size()) {
    const ssize_t n = pread(fileno(file_), out.data() + done, out.size() - done,
                            static_cast<off_t>(offset + done));
    if (n <= 0) return IoError("reading the temporary file failed");
    done += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

}  // namespace precis::corpus
