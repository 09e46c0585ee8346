// The stream buffer behind std::cout in every app: like the standard one, but
// it keeps the errno of a failed write, so the app can say what failed ("No
// space left on device", "Bad file descriptor") instead of guessing.
#pragma once

#include <array>
#include <streambuf>

namespace precis::cli {

class StdoutBuffer : public std::streambuf {
 public:
  explicit StdoutBuffer(int fd);
  StdoutBuffer(const StdoutBuffer&) = delete;
  StdoutBuffer& operator=(const StdoutBuffer&) = delete;
  ~StdoutBuffer() override;

  // errno of the first write that failed; 0 while every write succeeded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  // Writes the buffered bytes out; false (error() set) when a write failed.
  bool Drain();

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace precis::cli
