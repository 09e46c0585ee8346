// Scratch files for tests. ctest runs every test as its own process and
// several at once (CI uses -j2, and a developer may test two presets side by
// side), so a fixed name in the temporary directory is a race: one test
// truncates the file another is reading. Scratch files live in a directory
// named after the process id, which no other live test shares, and the
// directory is removed when the process exits.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace precis::testing {

// The running process's scratch directory, created on first use.
inline const std::filesystem::path& ScratchDirectory() {
  struct Directory {
    Directory()
        : path(std::filesystem::temp_directory_path() /
               ("precis_test_" + std::to_string(::getpid()))) {
      std::filesystem::create_directories(path);
    }
    ~Directory() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
    std::filesystem::path path;
  };
  static const Directory directory;
  return directory.path;
}

// A path in the scratch directory, prefixed with the running test's name so
// a kept file says where it came from.
inline std::filesystem::path ScratchPath(std::string_view name) {
  std::string file;
  if (const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info()) {
    file += std::string(info->test_suite_name()) + "_" + info->name() + "_";
  }
  file += name;
  std::replace(file.begin(), file.end(), '/', '_');
  return ScratchDirectory() / file;
}

}  // namespace precis::testing
