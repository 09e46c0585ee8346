#include <cstddef>
#include <string_view>

#include "precis/tfidf/idf_model.h"

namespace precis::tfidf {
namespace internal {
extern const unsigned char kBuiltinIdf[];
extern const std::size_t kBuiltinIdfSize;
}  // namespace internal

const IdfModel& IdfModel::BuiltIn() {
  // Parsed on first use (thread-safe static): processes that never summarize
  // English do not pay for it. The embedded bytes are checked like any file,
  // so a bad rebuild fails loudly in tests instead of weighting silently.
  static const IdfModel model = [] {
    const std::string_view bytes(reinterpret_cast<const char*>(internal::kBuiltinIdf),
                                 internal::kBuiltinIdfSize);
    Result<IdfModel> parsed = Parse(bytes, "built-in IDF model");
    return parsed.ok() ? std::move(parsed).value() : IdfModel();
  }();
  return model;
}

}  // namespace precis::tfidf
