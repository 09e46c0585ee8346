// AtomicFile: the target is replaced whole or left as it was, and no
// temporary file outlives a failure.
#include "precis/io/atomic_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/file_size_limit.h"
#include "support/read_file.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Put(const std::string& name, const std::string& bytes) const {
    std::ofstream(Path(name), std::ios::binary) << bytes;
  }
  std::string Read(const std::string& name) const {
    return ReadFileBytes(Path(name));
  }
  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  std::filesystem::path dir_ = ScratchPath("atomic");
};

TEST_F(AtomicFileTest, CommitReplacesTheTargetWithEveryPiece) {
  Put("out", "old");
  io::AtomicFile file;
  ASSERT_TRUE(file.Open(Path("out")).ok());
  std::string expected;
  // Small pieces are gathered, a large one goes straight out: both in order.
  for (int i = 0; i < 1000; ++i) {
    const std::string piece = "line " + std::to_string(i) + "\n";
    ASSERT_TRUE(file.Write(piece).ok());
    expected += piece;
  }
  const std::string large(3 << 20, 'x');
  ASSERT_TRUE(file.Write(large).ok());
  ASSERT_TRUE(file.Write("end\n").ok());
  expected += large + "end\n";
  EXPECT_EQ(Read("out"), "old");  // untouched until the commit
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_EQ(Read("out"), expected);
  EXPECT_THAT(Files(), ElementsAre("out"));
}

TEST_F(AtomicFileTest, AbandonedFileLeavesTheTargetAndNoTemporary) {
  Put("out", "old");
  {
    io::AtomicFile file;
    ASSERT_TRUE(file.Open(Path("out")).ok());
    ASSERT_TRUE(file.Write(std::string(2 << 20, 'x')).ok());
  }
  EXPECT_EQ(Read("out"), "old");
  EXPECT_THAT(Files(), ElementsAre("out"));
}

TEST_F(AtomicFileTest, MissingDirectoryIsAnErrorNamingTheFile) {
  const std::string target = Path("missing/out");
  io::AtomicFile file;
  const Status opened = file.Open(target);
  EXPECT_EQ(opened.code(), ErrorCode::kIo);
  EXPECT_THAT(opened.message(), StartsWith(target + ".tmp."));
  EXPECT_THAT(opened.message(), EndsWith(": cannot create: No such file or directory"));
  // Later calls keep returning the first error.
  EXPECT_EQ(file.Write("x").message(), opened.message());
  EXPECT_EQ(file.Commit().message(), opened.message());
  EXPECT_TRUE(Files().empty());
}

TEST_F(AtomicFileTest, TargetThatIsADirectoryIsLeftAndNoTemporary) {
  std::filesystem::create_directory(Path("out"));
  const Status written = io::WriteFileAtomically(Path("out"), "bytes");
  EXPECT_EQ(written.code(), ErrorCode::kIo);
  EXPECT_THAT(written.message(),
              StartsWith(Path("out") + ": cannot rename " + Path("out") + ".tmp."));
  EXPECT_THAT(Files(), ElementsAre("out"));
  EXPECT_TRUE(std::filesystem::is_directory(Path("out")));
}

TEST_F(AtomicFileTest, FullDiskLeavesTheTargetAndNoTemporary) {
  // A file size limit makes write() fail with EFBIG, as a full disk fails
  // with ENOSPC; whether in Write (a large piece) or in Commit (the buffer).
  Put("out", "old");
  Status large, opened, small_write, committed;
  {
    const FileSizeLimit limit(512);
    ASSERT_TRUE(limit.ok());
    large = io::WriteFileAtomically(Path("out"), std::string(2 << 20, 'x'));
    io::AtomicFile file;
    opened = file.Open(Path("out"));
    small_write = file.Write(std::string(1000, 'y'));
    committed = file.Commit();
  }
  EXPECT_THAT(large.message(), StartsWith(Path("out") + ".tmp."));
  EXPECT_THAT(large.message(), EndsWith(": write failed: File too large"));
  EXPECT_TRUE(opened.ok());
  EXPECT_TRUE(small_write.ok());  // only buffered
  EXPECT_THAT(committed.message(), EndsWith(": write failed: File too large"));
  EXPECT_EQ(Read("out"), "old");
  EXPECT_THAT(Files(), ElementsAre("out"));
}

TEST_F(AtomicFileTest, ReadOnlyDirectoryIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only directories";
  Put("out", "old");
  std::filesystem::permissions(
      dir_, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  const Status written = io::WriteFileAtomically(Path("out"), "new");
  std::filesystem::permissions(dir_, std::filesystem::perms::owner_all);
  EXPECT_THAT(written.message(), HasSubstr(": cannot create: Permission denied"));
  EXPECT_EQ(Read("out"), "old");
  EXPECT_THAT(Files(), ElementsAre("out"));
}

}  // namespace
}  // namespace precis::testing
