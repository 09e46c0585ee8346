// An input that breaks half way, as a disk with a bad sector or stdin bound
// to a directory does: it serves its bytes, then fails the next read the way
// libstdc++'s filebuf does when read() fails (errno set, an exception that
// the istream turns into badbit).
#pragma once

#include <cerrno>
#include <ios>
#include <istream>
#include <streambuf>
#include <string>
#include <utility>

namespace precis::testing {

class FailingInput : public std::streambuf {
 public:
  explicit FailingInput(std::string data) : data_(std::move(data)) {
    setg(data_.data(), data_.data(), data_.data() + data_.size());
  }

 protected:
  int_type underflow() override {
    errno = EIO;
    throw std::ios_base::failure("read failed");
  }

 private:
  std::string data_;
};

// An istream over a FailingInput.
class FailingStream : public std::istream {
 public:
  explicit FailingStream(std::string data) : std::istream(nullptr), buffer_(std::move(data)) {
    rdbuf(&buffer_);
  }

 private:
  FailingInput buffer_;
};

}  // namespace precis::testing
