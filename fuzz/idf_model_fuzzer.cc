// The IDF model reader on arbitrary bytes, twice: as they are, and with the
// checksum line recomputed ("resealed"), so that the header and body checks
// behind the checksum are reached too. A model is either refused with an
// error or accepted, and an accepted one serializes to a file that reads
// back to the same entries.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "precis/tfidf/idf_model.h"
#include "tfidf/idf_checksum.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckModel(std::string_view bytes) {
  precis::Result<precis::tfidf::IdfModel> model = precis::tfidf::IdfModel::Parse(bytes, "fuzz");
  if (!model.ok()) {
    Check(model.status().message().starts_with("fuzz: "));
    return;
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
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckModel(bytes);
  // The same bytes with the checksum line a writer would have put there.
  const std::size_t line = precis::tfidf::kIdfChecksumLineBytes;
  const std::string_view contents = bytes.substr(0, bytes.size() > line ? bytes.size() - line : 0);
  CheckModel(std::string(contents) + precis::tfidf::IdfChecksumLine(contents));
  return 0;
}
