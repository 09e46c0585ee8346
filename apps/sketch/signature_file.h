// The lines of the signature stream precis-sketch writes and precis-dedup
// reads (and of dedup's --index file). A stream is one or more parts (the
// output of one precis-sketch run each, so streams concatenate), each:
//
//   #precis-signatures v2 k=3 unit=word normalize=nfkc-casefold ... K=128 seed=6696...
//       check=<8 hex>                                 (one line, tab-separated)
//   <id>\t<shingle count>\t<K slots, 8 lowercase hex digits each>\t<check: 8 hex>
//   ...
//   #precis-signatures-end\trecords=<N>\tcheck=<16 hex>
//
// The header names the format, its version and every parameter that shaped
// the signatures; ParseSignatureHeader rejects other formats and versions,
// and CheckSameParams rejects a stream made with other parameters. Ids are
// TSV-escaped (\t \n \r \\).
//
// Integrity (version 2): a header or record line's check field is the low 32
// bits of XXH3-64 of the line before "\tcheck=" / the last tab, so a damaged
// line is found, named and skipped on its own. The end line holds the part's
// record count and the chain h = XXH3-64(line, seed h), from h = 0, over the
// header and record lines (without line ends), so a cut stream, a removed,
// added or reordered line is noticed too (signature_stream.h reads parts).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"

namespace precis::cli {

inline constexpr std::string_view kSignatureFormat = "#precis-signatures";
inline constexpr int kSignatureVersion = 2;
// The first field of a part's end line.
inline constexpr std::string_view kSignatureEnd = "#precis-signatures-end";

// Everything that must agree for two signatures to be comparable.
struct SketchParams {
  sketch::ShingleOptions shingles;
  sketch::MinHashOptions minhash;
  std::string language = "en";  // analyzer language (word units)
  bool stem = true;             // analyzer stemming (word units)
};

// The header line (without newline), check field included.
std::string FormatSignatureHeader(const SketchParams& params);
// Parses a header line; kFormatMismatch for another format or version, a
// missing or wrong check field, or a missing or unknown parameter.
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

// Appends one record line (without newline, check field included) to `out`.
void AppendSignatureRecord(std::string& out, std::string_view id, std::uint64_t shingles,
                           std::span<const std::uint32_t> signature);
// Parses one record line into `record`; the line must match its check field
// and the signature have `permutations` slots. kInvalidInput describing the
// problem otherwise.
Status ParseSignatureRecord(std::string_view line, std::uint32_t permutations,
                            SignatureRecord& record);

// The check field of a header or record line whose other bytes are
// `content` (8 hex digits).
std::string SignatureLineCheck(std::string_view content);
// The end-line chain: `chain` extended by one header or record line (a
// trailing '\r' is ignored, as the parsers do).
std::uint64_t ChainSignatureLine(std::uint64_t chain, std::string_view line);
// A part's end line (without newline).
std::string FormatSignatureEnd(std::uint64_t records, std::uint64_t chain);
// Whether `line` is meant as an end line (starts with kSignatureEnd).
bool IsSignatureEnd(std::string_view line);
// Parses an end line; kInvalidInput when malformed.
Status ParseSignatureEnd(std::string_view line, std::uint64_t& records, std::uint64_t& chain);

// Undoes io::AppendTsvField's escaping.
std::string UnescapeTsvField(std::string_view field);

}  // namespace precis::cli
