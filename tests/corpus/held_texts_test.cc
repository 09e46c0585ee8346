#include "precis/corpus/held_texts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xxhash.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "support/file_size_limit.h"

namespace precis::corpus {
namespace {

using ::testing::HasSubstr;

std::string Text(int i, std::size_t size) {
  std::string text(size, 'a' + static_cast<char>(i % 26));
  text += std::to_string(i);
  return text;
}

// Everything Stream hands out, and its checksum, for `refs`.
std::string Streamed(const HeldTexts& store, const std::vector<TextRef>& refs,
                     std::uint64_t* checksum) {
  std::string out;
  Result<std::uint64_t> hash =
      store.Stream(refs, [&](std::string_view piece) { out.append(piece); });
  EXPECT_TRUE(hash.ok()) << hash.status().message();
  *checksum = hash.ok() ? *hash : 0;
  return out;
}

TEST(HeldTextsTest, KeepsTheFirstTextsInMemoryAndSpillsTheRest) {
  HeldTexts store(250, "precis-search");
  std::vector<TextRef> refs;
  for (int i = 0; i < 5; ++i) refs.push_back(store.Hold(Text(i, 100)).value());
  EXPECT_FALSE(refs[0].spilled());
  EXPECT_FALSE(refs[1].spilled());
  // 300 bytes do not fit 250; from there on everything waits in the file,
  // even a text that would fit what is left.
  EXPECT_TRUE(refs[2].spilled());
  EXPECT_TRUE(store.Hold("x").value().spilled());
  EXPECT_TRUE(store.spilled());
}

TEST(HeldTextsTest, StreamsTheTextsInTheOrderAskedWithTheirChecksum) {
  HeldTexts store(150, "precis-search");
  std::vector<TextRef> refs;
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    texts.push_back(Text(i, 1000 + 37 * i));
    refs.push_back(store.Hold(std::string(texts.back())).value());
  }
  const std::string borrowed = "held elsewhere";
  // An edited id keeps its position with a later text; a retried one is
  // not held again. The order asked is not the file's.
  refs.insert(refs.begin() + 3, HeldTexts::Borrow(borrowed));
  texts.insert(texts.begin() + 3, borrowed);
  std::swap(refs[10], refs[30]);
  std::swap(texts[10], texts[30]);
  ASSERT_TRUE(store.Flush().ok());
  std::string expected;
  for (const std::string& text : texts) expected += text;
  std::uint64_t checksum = 0;
  EXPECT_EQ(Streamed(store, refs, &checksum), expected);
  EXPECT_EQ(checksum, XXH3_64bits(expected.data(), expected.size()));
}

TEST(HeldTextsTest, ComparesASpilledTextOfTheSameBatch) {
  HeldTexts store(0, "precis-search");
  const TextRef held = store.Hold(Text(1, 500)).value();
  ASSERT_TRUE(held.spilled());
  // Not flushed yet: Equals reads it back all the same.
  EXPECT_TRUE(store.Equals(held, Text(1, 500)).value());
  EXPECT_FALSE(store.Equals(held, Text(2, 500)).value());
  EXPECT_FALSE(store.Equals(held, "short").value());
}

TEST(HeldTextsTest, ReadsOneSpilledTextBack) {
  HeldTexts store(0, "precis-summarize");
  const TextRef first = store.Hold(Text(1, 300)).value();
  const TextRef second = store.Hold(Text(2, 200)).value();
  std::string back;
  // Not flushed yet: Read flushes first.
  ASSERT_TRUE(store.Read(second, back).ok());
  EXPECT_EQ(back, Text(2, 200));
  ASSERT_TRUE(store.Read(first, back).ok());
  EXPECT_EQ(back, Text(1, 300));
}

TEST(HeldTextsTest, UncreatableTemporaryFileIsNamed) {
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before != nullptr ? before : "";
  setenv("TMPDIR", "/nonexistent-precis-dir", 1);
  HeldTexts store(0, "precis-search");
  const Result<TextRef> held = store.Hold("text");
  if (before != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  ASSERT_FALSE(held.ok());
  EXPECT_EQ(held.status().code(), ErrorCode::kIo);
  EXPECT_THAT(held.status().message(), HasSubstr("/nonexistent-precis-dir/precis-search-"));
}

// A full disk, simulated with a file size limit (EFBIG instead of ENOSPC).
TEST(HeldTextsTest, UnwritableTemporaryFileIsNamed) {
  HeldTexts store(0, "precis-search");
  Status failed = Status::Ok();
  {
    const testing::FileSizeLimit limit(64 << 10);
    ASSERT_TRUE(limit.ok());
    for (int i = 0; i < 64 && failed.ok(); ++i) {
      Result<TextRef> held = store.Hold(Text(i, 4000));
      failed = held.ok() ? store.Flush() : held.status();
    }
  }
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.code(), ErrorCode::kIo);
  EXPECT_THAT(failed.message(), HasSubstr("precis-search-"));
  EXPECT_THAT(failed.message(), HasSubstr("temporary file"));
}

}  // namespace
}  // namespace precis::corpus
