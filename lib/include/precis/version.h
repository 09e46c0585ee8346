// The library's version, for --version output and file headers.
#pragma once

namespace precis {

inline constexpr const char* kVersion = "0.1.0";

}  // namespace precis
