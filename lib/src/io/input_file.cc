#include "precis/io/input_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace precis::io {
namespace {

std::string Reason(int error) { return std::strerror(error); }

// The reason for a stream's failed read, as its read() left errno.
std::string ReadFailureReason() { return errno != 0 ? Reason(errno) : "unknown reason"; }

}  // namespace

Status LineReadFailure() {
  return IoError("read error: " + ReadFailureReason() + "; the rest of the input was not read");
}

bool ReadLine(std::istream& stream, std::string& line) {
  errno = 0;
  return static_cast<bool>(std::getline(stream, line));
}

Status ReadStream(std::istream& stream, std::string& bytes) {
  // istream::read catches what a failing streambuf throws (libstdc++'s
  // filebuf throws on a failed read()) and sets badbit; errno still holds
  // the read's error.
  errno = 0;
  char buffer[1 << 16];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (!stream) break;
  }
  if (stream.bad()) return IoError("read error: " + ReadFailureReason());
  return Status::Ok();
}

Status OpenForReading(const std::string& path, std::ifstream& file) {
  // std::ifstream opens a directory on Linux and then reads nothing (or, after
  // seeking to its "end", reports a size near 2^63): refuse it by name first.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return IoError("cannot open: " + Reason(errno));
  if (S_ISDIR(info.st_mode)) return InvalidInput("is a directory");
  file.open(path, std::ios::binary);
  if (!file) return IoError("cannot open: " + Reason(errno ? errno : EACCES));
  return Status::Ok();
}

Status ReadFileBytes(const std::string& path, std::string& bytes) {
  bytes.clear();
  std::ifstream file;
  if (Status opened = OpenForReading(path, file); !opened.ok()) return opened;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    bytes.resize(static_cast<std::size_t>(info.st_size));
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const auto got = static_cast<std::size_t>(file.gcount());
    if (got < bytes.size()) bytes.resize(got);  // the file shrank while we read it
    if (file.bad()) {
      bytes.clear();
      return IoError("read error: " + Reason(errno));
    }
  }
  // The rest: all of a pipe or device, or what a regular file grew by.
  if (Status read = ReadStream(file, bytes); !read.ok()) {
    bytes.clear();
    return read;
  }
  return Status::Ok();
}

}  // namespace precis::io
