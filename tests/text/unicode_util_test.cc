// The inline ASCII answers of the UTF-8 helpers agree with ICU's properties.
#include "text/unicode_util.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(UnicodeUtilTest, IsSpaceIsWhiteSpacePlusByteOrderMark) {
  for (UChar32 c = 0; c < 0x3100; ++c) {
    EXPECT_EQ(IsSpace(c), c == 0xFEFF || u_isUWhiteSpace(c)) << "U+" << c;
  }
}

}  // namespace
}  // namespace precis::text
