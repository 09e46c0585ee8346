#include "precis/sketch/signature_stream.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "precis/sketch/signature_format.h"
#include "support/failing_input.h"

namespace precis::sketch {
namespace {

using ::testing::HasSubstr;

struct Read {
  Status status;
  std::vector<SignatureRecord> records;
  std::vector<std::string> damage;
};

Read ReadFrom(std::istream& in) {
  Read read;
  read.status = ReadSignatureStream(
      in, "test.sig",
      {.header = [](const SketchParams&) { return Status::Ok(); },
       .record = [&](SignatureRecord& record) { read.records.push_back(record); },
       .damage =
           [&](const Status& problem) {
             read.damage.push_back(problem.message());
             return true;
           }});
  return read;
}

Read ReadAll(const std::string& text) {
  std::istringstream in(text);
  return ReadFrom(in);
}

std::string TwoRecordStream(const SketchParams& params) {
  SignatureWriter writer(params);
  std::string text = writer.Header();
  writer.AppendRecord(text, "first", 7, Signature{1, 2, 3, 4});
  writer.AppendRecord(text, "tab\tin id", 0,
                      Signature{kEmptySlot, kEmptySlot, kEmptySlot, kEmptySlot});
  return text + writer.End();
}

SketchParams FourSlots() {
  SketchParams params;
  params.minhash.permutations = 4;
  return params;
}

TEST(SignatureStreamTest, RecordsRoundTrip) {
  const Read read = ReadAll(TwoRecordStream(FourSlots()));
  ASSERT_TRUE(read.status.ok()) << read.status.message();
  EXPECT_TRUE(read.damage.empty());
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].id, "first");
  EXPECT_EQ(read.records[0].shingles, 7u);
  EXPECT_EQ(read.records[0].signature, (Signature{1, 2, 3, 4}));
  EXPECT_EQ(read.records[1].id, "tab\tin id");
  EXPECT_TRUE(IsEmptySignature(read.records[1].signature));
}

TEST(SignatureStreamTest, KnownRecordLine) {
  std::string line;
  AppendSignatureRecord(line, "a", 3, Signature{0x0000000f, 0xdeadbeef});
  // id, count, slots as 8 hex digits each, then the line's check.
  EXPECT_EQ(line.substr(0, line.rfind('\t')), "a\t3\t0000000fdeadbeef");
  EXPECT_EQ(line.substr(line.rfind('\t') + 1), SignatureLineCheck("a\t3\t0000000fdeadbeef"));
}

TEST(SignatureStreamTest, FlippedByteFailsItsChecksumAndIsSkipped) {
  std::string text = TwoRecordStream(FourSlots());
  const std::size_t record = text.find("first");
  text[record + 8] = text[record + 8] == '0' ? '1' : '0';  // a slot digit
  const Read read = ReadAll(text);
  ASSERT_TRUE(read.status.ok());
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].id, "tab\tin id");
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_THAT(read.damage[0], HasSubstr("test.sig: line 2 (byte "));
  EXPECT_THAT(read.damage[0], HasSubstr("does not match its check field"));
}

TEST(SignatureStreamTest, CutStreamIsDamageNotSilence) {
  const std::string text = TwoRecordStream(FourSlots());
  const Read read = ReadAll(text.substr(0, text.find("#precis-signatures-end")));
  EXPECT_EQ(read.records.size(), 2u);
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_THAT(read.damage[0], HasSubstr("ends without the end line"));
}

TEST(SignatureStreamTest, ConcatenatedPartsRead) {
  const std::string part = TwoRecordStream(FourSlots());
  const Read read = ReadAll(part + part);
  EXPECT_TRUE(read.damage.empty());
  EXPECT_EQ(read.records.size(), 4u);
}

// A read that fails between two parts: no complete-looking stream.
TEST(SignatureStreamTest, AFailedReadIsAnErrorNotTheEndOfTheStream) {
  const std::string part = TwoRecordStream(FourSlots());
  testing::FailingStream in(part);
  const Read read = ReadFrom(in);
  EXPECT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.status.code(), ErrorCode::kIo);
  EXPECT_THAT(read.status.message(),
              HasSubstr("test.sig: line 5 (byte " + std::to_string(part.size()) +
                        "): read error: Input/output error"));
}

TEST(SignatureStreamTest, NotAStreamIsRefused) {
  const Read read = ReadAll("hello\n");
  EXPECT_EQ(read.status.code(), ErrorCode::kFormatMismatch);
  EXPECT_TRUE(ReadAll("").status.code() == ErrorCode::kFormatMismatch);
}

// Header and end lines start with '#'; an id that does too must still read
// back as the record it is.
TEST(SignatureStreamTest, IdsStartingWithHashRoundTrip) {
  const std::vector<std::string> ids = {"#precis-signatures",
                                        "#precis-signatures\tv3\tk=3",
                                        "#precis-signatures v3 k=3",
                                        "#precis-signatures-end",
                                        "#precis-signatures-end\trecords=0",
                                        "#hash",
                                        "#",
                                        "\\#not first"};
  SignatureWriter writer(FourSlots());
  std::string text = writer.Header();
  for (const std::string& id : ids) writer.AppendRecord(text, id, 1, Signature{1, 2, 3, 4});
  text += writer.End();
  const Read read = ReadAll(text + text);  // and a second part after them
  ASSERT_TRUE(read.status.ok()) << read.status.message();
  EXPECT_TRUE(read.damage.empty()) << read.damage.front();
  ASSERT_EQ(read.records.size(), 2 * ids.size());
  for (std::size_t i = 0; i < read.records.size(); ++i) {
    EXPECT_EQ(read.records[i].id, ids[i % ids.size()]);
  }
}

TEST(SignatureStreamTest, LeadingHashIsEscaped) {
  std::string line;
  AppendSignatureRecord(line, "#precis-signatures", 3, Signature{1});
  EXPECT_EQ(line.substr(0, line.find('\t')), "\\#precis-signatures");
}

// Builds before the escape wrote the id "#precis-signatures" as is; its
// record (a shingle count after the tab, not a version) still reads.
TEST(SignatureStreamTest, UnescapedHeaderLikeIdOfAnOlderBuildReads) {
  SignatureWriter writer(FourSlots());
  const std::string header = writer.Header();
  const std::string content = "#precis-signatures\t3\t00000001000000020000000300000004";
  const std::string record = content + "\t" + SignatureLineCheck(content);
  const std::uint64_t chain =
      ChainSignatureLine(ChainSignatureLine(0, header.substr(0, header.size() - 1)), record);
  const Read read = ReadAll(header + record + "\n" + FormatSignatureEnd(1, chain) + "\n");
  ASSERT_TRUE(read.status.ok()) << read.status.message();
  EXPECT_TRUE(read.damage.empty()) << read.damage.front();
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].id, "#precis-signatures");
}

TEST(SignatureStreamTest, HeaderWithoutAVersionSaysSo) {
  const Result<SketchParams> parsed = ParseSignatureHeader("#precis-signatures\tk=3");
  ASSERT_FALSE(parsed.ok());
  EXPECT_THAT(parsed.status().message(), HasSubstr("has no version field"));
  EXPECT_THAT(parsed.status().message(), ::testing::Not(HasSubstr("not supported")));
}

TEST(SignatureStreamTest, PermutationCountBeyondTheRangeIsRefused) {
  SketchParams params;
  params.minhash.permutations = kPermutationRange.max;
  EXPECT_TRUE(ParseSignatureHeader(FormatSignatureHeader(params)).ok());
  params.minhash.permutations = kPermutationRange.max + 1;
  EXPECT_FALSE(ParseSignatureHeader(FormatSignatureHeader(params)).ok());
}

}  // namespace
}  // namespace precis::sketch
