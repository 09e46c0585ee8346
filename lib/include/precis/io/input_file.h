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
#include <istream>
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

// Appends the rest of `stream` to `bytes`. A read that fails (EIO, a
// directory given as stdin, a closed descriptor) is kIo "read error:
// <reason>", never an exception and never a silent end of input; `bytes`
// then keeps what was read before the failure.
PRECIS_EXPORT Status ReadStream(std::istream& stream, std::string& bytes);

// std::getline, with errno cleared first: when it fails because a read did
// (`stream.bad()`), LineReadFailure() says why.
PRECIS_EXPORT bool ReadLine(std::istream& stream, std::string& line);

// What a line reader reports when ReadLine stopped on a failed read: kIo
// "read error: <reason>; the rest of the input was not read", the reason
// from errno as the failing read() left it ("Input/output error"). Callers
// prefix where reading stopped.
PRECIS_EXPORT Status LineReadFailure();

}  // namespace precis::io
