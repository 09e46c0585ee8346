#include "precis/corpus/held_records.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/file_size_limit.h"
#include "support/truncate_temporary_files.h"

namespace precis::corpus {
namespace {

using ::testing::HasSubstr;

std::string Record(int i, std::size_t size) {
  std::string record(size, static_cast<char>('a' + i % 26));
  return record + std::to_string(i);
}

// What ForEach hands out for `refs`, one string per record.
std::vector<std::string> Visited(const HeldRecords& store, const std::vector<RecordRef>& refs) {
  std::vector<std::string> out;
  const Status visited = store.ForEach(refs, [&](std::size_t i, std::string_view record) {
    EXPECT_EQ(i, out.size());
    out.emplace_back(record);
  });
  EXPECT_TRUE(visited.ok()) << visited.message();
  return out;
}

TEST(HeldRecordsTest, KeepsTheFirstRecordsInMemoryAndSpillsTheRest) {
  HeldRecords store(250, "precis-test-records");
  std::vector<RecordRef> refs;
  for (int i = 0; i < 5; ++i) refs.push_back(store.Hold(Record(i, 99)).value());
  EXPECT_FALSE(refs[0].spilled);
  EXPECT_FALSE(refs[1].spilled);
  EXPECT_EQ(store.memory_bytes(), 200u);
  // 300 bytes do not fit 250; from there on everything goes to the file,
  // even a record that would fit what is left.
  EXPECT_TRUE(refs[2].spilled);
  EXPECT_TRUE(store.Hold("x").value().spilled);
  EXPECT_TRUE(store.spilled());
  EXPECT_EQ(store.memory_bytes(), 200u);
}

// Records in memory (packed into blocks, one larger than a block), borrowed
// and spilled (runs longer than a read), in an order that is not the
// store's, with an empty record and a record no longer referred to.
TEST(HeldRecordsTest, HandsBackEveryRecordInTheOrderAsked) {
  HeldRecords store(3u << 20, "precis-test-records");
  std::vector<RecordRef> refs;
  std::vector<std::string> records;
  auto hold = [&](std::string record) {
    refs.push_back(store.Hold(record).value());
    records.push_back(std::move(record));
  };
  for (int i = 0; i < 300; ++i) hold(Record(i, 1000 + 37 * i));   // ~4.7 MB: some spill
  hold(Record(300, 5u << 20));                                  // larger than a read
  for (int i = 301; i < 400; ++i) hold(Record(i, 60000));      // ~6 MB: two reads
  hold("");
  ASSERT_FALSE(refs[0].spilled);
  ASSERT_TRUE(refs.back().spilled);
  const std::string borrowed = "held elsewhere";
  refs.insert(refs.begin() + 3, HeldRecords::Borrow(borrowed));
  records.insert(records.begin() + 3, borrowed);
  std::swap(refs[10], refs[350]);
  std::swap(records[10], records[350]);
  // Replaced: the store still holds the old record, the caller refers to a new one.
  refs[200] = store.Hold("replaced").value();
  records[200] = "replaced";
  ASSERT_TRUE(store.Flush().ok());
  EXPECT_EQ(Visited(store, refs), records);
}

TEST(HeldRecordsTest, RecordLargerThanABlockStaysInMemory) {
  HeldRecords store(~std::uint64_t{0}, "precis-test-records");
  const std::vector<std::string> records = {Record(1, 10), Record(2, 3u << 20), Record(3, 10)};
  std::vector<RecordRef> refs;
  for (const std::string& record : records) refs.push_back(store.Hold(record).value());
  EXPECT_FALSE(store.spilled());
  EXPECT_EQ(Visited(store, refs), records);
}

// A full disk, simulated with a file size limit (EFBIG instead of ENOSPC).
TEST(HeldRecordsTest, UnwritableTemporaryFileIsNamed) {
  HeldRecords store(0, "precis-test-records");
  Status failed = Status::Ok();
  {
    const testing::FileSizeLimit limit(64 << 10);
    ASSERT_TRUE(limit.ok());
    for (int i = 0; i < 64 && failed.ok(); ++i) {
      Result<RecordRef> held = store.Hold(Record(i, 4000));
      failed = held.ok() ? store.Flush() : held.status();
    }
  }
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.code(), ErrorCode::kIo);
  EXPECT_THAT(failed.message(), HasSubstr("/precis-test-records-"));
  EXPECT_THAT(failed.message(), HasSubstr("(temporary file, deleted): writing failed"));
}

TEST(HeldRecordsTest, UnreadableTemporaryFileIsNamed) {
  HeldRecords store(0, "precis-test-unreadable");
  std::vector<RecordRef> refs;
  for (int i = 0; i < 3; ++i) refs.push_back(store.Hold(Record(i, 100)).value());
  ASSERT_TRUE(store.Flush().ok());
  ASSERT_EQ(testing::TruncateTemporaryFiles("precis-test-unreadable-"), 1);
  const Status read = store.ForEach(refs, [](std::size_t, std::string_view) {});
  EXPECT_EQ(read.code(), ErrorCode::kIo);
  EXPECT_THAT(read.message(), HasSubstr("/precis-test-unreadable-"));
  EXPECT_THAT(read.message(), HasSubstr("(temporary file, deleted): reading failed"));
}

}  // namespace
}  // namespace precis::corpus
