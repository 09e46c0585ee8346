// Term normalization: NFKC case folding, apostrophe unification, stemming.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "precis/core/status.h"

struct sb_stemmer;

namespace precis::text {

class Normalizer {
 public:
  // `language` selects the Snowball stemmer; languages without one are not
  // stemmed. Fails (kInternal) only when ICU's normalization data is missing.
  static Result<Normalizer> Create(const std::string& language, bool stem);

  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;
  ~Normalizer();

  // NFKC_Casefold of `word` with typographic apostrophes (’ ʼ) mapped to '.
  // The view stays valid until the next call.
  std::string_view Fold(std::string_view word);

  // The stem of a folded word (the word itself when not stemming). The view
  // stays valid until the next call to Stem.
  std::string_view Stem(std::string_view folded);

  bool stems() const { return stemmer_ != nullptr; }

 private:
  Normalizer() = default;
  sb_stemmer* stemmer_ = nullptr;
  std::string folded_;
};

}  // namespace precis::text
