// precis-compare's core on two arbitrary texts: scores stay in range and
// agree with each other, comparing is symmetric, a text contains itself, and
// every passage and sentence span lies inside its text.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

#include "precis/overlap/comparer.h"
#include "precis/text/decode.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckSpan(precis::ByteSpan span, std::string_view text) {
  Check(span.begin <= span.end && span.end <= text.size());
}

void CheckComparison(const precis::overlap::Comparison& c, const precis::overlap::PreparedText& a,
                     const precis::overlap::PreparedText& b) {
  const precis::overlap::OverlapScores& s = c.scores;
  Check(s.shingles_a == a.set.size() && s.shingles_b == b.set.size());
  Check(s.shared <= s.shingles_a && s.shared <= s.shingles_b);
  for (const double score : {s.jaccard, s.containment_a, s.containment_b, c.passage_coverage_a,
                             c.passage_coverage_b}) {
    Check(score >= 0 && score <= 1);
  }
  Check(s.jaccard <= s.containment_a + 1e-12 && s.jaccard <= s.containment_b + 1e-12);
  for (const precis::overlap::Passage& p : c.passages) {
    CheckSpan(p.a, a.text);
    CheckSpan(p.b, b.text);
    Check(p.shared_shingles >= 1);
  }
  for (const precis::overlap::SentenceCoverage& sentence : c.coverage) {
    CheckSpan(sentence.sentence, a.text);
    Check(sentence.shared <= sentence.shingles);
    Check(sentence.fraction >= 0 && sentence.fraction <= 1);
  }
}

// One comparer per option set: creating one loads ICU data, too slow per input.
precis::overlap::Comparer& ComparerFor(std::uint8_t choice) {
  static std::array<std::unique_ptr<precis::overlap::Comparer>, 32> comparers;
  std::unique_ptr<precis::overlap::Comparer>& slot = comparers[choice % 32];
  if (!slot) {
    precis::overlap::CompareOptions options;
    options.shingles.unit =
        (choice & 1) != 0 ? precis::sketch::ShingleUnit::kChar : precis::sketch::ShingleUnit::kWord;
    options.shingles.size = 1 + ((choice >> 1) & 3) * 2;  // 1, 3, 5, 7
    options.shingles.keep_stopwords = (choice & 8) == 0;
    options.shingles.skip_furniture = (choice & 16) == 0;
    options.passages.max_gap = (choice & 8) != 0 ? 0 : 4;
    options.passages.min_units = 1;
    auto created = precis::overlap::Comparer::Create(options);
    Check(created.ok());
    slot = std::make_unique<precis::overlap::Comparer>(std::move(created).value());
  }
  return *slot;
}

}  // namespace

// Input: one option byte, then A and B separated by the first 0xFF byte
// (never part of valid UTF-8); without one, B is A.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t separator = bytes.find('\xFF');
  const std::string_view raw_a = bytes.substr(0, separator);
  const std::string_view raw_b =
      separator == std::string_view::npos ? raw_a : bytes.substr(separator + 1);
  auto a_text = precis::text::Decode(raw_a, {});
  auto b_text = precis::text::Decode(raw_b, {});
  if (!a_text.ok() || !b_text.ok()) return 0;

  precis::overlap::Comparer& comparer = ComparerFor(data[0]);
  const precis::overlap::PreparedText a = comparer.Prepare(a_text->text);
  const precis::overlap::PreparedText b = comparer.Prepare(b_text->text);
  const precis::overlap::Comparison ab = comparer.Compare(a, b);
  const precis::overlap::Comparison ba = comparer.Compare(b, a);
  CheckComparison(ab, a, b);
  CheckComparison(ba, b, a);
  Check(ab.scores.shared == ba.scores.shared && ab.scores.jaccard == ba.scores.jaccard);
  Check(ab.scores.containment_a == ba.scores.containment_b);
  const precis::overlap::Comparison aa = comparer.Compare(a, a);
  Check(aa.scores.shared == a.set.size());
  Check(a.set.empty() ? aa.scores.jaccard == 0 : aa.scores.jaccard == 1);
  return 0;
}
