// AtomicFile: the target is replaced whole or left as it was, and no
// temporary file outlives a failure.
#include "precis/io/atomic_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
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
  bool IsLink(const std::string& name) const {
    return std::filesystem::is_symlink(std::filesystem::symlink_status(Path(name)));
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

// A header whose fields are known last is written over its placeholder,
// also after buffered and large pieces.
TEST_F(AtomicFileTest, WriteAtRewritesBytesAlreadyWritten) {
  io::AtomicFile file;
  ASSERT_TRUE(file.Open(Path("out")).ok());
  ASSERT_TRUE(file.Write("????").ok());
  ASSERT_TRUE(file.Write(" body").ok());
  const std::string large(3 << 20, 'x');
  ASSERT_TRUE(file.Write(large).ok());
  ASSERT_TRUE(file.Write("tail").ok());  // still buffered when WriteAt comes
  ASSERT_TRUE(file.WriteAt(0, "HEAD").ok());
  ASSERT_TRUE(file.WriteAt(5, "B").ok());
  ASSERT_TRUE(file.Write("!").ok());
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_EQ(Read("out"), "HEAD Body" + large + "tail!");
}

TEST_F(AtomicFileTest, WriteAtIsAnErrorOnAStream) {
  ASSERT_EQ(::mkfifo(Path("pipe").c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = Read("pipe"); });
  io::AtomicFile file;
  ASSERT_TRUE(file.Open(Path("pipe")).ok());
  ASSERT_TRUE(file.Write("header").ok());
  const Status rewritten = file.WriteAt(0, "H");
  EXPECT_EQ(rewritten.code(), ErrorCode::kIo);
  EXPECT_THAT(rewritten.message(), HasSubstr("cannot go back in a stream"));
  EXPECT_EQ(file.Commit().message(), rewritten.message());
  reader.join();
  EXPECT_TRUE(std::filesystem::is_fifo(Path("pipe")));
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

TEST_F(AtomicFileTest, SymlinkIsWrittenThroughAndStaysALink) {
  // Renaming over the link used to turn it into a plain file and leave the
  // file it named stale.
  Put("real", "old");
  std::filesystem::create_symlink("real", Path("link"));
  ASSERT_TRUE(io::WriteFileAtomically(Path("link"), "new").ok());
  EXPECT_TRUE(IsLink("link"));
  EXPECT_EQ(std::filesystem::read_symlink(Path("link")), "real");
  EXPECT_EQ(Read("real"), "new");
  EXPECT_THAT(Files(), ElementsAre("link", "real"));
}

TEST_F(AtomicFileTest, DanglingSymlinkCreatesTheFileItNames) {
  std::filesystem::create_symlink("made", Path("link"));
  ASSERT_TRUE(io::WriteFileAtomically(Path("link"), "new").ok());
  EXPECT_TRUE(IsLink("link"));
  EXPECT_EQ(Read("made"), "new");
  EXPECT_THAT(Files(), ElementsAre("link", "made"));
}

TEST_F(AtomicFileTest, SymlinkChainIsFollowedAndTheTemporaryGoesBesideTheFile) {
  // a/first -> ../b/second (relative to a/) -> <dir>/c/real (absolute): the
  // temporary file must be in c/, beside the file it replaces, for the rename
  // to be atomic.
  for (const char* sub : {"a", "b", "c"}) std::filesystem::create_directory(Path(sub));
  Put("c/real", "old");
  std::filesystem::create_symlink("../b/second", Path("a/first"));
  std::filesystem::create_symlink(Path("c/real"), Path("b/second"));
  io::AtomicFile file;
  ASSERT_TRUE(file.Open(Path("a/first")).ok());
  ASSERT_TRUE(file.Write("new").ok());
  std::vector<std::string> in_c;
  for (const auto& entry : std::filesystem::directory_iterator(Path("c"))) {
    in_c.push_back(entry.path().filename().string());
  }
  std::sort(in_c.begin(), in_c.end());
  ASSERT_EQ(in_c.size(), 2u);
  EXPECT_EQ(in_c[0], "real");
  EXPECT_THAT(in_c[1], StartsWith("real.tmp."));
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_TRUE(IsLink("a/first"));
  EXPECT_TRUE(IsLink("b/second"));
  EXPECT_EQ(Read("c/real"), "new");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(Path("c")),
                          std::filesystem::directory_iterator()),
            1);
}

TEST_F(AtomicFileTest, SymlinkLoopIsAnErrorAndLeavesTheLinks) {
  std::filesystem::create_symlink("two", Path("one"));
  std::filesystem::create_symlink("one", Path("two"));
  const Status written = io::WriteFileAtomically(Path("one"), "new");
  EXPECT_EQ(written.code(), ErrorCode::kIo);
  EXPECT_THAT(written.message(), EndsWith(": Too many levels of symbolic links"));
  EXPECT_THAT(Files(), ElementsAre("one", "two"));
  EXPECT_TRUE(IsLink("one"));
  EXPECT_TRUE(IsLink("two"));
}

TEST_F(AtomicFileTest, SymlinkToADirectoryIsLeftAlone) {
  std::filesystem::create_directory(Path("d"));
  std::filesystem::create_symlink("d", Path("link"));
  const Status written = io::WriteFileAtomically(Path("link"), "new");
  EXPECT_THAT(written.message(), EndsWith(": Is a directory"));
  EXPECT_TRUE(IsLink("link"));
  EXPECT_TRUE(std::filesystem::is_empty(Path("d")));
  EXPECT_THAT(Files(), ElementsAre("d", "link"));
}

TEST_F(AtomicFileTest, ExistingFileKeepsItsPermissions) {
  Put("out", "old");
  std::filesystem::permissions(Path("out"), std::filesystem::perms::owner_read |
                                                std::filesystem::perms::owner_write);
  ASSERT_TRUE(io::WriteFileAtomically(Path("out"), "new").ok());
  EXPECT_EQ(std::filesystem::status(Path("out")).permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST_F(AtomicFileTest, FifoIsWrittenStraightAndStaysAFifo) {
  ASSERT_EQ(::mkfifo(Path("pipe").c_str(), 0600), 0);
  std::string received;
  // Opening a FIFO for writing waits for its reader.
  std::thread reader([&] { received = Read("pipe"); });
  const Status written = io::WriteFileAtomically(Path("pipe"), "model bytes\n");
  reader.join();
  EXPECT_TRUE(written.ok()) << written.message();
  EXPECT_EQ(received, "model bytes\n");
  EXPECT_TRUE(std::filesystem::is_fifo(Path("pipe")));
  EXPECT_THAT(Files(), ElementsAre("pipe"));
}

TEST_F(AtomicFileTest, CharacterDevicesAreWrittenStraightNeverReplaced) {
  // Copies of /dev/null and /dev/full made here, so that a regression cannot
  // replace the machine's own device nodes. Making them needs root.
  if (::mknod(Path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      ::mknod(Path("full").c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    GTEST_SKIP() << "cannot make device nodes here";
  }
  EXPECT_TRUE(io::WriteFileAtomically(Path("null"), std::string(3 << 20, 'x')).ok());
  const Status full = io::WriteFileAtomically(Path("full"), "bytes");
  EXPECT_EQ(full.code(), ErrorCode::kIo);
  EXPECT_EQ(full.message(), Path("full") + ": write failed: No space left on device");
  EXPECT_TRUE(std::filesystem::is_character_file(Path("null")));
  EXPECT_TRUE(std::filesystem::is_character_file(Path("full")));
  EXPECT_THAT(Files(), ElementsAre("full", "null"));
}

TEST_F(AtomicFileTest, SocketIsRefused) {
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  const std::string path = Path("socket");
  if (path.size() >= sizeof address.sun_path) GTEST_SKIP() << "scratch path too long";
  std::strcpy(address.sun_path, path.c_str());
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  io::AtomicFile file;
  const Status opened = file.Open(path);
  ::close(fd);
  EXPECT_EQ(opened.code(), ErrorCode::kIo);
  EXPECT_EQ(opened.message(), path + ": not a regular file (socket); refusing to replace it");
  EXPECT_EQ(file.Commit().message(), opened.message());
  EXPECT_TRUE(std::filesystem::is_socket(path));
  EXPECT_THAT(Files(), ElementsAre("socket"));
}

}  // namespace
}  // namespace precis::testing
