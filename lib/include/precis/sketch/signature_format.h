// The lines of a signature stream: the file precis-sketch writes, precis-dedup
// reads, and the corpus index (precis/corpus/index_file.h) is made of. A stream
// is one or more parts (the output of one writer each, so streams concatenate),
// each:
//
//   #precis-signatures v3 k=3 unit=word normalize=nfkc-casefold ... K=128 seed=6696...
//       check=<8 hex>                                 (one line, tab-separated)
//   <id>\t<shingle count>\t<K slots, 8 lowercase hex digits each>\t<check: 8 hex>
//   ...
//   #precis-signatures-end\trecords=<N>\tcheck=<16 hex>
//
// The header names the format, its version and every parameter that shaped
// the signatures; ParseSignatureHeader rejects other formats and versions,
// and CheckSameParams rejects a stream made with other parameters. Version 3
// added the furniture field (ShingleOptions::skip_furniture); a version 2
// stream is read as furniture=keep, which is how it was made. Ids are
// TSV-escaped (\t \n \r \\), and a leading '#' is written "\#" so that no
// record line starts like a header or end line (older streams never had a
// record line starting with '#' other than an id "#precis-signatures", whose
// line the reader still tells from a header by the count after the tab).
//
// Integrity (since version 2): a header or record line's check field is the low 32
// bits of XXH3-64 of the line before "\tcheck=" / the last tab, so a damaged
// line is found, named and skipped on its own. The end line holds the part's
// record count and the chain h = XXH3-64(line, seed h), from h = 0, over the
// header and record lines (without line ends), so a cut stream, a removed,
// added or reordered line is noticed too (signature_stream.h reads parts).
//
//   precis::SketchParams params;                  // k=3 words, K=128
//   std::string header = precis::FormatSignatureHeader(params);
//   precis::Result<precis::SketchParams> read =
//       precis::ParseSignatureHeader(header);      // == params
//   std::string line;
//   precis::AppendSignatureRecord(line, "a1", shingles, signature);
//   precis::SignatureRecord record;
//   precis::Status ok = precis::ParseSignatureRecord(line, 128, record);
//
// Most programs want whole streams: signature_stream.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/export.h"
#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"

namespace precis::sketch {

inline constexpr std::string_view kSignatureFormat = "#precis-signatures";
inline constexpr int kSignatureVersion = 3;
// The first field of a part's end line.
inline constexpr std::string_view kSignatureEnd = "#precis-signatures-end";

// Everything that must agree for two signatures to be comparable.
struct PRECIS_EXPORT SketchParams {
  ShingleOptions shingles;
  MinHashOptions minhash;
  std::string language = "en";  // analyzer language (word units)
  bool stem = true;             // analyzer stemming (word units)
};

// The header line (without newline), check field included.
PRECIS_EXPORT std::string FormatSignatureHeader(const SketchParams& params);
// Parses a header line; kFormatMismatch for another format or version, a
// missing or wrong check field, or a missing or unknown parameter.
PRECIS_EXPORT Result<SketchParams> ParseSignatureHeader(std::string_view line);
// Ok when `found` (from a file named `what`) equals `expected`; otherwise a
// kFormatMismatch naming the first differing parameter and both values.
PRECIS_EXPORT Status CheckSameParams(const SketchParams& expected, const SketchParams& found,
                                     std::string_view what);
// A short fingerprint of the parameters (16 hex digits), used to tag band keys.
PRECIS_EXPORT std::string ParamsFingerprint(const SketchParams& params);

struct SignatureRecord {
  std::string id;
  std::uint64_t shingles = 0;  // distinct shingles in the article
  Signature signature;
};

// Appends one record line (without newline, check field included) to `out`.
PRECIS_EXPORT void AppendSignatureRecord(std::string& out, std::string_view id,
                                         std::uint64_t shingles,
                                         std::span<const std::uint32_t> signature);
// Parses one record line into `record`; the line must match its check field
// and the signature have `permutations` slots. kInvalidInput describing the
// problem otherwise.
PRECIS_EXPORT Status ParseSignatureRecord(std::string_view line, std::uint32_t permutations,
                                          SignatureRecord& record);

// The check field of a header or record line whose other bytes are
// `content` (8 hex digits).
PRECIS_EXPORT std::string SignatureLineCheck(std::string_view content);
// The end-line chain: `chain` extended by one header or record line (a
// trailing '\r' is ignored, as the parsers do).
PRECIS_EXPORT std::uint64_t ChainSignatureLine(std::uint64_t chain, std::string_view line);
// A part's end line (without newline).
PRECIS_EXPORT std::string FormatSignatureEnd(std::uint64_t records, std::uint64_t chain);
// Whether `line` is meant as a header: kSignatureFormat alone or before a
// tab, but not before a tab and a digit (a shingle count: the record of an id
// "#precis-signatures", as builds before the '#' escape wrote it).
PRECIS_EXPORT bool IsSignatureHeader(std::string_view line);
// Whether `line` is meant as an end line (starts with kSignatureEnd).
PRECIS_EXPORT bool IsSignatureEnd(std::string_view line);
// Parses an end line; kInvalidInput when malformed.
PRECIS_EXPORT Status ParseSignatureEnd(std::string_view line, std::uint64_t& records,
                                       std::uint64_t& chain);

}  // namespace precis::sketch
