// The evaluation data's bbc-dev articles for differential tests: read where
// present, skipped where absent (tests must not need ../shared/data).
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/read_file.h"

namespace precis::testing {

// The bbc-dev article files, sorted; empty when the data is absent.
inline std::vector<std::filesystem::path> BbcDevArticles() {
  const std::filesystem::path folder = std::filesystem::path(PRECIS_DATA_DIR) / "bbc-dev/articles";
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::exists(folder)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace precis::testing
