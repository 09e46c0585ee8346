#include "precis/overlap/common_filter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "precis/tfidf/idf_model.h"
#include "support/scratch_path.h"

namespace precis::overlap {
namespace {

std::string TempPath(const std::string& name) {
  return testing::ScratchPath(name).string();
}

class CommonFilterTest : public ::testing::Test {
 protected:
  // Every shingle: the texts here are mostly lines of a page's furniture
  // ("Click here to subscribe"), which shingling would otherwise leave out
  // before any filter sees them.
  std::vector<sketch::Shingle> Shingles(const std::string& text) {
    analysis_ = analyzer_.Analyze(text);
    return sketch::ExtractShingles(text, analysis_, {.skip_furniture = false});
  }

  text::Analyzer analyzer_ = text::Analyzer::Create({.language = "en"}).value();
  text::Analysis analysis_;
};

TEST_F(CommonFilterTest, PhraseListDropsItsShingles) {
  const std::string path = TempPath("phrases.txt");
  std::ofstream(path) << "# agency sign-off\nReporting by the newsroom staff\n\n";
  Result<CommonFilter> filter = CommonFilter::Load(path, {}, analyzer_, {});
  ASSERT_TRUE(filter.ok()) << filter.status().message();
  const std::string text = "Markets fell sharply. Reporting by the newsroom staff.";
  std::vector<sketch::Shingle> shingles = Shingles(text);
  const std::size_t before = shingles.size();
  EXPECT_EQ(filter->Apply(analysis_, shingles), 3u);  // 5 words -> 3 shingles
  EXPECT_EQ(shingles.size(), before - 3);
  std::remove(path.c_str());
}

TEST_F(CommonFilterTest, ShinglesSpanningAdjacentBoilerplateLinesAreDropped) {
  const std::string path = TempPath("boilerplate.txt");
  std::ofstream(path) << "Share this article with friends\nAdvertisement\nScroll down for video\n";
  Result<CommonFilter> filter = CommonFilter::Load(path, {}, analyzer_, {});
  ASSERT_TRUE(filter.ok()) << filter.status().message();
  // k = 3. The three lines in a row: every shingle, including "friends
  // advertisement scroll" across the joins, lies inside listed phrases.
  const std::string boilerplate =
      "Share this article with friends\nAdvertisement\nScroll down for video\n";
  std::vector<sketch::Shingle> only = Shingles(boilerplate);
  ASSERT_EQ(only.size(), 8u);
  EXPECT_EQ(filter->Apply(analysis_, only), 8u);
  // Content around it keeps every shingle that touches a content word.
  const std::string text = "Rain fell all day.\n" + boilerplate + "The river rose fast.";
  std::vector<sketch::Shingle> mixed = Shingles(text);
  EXPECT_EQ(filter->Apply(analysis_, mixed), 8u);
  for (const sketch::Shingle& shingle : mixed) {
    bool content = false;
    for (std::uint32_t t = shingle.unit_begin; t < shingle.unit_end; ++t) {
      const std::string word(analysis_.tokens[t].span.In(text));
      content = content || word == "day" || word == "The" || word == "Rain" || word == "fell" ||
                word == "all" || word == "river" || word == "rose" || word == "fast";
    }
    EXPECT_TRUE(content) << shingle.span.In(text);
  }
  std::remove(path.c_str());
}

TEST_F(CommonFilterTest, TermModelDropsShinglesOfCommonTermsOnly) {
  tfidf::IdfModel model({.language = "en", .stem = true});
  // "the" and "said" are in every document; "volcano" in one of ten.
  for (int i = 0; i < 10; ++i) {
    model.Add(analyzer_.Analyze(i == 0 ? "the volcano said" : "the officials said"));
  }
  const std::string path = TempPath("terms.idf");
  ASSERT_TRUE(model.Save(path).ok());
  Result<CommonFilter> filter = CommonFilter::Load(path, {}, analyzer_, {.common_share = 0.5});
  ASSERT_TRUE(filter.ok()) << filter.status().message();
  std::vector<sketch::Shingle> shingles = Shingles("said the officials the volcano");
  // said-the-officials and the-officials-the are all common; the third has volcano.
  EXPECT_EQ(filter->Apply(analysis_, shingles), 2u);
  ASSERT_EQ(shingles.size(), 1u);
  std::remove(path.c_str());
}

TEST_F(CommonFilterTest, RefusesModelOfAnotherLanguageOrUnit) {
  tfidf::IdfModel german({.language = "de", .stem = true});
  const std::string path = TempPath("de.idf");
  ASSERT_TRUE(german.Save(path).ok());
  Result<CommonFilter> filter = CommonFilter::Load(path, {}, analyzer_, {});
  ASSERT_FALSE(filter.ok());
  EXPECT_EQ(filter.status().code(), ErrorCode::kFormatMismatch);

  tfidf::IdfModel other_unit({.language = "en", .stem = true, .unit = "shingle-word-5-0"});
  ASSERT_TRUE(other_unit.Save(path).ok());
  EXPECT_EQ(CommonFilter::Load(path, {}, analyzer_, {}).status().code(),
            ErrorCode::kFormatMismatch);
  std::remove(path.c_str());
}

TEST_F(CommonFilterTest, ShingleModelDropsFrequentShingles) {
  tfidf::IdfModel model({.language = "en", .stem = true, .unit = ShingleUnitName({})});
  EXPECT_EQ(ShingleUnitName({}), "shingle-word-3-0");
  model.AddDocument(sketch::ShingleSet(Shingles("click here to subscribe today")));
  model.AddDocument(sketch::ShingleSet(Shingles("click here to subscribe now")));
  const std::string path = TempPath("shingles.idf");
  ASSERT_TRUE(model.Save(path).ok());
  Result<CommonFilter> filter = CommonFilter::Load(path, {}, analyzer_, {.common_share = 1.0});
  ASSERT_TRUE(filter.ok()) << filter.status().message();
  std::vector<sketch::Shingle> shingles = Shingles("please click here to subscribe");
  EXPECT_EQ(filter->Apply(analysis_, shingles), 2u);  // click-here-to, here-to-subscribe
  std::remove(path.c_str());
}

TEST_F(CommonFilterTest, MissingFileIsAnIoError) {
  EXPECT_EQ(CommonFilter::Load("/nonexistent/list.txt", {}, analyzer_, {}).status().code(),
            ErrorCode::kIo);
  EXPECT_EQ(CommonFilter::Load("/nonexistent/list.txt", {}, analyzer_, {.common_share = 0})
                .status()
                .code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace precis::overlap
