// The signature stream precis-sketch writes and precis-dedup reads (and the
// format of dedup's --index file).
//
//   #precis-signatures v1 k=3 unit=word normalize=nfkc-casefold stem=en stopwords=keep
//       shingle_seed=0 hash=xxh3-64 method=oph K=128 seed=6696...   (one line, tab-separated)
//   <id>\t<shingle count>\t<K slots, 8 lowercase hex digits each, no separator>
//
// The header names the format, its version and every parameter that shaped
// the signatures; ParseSignatureHeader rejects other formats and versions,
// and CheckSameParams rejects a stream made with other parameters. Ids are
// TSV-escaped (\t \n \r \\).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"

namespace precis::cli {

inline constexpr std::string_view kSignatureFormat = "#precis-signatures";
inline constexpr int kSignatureVersion = 1;

// Everything that must agree for two signatures to be comparable.
struct SketchParams {
  sketch::ShingleOptions shingles;
  sketch::MinHashOptions minhash;
  std::string language = "en";  // analyzer language (word units)
  bool stem = true;             // analyzer stemming (word units)
};

// The header line (without newline).
std::string FormatSignatureHeader(const SketchParams& params);
// Parses a header line; kFormatMismatch for another format or version, or a
// missing or unknown parameter.
Result<SketchParams> ParseSignatureHeader(std::string_view line);
// Ok when `found` (from a file named `what`) equals `expected`; otherwise a
// kFormatMismatch naming the first differing parameter and both values.
Status CheckSameParams(const SketchParams& expected, const SketchParams& found,
                       std::string_view what);
// A short fingerprint of the parameters (16 hex digits), used to tag band keys.
std::string ParamsFingerprint(const SketchParams& params);

struct SignatureRecord {
  std::string id;
  std::uint64_t shingles = 0;  // distinct shingles in the article
  sketch::Signature signature;
};

// Appends one record line (without newline) to `out`.
void AppendSignatureRecord(std::string& out, std::string_view id, std::uint64_t shingles,
                           std::span<const std::uint32_t> signature);
// Parses one record line into `record`; the signature must have `permutations`
// slots. kInvalidInput describing the problem otherwise.
Status ParseSignatureRecord(std::string_view line, std::uint32_t permutations,
                            SignatureRecord& record);

// Undoes io::AppendTsvField's escaping.
std::string UnescapeTsvField(std::string_view field);

}  // namespace precis::cli
