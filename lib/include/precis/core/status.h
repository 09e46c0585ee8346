// Errors as values.
//
// Library functions that can fail return a Status (no value) or a Result<T>
// (a value or a Status). Exceptions never cross the library's API.
//
//   precis::Result<precis::text::DecodedText> decoded = precis::text::Decode(bytes, {});
//   if (!decoded.ok()) {
//     std::cerr << path << ": " << decoded.status().message() << "\n";
//     return 1;
//   }
//   Use(decoded.value().text);
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "precis/export.h"

namespace precis {

// What kind of failure a Status reports; apps map these to exit statuses.
enum class ErrorCode {
  kOk = 0,
  kInvalidInput,     // the data is malformed: bad encoding, binary, bad record
  kInvalidArgument,  // the caller asked for something impossible (bad option value)
  kFormatMismatch,   // a model or signature file of another format, version or parameters
  kIo,               // reading or writing failed
  kInternal,         // a dependency failed unexpectedly (ICU data missing, ...)
};

class PRECIS_EXPORT Status {
 public:
  // An OK status.
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // One line, no trailing newline, no program or file name: the caller adds those.
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

inline Status InvalidInput(std::string message) {
  return Status(ErrorCode::kInvalidInput, std::move(message));
}
inline Status InvalidArgument(std::string message) {
  return Status(ErrorCode::kInvalidArgument, std::move(message));
}
inline Status FormatMismatch(std::string message) {
  return Status(ErrorCode::kFormatMismatch, std::move(message));
}
inline Status IoError(std::string message) { return Status(ErrorCode::kIo, std::move(message)); }
inline Status InternalError(std::string message) {
  return Status(ErrorCode::kInternal, std::move(message));
}

// A value of type T, or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  // `status` must not be OK.
  Result(Status status) : state_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(state_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(state_); }
  // The error; OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

  // Requires ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace precis
