// Band keys: the map side of a distributed near-duplicate run (distributed.h).
// Each LSH band of an article's signature becomes one text line
//
//   <params fingerprint>:<band, 4 decimal digits>:<band hash, 16 hex digits> TAB <id>
//
// so keys sort and shuffle as plain text, and bands of signatures made with
// other parameters (another fingerprint, sketch/signature_format.h) never meet.
//
//   const std::string fingerprint = precis::sketch::ParamsFingerprint(params);
//   std::string lines;
//   precis::corpus::AppendBandKeyLines(lines, fingerprint, job.signature, lsh, "a1");
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "precis/export.h"
#include "precis/sketch/lsh.h"

namespace precis::corpus {

// The key of one band (without the id): "<fingerprint>:<band>:<hash>".
PRECIS_EXPORT std::string BandKeyText(std::string_view fingerprint, std::uint32_t band,
                                      std::uint64_t key);

// Appends one "<key> TAB <id>" line (newline included; the id TSV-escaped) per
// band of `signature` under `lsh`; nothing for the signature of an article
// without shingles, which has no near-duplicates.
PRECIS_EXPORT void AppendBandKeyLines(std::string& out, std::string_view fingerprint,
                                      std::span<const std::uint32_t> signature,
                                      const sketch::LshParams& lsh, std::string_view id);

}  // namespace precis::corpus
