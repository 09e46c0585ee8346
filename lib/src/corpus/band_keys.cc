#include "precis/corpus/band_keys.h"

#include <cstdio>
#include <vector>

#include "precis/io/jsonl.h"
#include "precis/sketch/minhash.h"

namespace precis::corpus {

std::string BandKeyText(std::string_view fingerprint, std::uint32_t band, std::uint64_t key) {
  char text[48];
  std::snprintf(text, sizeof text, ":%04u:%016llx", band, static_cast<unsigned long long>(key));
  return std::string(fingerprint) + text;
}

void AppendBandKeyLines(std::string& out, std::string_view fingerprint,
                        std::span<const std::uint32_t> signature, const sketch::LshParams& lsh,
                        std::string_view id) {
  if (sketch::IsEmptySignature(signature)) return;
  std::vector<std::uint64_t> keys(lsh.bands);
  sketch::BandKeys(signature, lsh, keys);
  for (std::uint32_t band = 0; band < lsh.bands; ++band) {
    out += BandKeyText(fingerprint, band, keys[band]);
    out += '\t';
    io::AppendTsvField(out, id);
    out += '\n';
  }
}

}  // namespace precis::corpus
