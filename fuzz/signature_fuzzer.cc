// The signature stream reader (precis-sketch writes it, precis-dedup reads
// it, and --index files use it) on arbitrary bytes, twice: as they are, and
// with every check field and end line recomputed ("resealed"), so that the
// parsers behind the checks are reached too. Every problem is a message
// naming the stream and the line; whatever is accepted has K slots and
// writes back to a line that reads back to the same record; a stream whose
// checks hold reseals to itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "precis/sketch/signature_format.h"
#include "precis/sketch/signature_stream.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

// Recomputes what a writer would have put in the check fields and end lines.
std::string Reseal(std::string_view stream) {
  std::string out;
  std::uint64_t records = 0, chain = 0;
  while (!stream.empty()) {
    const std::size_t end = stream.find('\n');
    std::string line(stream.substr(0, end));
    stream.remove_prefix(end == std::string_view::npos ? stream.size() : end + 1);
    if (precis::sketch::IsSignatureEnd(line)) {
      out += precis::sketch::FormatSignatureEnd(records, chain) + "\n";
      continue;
    }
    const bool header = precis::sketch::IsSignatureHeader(line);
    const std::size_t check = header ? line.rfind("\tcheck=") : line.rfind('\t');
    if (check != std::string::npos) line.erase(check);
    line += (header ? "\tcheck=" : "\t") + precis::sketch::SignatureLineCheck(line);
    records = header ? 0 : records + 1;
    chain = precis::sketch::ChainSignatureLine(header ? 0 : chain, line);
    out += line + "\n";
  }
  return out;
}

void CheckRecord(const precis::sketch::SignatureRecord& record, std::uint32_t permutations) {
  Check(record.signature.size() == permutations);
  std::string written;
  precis::sketch::AppendSignatureRecord(written, record.id, record.shingles, record.signature);
  precis::sketch::SignatureRecord again;
  Check(precis::sketch::ParseSignatureRecord(written, permutations, again).ok());
  Check(again.id == record.id && again.shingles == record.shingles &&
        again.signature == record.signature);
}

// Reads `bytes` as a stream; true when nothing was wrong with it.
bool ReadStream(const std::string& bytes) {
  std::istringstream in(bytes);
  std::uint32_t permutations = 0;
  bool clean = true;
  const precis::Status status = precis::sketch::ReadSignatureStream(
      in, "fuzz",
      {.header =
           [&](const precis::sketch::SketchParams& params) {
             Check(params.minhash.permutations >= 1 && params.minhash.permutations <= 4096);
             const std::string written = precis::sketch::FormatSignatureHeader(params);
             precis::Result<precis::sketch::SketchParams> again =
                 precis::sketch::ParseSignatureHeader(written);
             Check(again.ok() && precis::sketch::CheckSameParams(params, *again, "fuzz").ok());
             permutations = params.minhash.permutations;
             return precis::Status::Ok();
           },
       .record =
           [&](precis::sketch::SignatureRecord& record) { CheckRecord(record, permutations); },
       .damage =
           [&](const precis::Status& problem) {
             Check(problem.message().starts_with("fuzz: line "));
             clean = false;
             return true;
           }});
  if (!status.ok()) Check(status.message().starts_with("fuzz: line "));
  return status.ok() && clean;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  if (ReadStream(bytes)) {
    // Every check held: the bytes are what a writer makes (up to line ends
    // and empty lines, which the reader forgives and Reseal drops).
    if (bytes.find('\r') == std::string::npos && bytes.find("\n\n") == std::string::npos &&
        !bytes.starts_with("\n") && bytes.ends_with("\n")) {
      Check(Reseal(bytes) == bytes);
    }
  }
  ReadStream(Reseal(bytes));
  return 0;
}
