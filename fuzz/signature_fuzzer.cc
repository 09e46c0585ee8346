// The signature stream reader (precis-sketch writes it, precis-dedup reads
// it, and --index files use it) on arbitrary bytes: the header is parsed or
// refused, every record line is parsed or refused, and whatever is accepted
// writes back to a line that reads back to the same record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sketch/signature_file.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckRecord(std::string_view line, std::uint32_t permutations) {
  precis::cli::SignatureRecord record;
  if (!precis::cli::ParseSignatureRecord(line, permutations, record).ok()) return;
  Check(record.signature.size() == permutations);
  std::string written;
  precis::cli::AppendSignatureRecord(written, record.id, record.shingles, record.signature);
  precis::cli::SignatureRecord again;
  Check(precis::cli::ParseSignatureRecord(written, permutations, again).ok());
  Check(again.id == record.id && again.shingles == record.shingles &&
        again.signature == record.signature);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view stream(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = stream.find('\n');
  const std::string_view header = stream.substr(0, newline);
  stream.remove_prefix(newline == std::string_view::npos ? stream.size() : newline + 1);

  // Without a valid header the record parser still gets the lines, at a
  // small K so that random hex digits can fill a signature.
  std::uint32_t permutations = 2;
  precis::Result<precis::cli::SketchParams> params = precis::cli::ParseSignatureHeader(header);
  if (params.ok()) {
    permutations = params->minhash.permutations;
    Check(permutations >= 1 && permutations <= 4096);
    const std::string written = precis::cli::FormatSignatureHeader(*params);
    precis::Result<precis::cli::SketchParams> again = precis::cli::ParseSignatureHeader(written);
    Check(again.ok());
    Check(precis::cli::CheckSameParams(*params, *again, "fuzz").ok());
    Check(precis::cli::FormatSignatureHeader(*again) == written);
  } else {
    Check(!params.status().message().empty());
  }
  while (!stream.empty()) {
    const std::size_t end = stream.find('\n');
    CheckRecord(stream.substr(0, end), permutations);
    stream.remove_prefix(end == std::string_view::npos ? stream.size() : end + 1);
  }
  return 0;
}
