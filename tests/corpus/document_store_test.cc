#include "precis/corpus/document_store.h"

#include <gtest/gtest.h>

#include <string>

#include "corpus/corpus_fixture.h"
#include "precis/corpus/spill_file.h"

namespace precis::corpus {
namespace {

using testing::AddArticle;
using testing::HashRange;

TEST(SpillFileTest, ReadsBackWhatWasAppended) {
  SpillFile spill;
  ASSERT_TRUE(spill.Open().ok());
  Result<std::uint64_t> first = spill.Append("hello");
  Result<std::uint64_t> second = spill.Append(", world");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, 0u);
  EXPECT_EQ(*second, 5u);
  ASSERT_TRUE(spill.Flush().ok());
  std::string back(7, '\0');
  ASSERT_TRUE(spill.Read(*second, back).ok());
  EXPECT_EQ(back, ", world");
  EXPECT_EQ(spill.size(), 12u);
  std::string past_end(4, '\0');
  EXPECT_FALSE(spill.Read(10, past_end).ok());
}

TEST(DocumentStoreTest, OneArticlePerIdByTheIdRules) {
  DocumentStore store(16);
  SpillFile spill;
  ASSERT_TRUE(spill.Open().ok());
  EXPECT_EQ(AddArticle(store, spill, "a", HashRange(0, 50), false).arrival, Arrival::kNew);
  EXPECT_EQ(store.in_run[0], 0);
  const std::uint64_t spilled = store.set_offsets[0];
  // Same id, same content: kept as it was, now part of this run, not spilled again.
  EXPECT_EQ(AddArticle(store, spill, "a", HashRange(0, 50)).arrival, Arrival::kSame);
  EXPECT_EQ(store.in_run[0], 1);
  EXPECT_EQ(store.set_offsets[0], spilled);
  // Same id, other content: replaces it in place, with a fresh spilled set.
  const Placement changed = AddArticle(store, spill, "a", HashRange(100, 20));
  EXPECT_EQ(changed.arrival, Arrival::kChanged);
  EXPECT_EQ(changed.position, 0u);
  EXPECT_EQ(store.size(), 1u);
  EXPECT_EQ(store.shingles[0], 20u);
  EXPECT_NE(store.set_offsets[0], spilled);
  EXPECT_EQ(AddArticle(store, spill, "b", HashRange(0, 5)).position, 1u);
  EXPECT_EQ(store.Signature(1).size(), 16u);
  EXPECT_GT(store.MemoryBytes(), 0u);
}

TEST(DocumentStoreTest, SpillArticleKeepsTextsAndTheirSizes) {
  DocumentStore store(8);
  SpillFile spill;
  ASSERT_TRUE(spill.Open().ok());
  const Placement placed = store.Add("t", sketch::Signature(8, 1), 3, true);
  ASSERT_TRUE(SpillArticle(store, spill, placed.position, std::nullopt, "some text").ok());
  EXPECT_EQ(store.set_offsets[0], kNoOffset);
  EXPECT_EQ(store.text_sizes[0], 9u);
  ASSERT_TRUE(spill.Flush().ok());
  std::string text(store.text_sizes[0], '\0');
  ASSERT_TRUE(spill.Read(store.text_offsets[0], text).ok());
  EXPECT_EQ(text, "some text");
}

}  // namespace
}  // namespace precis::corpus
