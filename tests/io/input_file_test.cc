// OpenForReading and ReadFileBytes: directories, missing files and streams
// are told apart, and a regular file comes back byte for byte.
#include "precis/io/input_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

std::string Scratch(const std::string& name) { return (ScratchDirectory() / name).string(); }

TEST(InputFileTest, RefusesDirectoryByName) {
  const std::string dir = Scratch("a_directory");
  std::filesystem::create_directories(dir);
  std::ifstream file;
  Status opened = io::OpenForReading(dir, file);
  EXPECT_EQ(opened.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(opened.message(), "is a directory");

  std::string bytes = "stale";
  Status read = io::ReadFileBytes(dir, bytes);
  EXPECT_EQ(read.message(), "is a directory");
  EXPECT_TRUE(bytes.empty());
}

TEST(InputFileTest, MissingFileIsAnIoErrorWithItsReason) {
  std::string bytes;
  Status read = io::ReadFileBytes(Scratch("does_not_exist.txt"), bytes);
  EXPECT_EQ(read.code(), ErrorCode::kIo);
  EXPECT_THAT(read.message(), HasSubstr("cannot open: No such file or directory"));
}

TEST(InputFileTest, ReadsRegularFileWhole) {
  const std::string path = Scratch("bytes.bin");
  std::string expected = "line one\r\nline two\n";
  expected.push_back('\0');
  expected += "\xff tail";
  std::ofstream(path, std::ios::binary) << expected;
  std::string bytes;
  ASSERT_TRUE(io::ReadFileBytes(path, bytes).ok());
  EXPECT_EQ(bytes, expected);
}

TEST(InputFileTest, ReadsEmptyFile) {
  const std::string path = Scratch("empty.txt");
  std::ofstream(path, std::ios::binary).flush();
  std::string bytes = "stale";
  ASSERT_TRUE(io::ReadFileBytes(path, bytes).ok());
  EXPECT_TRUE(bytes.empty());
}

TEST(InputFileTest, ReadsFifoAsStream) {
  const std::string path = Scratch("pipe");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(path, std::ios::binary) << "through a pipe"; });
  std::string bytes;
  Status read = io::ReadFileBytes(path, bytes);
  writer.join();
  ASSERT_TRUE(read.ok()) << read.message();
  EXPECT_EQ(bytes, "through a pipe");
}

}  // namespace
}  // namespace precis::testing
