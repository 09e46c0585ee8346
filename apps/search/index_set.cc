#include "search/index_set.h"

#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

namespace precis::cli {
namespace {

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code error;
  return std::filesystem::equivalent(search::IndexFilePath(a), search::IndexFilePath(b), error);
}

// Each option that decides how articles are cut into shingles, as the flag
// that sets it, with its value in `params`.
std::vector<std::pair<std::string, std::string>> CutOptions(const search::IndexParams& params) {
  return {{"--lang", params.language},
          {"--no-stem", params.stem ? "off" : "on"},
          {"-k", std::to_string(params.shingle_size)},
          {"--shingle-seed", std::to_string(params.shingle_seed)}};
}

}  // namespace

Status CheckIndexSet(std::span<const std::string> directories,
                     std::span<const search::Index> indexes) {
  const auto twice = " (each match would be reported twice)";
  for (std::size_t i = 0; i < indexes.size(); ++i) {
    const search::IndexParams& params = indexes[i].params();
    for (std::size_t j = 0; j < i; ++j) {
      const search::IndexParams& earlier = indexes[j].params();
      const std::string both = directories[j] + " and " + directories[i];
      if (SameFile(directories[j], directories[i])) {
        return InvalidArgument(both + ": the same index given twice" + twice);
      }
      // Unsharded indexes (0/1) may be separate collections; two holders of
      // one shard of n are copies of one part.
      if (params.shard_count > 1 && params.shard_count == earlier.shard_count &&
          params.shard_index == earlier.shard_index) {
        return InvalidArgument(both + ": both hold shard " + std::to_string(params.shard_index) +
                               "/" + std::to_string(params.shard_count) + twice);
      }
    }
    const auto want = CutOptions(indexes.front().params());
    const auto got = CutOptions(params);
    for (std::size_t k = 0; k < want.size(); ++k) {
      if (got[k].second != want[k].second) {
        return InvalidArgument(directories[i] + ": built with " + got[k].first + " " +
                               got[k].second + ", but " + directories.front() + " with " +
                               want[k].first + " " + want[k].second +
                               "; indexes queried together must be built with the same --lang, "
                               "--no-stem, -k and --shingle-seed");
      }
    }
  }
  return Status::Ok();
}

}  // namespace precis::cli
