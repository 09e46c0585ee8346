#include "precis/io/file_lock.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/scratch_path.h"

namespace precis::io {
namespace {

TEST(FileLockTest, SecondHolderWaitsForTheFirstEvenAcrossARename) {
  const std::filesystem::path file = testing::ScratchPath("locked.idx");
  std::ofstream(file) << "old\n";
  std::optional<FileLock> first;
  {
    Result<FileLock> locked = FileLock::Acquire(file.string());
    ASSERT_TRUE(locked.ok()) << locked.status().message();
    first.emplace(std::move(*locked));
  }
  // The way an index is replaced: a new file renamed over it.
  const std::filesystem::path replacement = testing::ScratchPath("locked.idx.new");
  std::ofstream(replacement) << "new\n";
  std::filesystem::rename(replacement, file);

  std::atomic<bool> waited = false, acquired = false;
  std::thread second([&] {
    Result<FileLock> locked =
        FileLock::Acquire(file.string(), [&](const std::string&) { waited = true; });
    acquired = locked.ok();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(acquired);
  first.reset();  // released
  second.join();
  EXPECT_TRUE(waited);
  EXPECT_TRUE(acquired);
  EXPECT_EQ(first, std::nullopt);
  EXPECT_TRUE(std::filesystem::exists(file.string() + ".lock"));
}

TEST(FileLockTest, LockFileThatCannotBeCreatedIsNamed) {
  const std::string file = testing::ScratchPath("missing-dir").string() + "/x.idx";
  const Result<FileLock> locked = FileLock::Acquire(file);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.status().code(), ErrorCode::kIo);
  EXPECT_NE(locked.status().message().find("x.idx.lock: cannot create the lock file"),
            std::string::npos)
      << locked.status().message();
}

}  // namespace
}  // namespace precis::io
