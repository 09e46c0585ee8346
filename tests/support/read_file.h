// A whole file's bytes, for tests that read back what an app or a writer
// produced, golden files and corpus articles.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace precis::testing {

// The file's bytes as they are (binary mode); empty when it cannot be read.
inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

}  // namespace precis::testing
