#include "precis/text/decode.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

using namespace std::string_literals;

TEST(DecodeTest, PassesValidUtf8ThroughByteForByte) {
  const std::string input = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\r\nnext line";
  Result<DecodedText> decoded = Decode(input, {});
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, input);
  EXPECT_FALSE(decoded->converted);
  EXPECT_TRUE(decoded->warnings.empty());
}

TEST(DecodeTest, KeepsUtf8ByteOrderMarkSoOffsetsMatchTheFile) {
  const std::string input = "\xEF\xBB\xBFHello.";
  Result<DecodedText> decoded = Decode(input, {});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text, input);
}

TEST(DecodeTest, RejectsTruncatedSequenceNamingItsOffset) {
  Result<DecodedText> decoded = Decode("abc\xE2\x80", {});
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(decoded.status().message(), "invalid UTF-8 at byte 3 (try --encoding auto)");
}

TEST(DecodeTest, RejectsOverlongEncoding) {
  Result<DecodedText> decoded = Decode("ok \xC0\xAF", {});
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("byte 3"), std::string::npos);
}

TEST(DecodeTest, RejectsEncodedSurrogate) {
  Result<DecodedText> decoded = Decode("x\xED\xA0\x80y", {});
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("byte 1"), std::string::npos);
}

TEST(DecodeTest, RefusesNulBytesAsBinary) {
  Result<DecodedText> decoded = Decode("text\0more"s, {});
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("NUL byte at byte 4"), std::string::npos);
}

TEST(DecodeTest, ConvertsUtf16WithByteOrderMarkAndWarns) {
  const std::string utf16le = "\xFF\xFEH\0i\0.\0"s;
  Result<DecodedText> decoded = Decode(utf16le, {});
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, "Hi.");
  EXPECT_TRUE(decoded->converted);
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_NE(decoded->warnings[0].find("UTF-16LE"), std::string::npos);
}

TEST(DecodeTest, AutoDetectsLegacyEncodingAndWarns) {
  // Windows-1252 curly quotes and an e-acute, in enough text for the detector.
  std::string latin;
  for (int i = 0; i < 20; ++i) latin += "The caf\xE9 said \x93hello\x94 to the visitors again. ";
  Result<DecodedText> decoded = Decode(latin, {.encoding = "auto"});
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_TRUE(decoded->converted);
  EXPECT_NE(decoded->text.find("caf\xC3\xA9"), std::string::npos);
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_NE(decoded->warnings[0].find("not UTF-8"), std::string::npos);
}

TEST(DecodeTest, AutoPassesValidUtf8Through) {
  Result<DecodedText> decoded = Decode("plain \xC3\xA9", {.encoding = "auto"});
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->converted);
  EXPECT_TRUE(decoded->warnings.empty());
}

TEST(DecodeTest, ConvertsFromNamedEncoding) {
  Result<DecodedText> decoded = Decode("\x93quoted\x94", {.encoding = "windows-1252"});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text, "\xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(DecodeTest, RejectsUnknownEncodingName) {
  Result<DecodedText> decoded = Decode("x", {.encoding = "no-such-charset"});
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), ErrorCode::kInvalidArgument);
}

TEST(DecodeTest, EmptyInputIsValid) {
  Result<DecodedText> decoded = Decode("", {});
  ASSERT_TRUE(decoded.ok());
  EXPECT_TRUE(decoded->text.empty());
}

TEST(FindInvalidUtf8Test, FindsFirstBadByteOrNpos) {
  EXPECT_EQ(FindInvalidUtf8("all good \xE2\x82\xAC"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\x80"), 0u);
}

}  // namespace
}  // namespace precis::text
