// ClearScratch keeps small buffers for reuse and releases large ones.
#include "text/scratch.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace precis::text {
namespace {

TEST(ClearScratchTest, KeepsTheCapacityOfSmallBuffers) {
  std::vector<std::uint32_t> words(1000, 7);
  const std::size_t capacity = words.capacity();
  ClearScratch(words);
  EXPECT_TRUE(words.empty());
  EXPECT_EQ(words.capacity(), capacity);
}

TEST(ClearScratchTest, ReleasesBuffersOverTheLimitCountedInBytes) {
  // 2^18 + 1 four-byte elements are just over 1 MiB; as many bytes are not.
  const std::size_t count = kMaxKeptScratchBytes / sizeof(std::uint32_t) + 1;
  std::vector<std::uint32_t> words(count, 7);
  ClearScratch(words);
  EXPECT_TRUE(words.empty());
  EXPECT_EQ(words.capacity(), 0u);

  std::string text(count, 'x');
  ClearScratch(text);
  EXPECT_TRUE(text.empty());
  EXPECT_GE(text.capacity(), count);
}

TEST(ClearScratchTest, ReleasesLargeStrings) {
  std::string text(kMaxKeptScratchBytes + 1, 'x');
  ClearScratch(text);
  EXPECT_TRUE(text.empty());
  EXPECT_LT(text.capacity(), 64u);  // back to the small-string buffer
}

}  // namespace
}  // namespace precis::text
