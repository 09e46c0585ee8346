#include "precis/io/input_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <iterator>

namespace precis::io {
namespace {

std::string Reason(int error) { return std::strerror(error); }

}  // namespace

Status OpenForReading(const std::string& path, std::ifstream& file) {
  // std::ifstream opens a directory on Linux and then reads nothing (or, after
  // seeking to its "end", reports a size near 2^63): refuse it by name first.
  struct stat info{};
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
  struct stat info{};
  if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    bytes.resize(static_cast<std::size_t>(info.st_size));
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const auto got = static_cast<std::size_t>(file.gcount());
    if (got < bytes.size()) bytes.resize(got);  // the file shrank while we read it
    if (file.bad()) {
      bytes.clear();
      return IoError("read error: " + Reason(errno));
    }
    // The file may also have grown: take the rest as a stream.
    if (file.peek() != std::ifstream::traits_type::eof()) {
      bytes.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
  } else {
    bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  if (file.bad()) {
    bytes.clear();
    return IoError("read error: " + Reason(errno));
  }
  return Status::Ok();
}

}  // namespace precis::io
