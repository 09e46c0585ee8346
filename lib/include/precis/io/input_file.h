// Opening input files the same way everywhere, so that a directory, a missing
// file or an unreadable one is one clear error instead of an empty stream or
// an allocation of "the size" of a directory.
//
//   std::ifstream file;
//   if (precis::Status s = precis::io::OpenForReading(path, file); !s.ok()) {
//     std::cerr << path << ": " << s.message() << "\n";  // "is a directory", ...
//   }
//
//   std::string bytes;
//   precis::Status s = precis::io::ReadFileBytes(path, bytes);
#pragma once

#include <fstream>
#include <string>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::io {

// Opens `path` for binary reading into `file`. Fails with kInvalidInput
// "is a directory" for a directory, and with kIo "cannot open: <reason>" when
// the file is missing or unreadable. Messages do not name the file: callers
// prefix it. FIFOs, character devices and other streams are opened as streams.
PRECIS_EXPORT Status OpenForReading(const std::string& path, std::ifstream& file);

// Reads the whole of `path` into `bytes` (replacing its content), sized in one
// allocation for a regular file and read as a stream otherwise. Errors as
// OpenForReading, plus kIo "read error: <reason>". `bytes` is empty on error.
PRECIS_EXPORT Status ReadFileBytes(const std::string& path, std::string& bytes);

}  // namespace precis::io
