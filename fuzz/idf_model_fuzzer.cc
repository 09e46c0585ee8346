// The IDF model reader on arbitrary bytes: a model is either refused with an
// error or accepted, and an accepted one serializes to a file that reads
// back to the same entries.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "precis/tfidf/idf_model.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::Result<precis::tfidf::IdfModel> model = precis::tfidf::IdfModel::Parse(bytes, "fuzz");
  if (!model.ok()) {
    Check(!model.status().message().empty());
    return 0;
  }
  const auto entries = model->Entries();
  Check(entries.size() == model->size());
  const double most = model->Idf(0x9E3779B97F4A7C15ULL);  // almost surely unknown
  for (const auto& [key, df] : entries) {
    Check(df > 0 && model->DocumentFrequency(key) == df);
    const double idf = model->Idf(key);
    Check(idf >= 0 && idf <= most + 1e-12);
  }
  // Serialize keeps every entry at or above the model's min_df, and what it
  // writes must read back identically (and serialize to the same bytes).
  const std::string written = model->Serialize(model->min_df());
  precis::Result<precis::tfidf::IdfModel> again = precis::tfidf::IdfModel::Parse(written, "again");
  Check(again.ok());
  Check(again->settings() == model->settings());
  Check(again->document_count() == model->document_count());
  Check(again->Serialize(again->min_df()) == written);
  return 0;
}
