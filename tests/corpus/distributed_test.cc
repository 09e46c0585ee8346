#include "precis/corpus/distributed.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/failing_input.h"

namespace precis::corpus {
namespace {

using ::testing::HasSubstr;

TEST(DistributedTest, ReduceBandsWritesAStarPerBucket) {
  std::istringstream in(
      "fp:0000:01\tc\n"
      "fp:0000:01\ta\n"
      "fp:0000:01\tb\n"
      "fp:0000:01\ta\n"
      "fp:0001:02\tlonely\n"
      "fp:0002:03\tx\n"
      "fp:0002:03\ty\n");
  std::ostringstream out;
  ASSERT_TRUE(ReduceBands(in, out).ok());
  EXPECT_EQ(out.str(), "a\tb\na\tc\nx\ty\n");
}

TEST(DistributedTest, AFailedReadIsAnErrorNotTheEndOfTheInput) {
  testing::FailingStream keys("fp:0000:01\ta\nfp:0000:01\tb\n");
  std::ostringstream out;
  const Status reduced = ReduceBands(keys, out);
  EXPECT_EQ(reduced.code(), ErrorCode::kIo);
  EXPECT_THAT(reduced.message(), HasSubstr("line 3: read error: Input/output error"));
  testing::FailingStream edges("a\tb\n");
  const Result<std::vector<Component>> components = FindComponents(edges);
  ASSERT_FALSE(components.ok());
  EXPECT_THAT(components.status().message(), HasSubstr("line 2: read error"));
}

TEST(DistributedTest, ReduceBandsRefusesKeysOfOtherParameters) {
  std::istringstream in("aaaa:0000:01\ta\naaaa:0000:01\tb\nbbbb:0000:01\tc\n");
  std::ostringstream out;
  const Status status = ReduceBands(in, out);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidInput);
  EXPECT_THAT(status.message(), HasSubstr("line 3: band keys made with different sketch"));
  EXPECT_EQ(out.str(), "");
}

TEST(DistributedTest, ReduceBandsRefusesALineWithoutATab) {
  std::istringstream in("fp:0000:01 a\n");
  std::ostringstream out;
  EXPECT_EQ(ReduceBands(in, out).message(), "line 1: expected <band key> TAB <id>");
}

TEST(DistributedTest, ComponentsAreRepresentedByTheirSmallestId) {
  std::istringstream in("d\te\nb\ta\nc\tb\nz\tz\n");
  Result<std::vector<Component>> components = FindComponents(in);
  ASSERT_TRUE(components.ok());
  ASSERT_EQ(components->size(), 2u);
  EXPECT_EQ((*components)[0].members, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ((*components)[1].members, (std::vector<std::string>{"d", "e"}));
}

TEST(DistributedTest, ComponentsRefuseALineWithoutATab) {
  std::istringstream in("a\tb\nbroken\n");
  EXPECT_EQ(FindComponents(in).status().message(), "line 2: expected <id> TAB <id>");
}

}  // namespace
}  // namespace precis::corpus
