#include "text/normalizer.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace precis::text {
namespace {

const icu::Normalizer2* CaseFolder() {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(error);
  return U_SUCCESS(error) ? folder : nullptr;
}

bool IsAscii(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

Result<Normalizer> Normalizer::Create(const std::string& language, bool stem) {
  if (CaseFolder() == nullptr) return InternalError("ICU NFKC_Casefold data unavailable");
  Normalizer normalizer;
  if (stem) normalizer.stemmer_ = sb_stemmer_new(language.c_str(), "UTF_8");
  return normalizer;
}

Normalizer::Normalizer(Normalizer&& other) noexcept
    : stemmer_(std::exchange(other.stemmer_, nullptr)), folded_(std::move(other.folded_)) {}

Normalizer& Normalizer::operator=(Normalizer&& other) noexcept {
  if (this != &other) {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
    stemmer_ = std::exchange(other.stemmer_, nullptr);
    folded_ = std::move(other.folded_);
  }
  return *this;
}

Normalizer::~Normalizer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string_view Normalizer::Fold(std::string_view word) {
  folded_.clear();
  if (IsAscii(word)) {
    // NFKC_Casefold maps printable ASCII to itself except A-Z.
    folded_.resize(word.size());
    std::transform(word.begin(), word.end(), folded_.begin(), [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return folded_;
  }
  UErrorCode error = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString folded = CaseFolder()->normalize(text, error);
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(u'\''));
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02BC)), icu::UnicodeString(u'\''));
  // NFKC folds U+2011 NON-BREAKING HYPHEN to U+2010 HYPHEN; both are '-' in a
  // word, so "well\u2011known" and "well-known" are one term.
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2010)), icu::UnicodeString(u'-'));
  folded.toUTF8String(folded_);
  return folded_;
}

std::string_view Normalizer::Stem(std::string_view folded) {
  if (stemmer_ == nullptr) return folded;
  const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()),
                                          static_cast<int>(folded.size()));
  if (stem == nullptr) return folded;  // out of memory inside Snowball: keep the word
  return {reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

}  // namespace precis::text
