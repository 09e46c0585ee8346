#include "overlap/occurrence_index.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace precis::overlap {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A text whose shingles have these hashes (positions and spans do not matter
// to the index).
std::vector<sketch::Shingle> Text(const std::vector<std::uint64_t>& hashes) {
  std::vector<sketch::Shingle> text;
  for (std::uint64_t hash : hashes) {
    sketch::Shingle shingle;
    shingle.hash = hash;
    text.push_back(shingle);
  }
  return text;
}

std::vector<std::uint32_t> Positions(const OccurrenceIndex& index, std::uint64_t hash) {
  const std::span<const std::uint32_t> found = index.Find(hash);
  return {found.begin(), found.end()};
}

TEST(OccurrenceIndexTest, PositionsOfEachKeyInIncreasingOrder) {
  const std::vector<sketch::Shingle> text = Text({7, 5, 7, 9, 5, 7, 11});
  const std::vector<std::uint64_t> keys = {5, 7, 11};
  const OccurrenceIndex index(text, keys, 32);
  EXPECT_THAT(Positions(index, 7), ElementsAre(0, 2, 5));
  EXPECT_THAT(Positions(index, 5), ElementsAre(1, 4));
  EXPECT_THAT(Positions(index, 11), ElementsAre(6));
}

TEST(OccurrenceIndexTest, AbsentHashesFindNothing) {
  const std::vector<sketch::Shingle> text = Text({7, 5, 9});
  const std::vector<std::uint64_t> keys = {5, 13};
  const OccurrenceIndex index(text, keys, 32);
  EXPECT_THAT(Positions(index, 9), IsEmpty());   // in the text, not a key
  EXPECT_THAT(Positions(index, 13), IsEmpty());  // a key, not in the text
  EXPECT_THAT(Positions(index, 42), IsEmpty());  // neither
  EXPECT_THAT(Positions(index, 5), ElementsAre(1));
}

TEST(OccurrenceIndexTest, KeysOccurringMoreThanTheLimitAreLeftOut) {
  // 3 occurs exactly max_occurrences (4) times, 8 once more.
  const std::vector<sketch::Shingle> text = Text({3, 8, 3, 8, 3, 8, 3, 8, 8, 1});
  const std::vector<std::uint64_t> keys = {1, 3, 8};
  const OccurrenceIndex index(text, keys, 4);
  EXPECT_THAT(Positions(index, 3), ElementsAre(0, 2, 4, 6));
  EXPECT_THAT(Positions(index, 8), IsEmpty());
  // A left-out key takes no room from the ones after it.
  EXPECT_THAT(Positions(index, 1), ElementsAre(9));
}

TEST(OccurrenceIndexTest, ZeroHashAndDuplicateKeys) {
  // 0 is the hash set's empty-slot marker, kept apart; keys may repeat.
  const std::vector<sketch::Shingle> text = Text({0, 4, 0});
  const std::vector<std::uint64_t> keys = {0, 0, 4, 4};
  const OccurrenceIndex index(text, keys, 32);
  EXPECT_THAT(Positions(index, 0), ElementsAre(0, 2));
  EXPECT_THAT(Positions(index, 4), ElementsAre(1));
}

TEST(OccurrenceIndexTest, EmptyTextOrKeys) {
  const std::vector<std::uint64_t> keys = {1, 2};
  EXPECT_THAT(Positions(OccurrenceIndex({}, keys, 32), 1), IsEmpty());
  const std::vector<sketch::Shingle> text = Text({1, 2});
  EXPECT_THAT(Positions(OccurrenceIndex(text, {}, 32), 1), IsEmpty());
  EXPECT_THAT(Positions(OccurrenceIndex(text, {}, 32), 0), IsEmpty());
}

}  // namespace
}  // namespace precis::overlap
