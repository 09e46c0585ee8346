#include "precis/sketch/shingles.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "precis/text/page_furniture.h"
#include "sketch/hash_sort.h"

namespace precis::sketch {
namespace {

// Term ids are hashed as little-endian words so stored shingles agree across
// hosts; on little-endian machines this is a plain copy.
void StoreLittleEndian(std::uint64_t value, unsigned char* out) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t HashTermWindow(const std::uint64_t* terms, std::size_t count, std::uint64_t seed) {
  if constexpr (std::endian::native == std::endian::little) {
    return XXH3_64bits_withSeed(terms, 8 * count, seed);
  } else {
    std::array<unsigned char, 8 * kMaxShingleSize> bytes;
    for (std::size_t i = 0; i < count; ++i) StoreLittleEndian(terms[i], bytes.data() + 8 * i);
    return XXH3_64bits_withSeed(bytes.data(), 8 * count, seed);
  }
}

// The shingle size for a sequence of `n` units: options.size, or `n` when the
// sequence is shorter and options.short_text_fallback makes one shingle of
// all of it; 0 when there is no shingle.
std::size_t WindowSize(std::size_t n, const ShingleOptions& options) {
  if (n == 0) return 0;
  if (n >= options.size) return options.size;
  return options.short_text_fallback ? n : 0;
}

// Per unit of the word sequence (every token, or with stopwords skipped the
// others): how many of the units before it lie outside furniture lines, one
// entry more than units. Empty when skip_furniture is off or the text has no
// furniture, which is nearly always.
std::vector<std::uint32_t> TextUnitsBefore(std::string_view text, const text::Analysis& analysis,
                                           const ShingleOptions& options) {
  std::vector<std::uint32_t> before;
  if (!options.skip_furniture) return before;
  const std::vector<bool> furniture = text::FindFurnitureTokens(text, analysis);
  if (furniture.empty()) return before;
  before.reserve(analysis.tokens.size() + 1);
  before.push_back(0);
  for (std::size_t t = 0; t < furniture.size(); ++t) {
    if (!options.keep_stopwords && analysis.tokens[t].stopword()) continue;
    before.push_back(before.back() + (furniture[t] ? 0 : 1));
  }
  return before;
}

// Whether the window of units [begin, end) is all furniture.
bool AllFurniture(std::span<const std::uint32_t> text_units_before, std::size_t begin,
                  std::size_t end) {
  return !text_units_before.empty() && text_units_before[end] == text_units_before[begin];
}

void ExtractWordShingles(std::string_view text, const text::Analysis& analysis,
                         const ShingleOptions& options, std::vector<Shingle>& out) {
  // The unit sequence: all tokens, or (when stopwords are skipped) the token
  // indices of the others. All tokens need no index copy: on a large document
  // that copy was megabytes of writes per text.
  std::vector<std::uint32_t> kept;
  if (!options.keep_stopwords) {
    kept.reserve(analysis.tokens.size());
    for (std::uint32_t i = 0; i < analysis.tokens.size(); ++i) {
      if (!analysis.tokens[i].stopword()) kept.push_back(i);
    }
  }
  const std::size_t n = options.keep_stopwords ? analysis.tokens.size() : kept.size();
  const std::size_t k = WindowSize(n, options);
  if (k == 0) return;
  auto token_index = [&](std::size_t unit) {
    return options.keep_stopwords ? static_cast<std::uint32_t>(unit) : kept[unit];
  };
  out.reserve(n - k + 1);
  const std::vector<std::uint32_t> text_units_before = TextUnitsBefore(text, analysis, options);
  // The k term ids of a shingle, laid out contiguously for hashing.
  std::array<std::uint64_t, kMaxShingleSize> window;
  for (std::size_t i = 0; i + k <= n; ++i) {
    if (AllFurniture(text_units_before, i, i + k)) continue;
    for (std::size_t j = 0; j < k; ++j) window[j] = analysis.tokens[token_index(i + j)].term;
    const std::uint32_t first = token_index(i);
    const std::uint32_t last = token_index(i + k - 1);
    out.push_back({HashTermWindow(window.data(), k, options.seed),
                   ByteSpan{analysis.tokens[first].span.begin, analysis.tokens[last].span.end},
                   first, last + 1});
  }
}

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the UTF-8 sequence starting with `lead` (input is valid UTF-8).
std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// White space beyond ASCII that news text carries: NBSP, the U+2000 block's
// spaces, line/paragraph separators, ideographic space, and the BOM.
bool IsUnicodeSpace(std::string_view s) {
  return s == "\xC2\xA0" || s == "\xE2\x80\xA8" || s == "\xE2\x80\xA9" || s == "\xE3\x80\x80" ||
         s == "\xEF\xBB\xBF" || s == "\xE2\x80\xAF" ||
         (s.size() == 3 && s[0] == '\xE2' && s[1] == '\x80' &&
          static_cast<unsigned char>(s[2]) >= 0x80 && static_cast<unsigned char>(s[2]) <= 0x8A);
}

struct CodePoint {
  ByteSpan span;  // in the original text; a collapsed space run keeps its first byte only
  char bytes[4];
  std::uint8_t size;
};

void ExtractCharShingles(std::string_view text, const ShingleOptions& options,
                         std::vector<Shingle>& out) {
  std::vector<CodePoint> units;
  units.reserve(text.size());
  bool pending_space = false;
  std::uint32_t space_at = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length =
        std::min(Utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::string_view cp = text.substr(i, length);
    if ((length == 1 && IsAsciiSpace(static_cast<unsigned char>(cp[0]))) || IsUnicodeSpace(cp)) {
      if (!pending_space) space_at = static_cast<std::uint32_t>(i);
      pending_space = true;
    } else {
      if (pending_space && !units.empty()) {
        units.push_back({ByteSpan{space_at, space_at + 1}, {' '}, 1});
      }
      pending_space = false;
      CodePoint unit{
          ByteSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + length)},
          {},
          static_cast<std::uint8_t>(length)};
      std::memcpy(unit.bytes, cp.data(), length);
      units.push_back(unit);
    }
    i += length;
  }
  const std::size_t n = units.size();
  const std::size_t k = WindowSize(n, options);
  if (k == 0) return;
  out.reserve(n - k + 1);
  std::string window;
  for (std::size_t i = 0; i + k <= n; ++i) {
    window.clear();
    for (std::size_t j = i; j < i + k; ++j) window.append(units[j].bytes, units[j].size);
    out.push_back({XXH3_64bits_withSeed(window.data(), window.size(), options.seed),
                   ByteSpan{units[i].span.begin, units[i + k - 1].span.end},
                   static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + k)});
  }
}

}  // namespace

Status ValidateShingleOptions(const ShingleOptions& options) {
  if (options.size == 0 || options.size > kMaxShingleSize) {
    return InvalidArgument("shingle size must be between 1 and " + std::to_string(kMaxShingleSize) +
                           ", got " + std::to_string(options.size));
  }
  if (options.unit != ShingleUnit::kWord && options.unit != ShingleUnit::kChar) {
    return InvalidArgument("unknown shingle unit");
  }
  return Status::Ok();
}

std::vector<Shingle> ExtractShingles(std::string_view text, const text::Analysis& analysis,
                                     const ShingleOptions& options) {
  std::vector<Shingle> out;
  ExtractShingles(text, analysis, options, out);
  return out;
}

void ExtractShingles(std::string_view text, const text::Analysis& analysis,
                     const ShingleOptions& options, std::vector<Shingle>& out) {
  out.clear();
  if (options.unit == ShingleUnit::kChar) {
    ExtractCharShingles(text, options, out);
  } else {
    ExtractWordShingles(text, analysis, options, out);
  }
}

std::vector<std::uint64_t> ShingleHashes(std::string_view text, const text::Analysis& analysis,
                                         const ShingleOptions& options) {
  std::vector<std::uint64_t> hashes;
  ShingleHashes(text, analysis, options, hashes);
  return hashes;
}

void ShingleHashes(std::string_view text, const text::Analysis& analysis,
                   const ShingleOptions& options, std::vector<std::uint64_t>& out) {
  out.clear();
  if (options.unit == ShingleUnit::kChar) {
    const std::vector<Shingle> shingles = ExtractShingles(text, analysis, options);
    out.reserve(shingles.size());
    for (const Shingle& shingle : shingles) out.push_back(shingle.hash);
    return;
  }
  // The unit sequence's term ids, laid out once; each shingle then hashes its
  // window in place, and its hash overwrites the window's first term, which
  // no later window reads. The copy per shingle into a window (and the
  // spans) were most of the cost for an index, which needs neither.
  for (const text::Token& token : analysis.tokens) {
    if (options.keep_stopwords || !token.stopword()) out.push_back(token.term);
  }
  const std::size_t n = out.size();
  const std::size_t k = WindowSize(n, options);
  if (k == 0) {
    out.clear();
    return;
  }
  for (std::size_t i = 0; i + k <= n; ++i) out[i] = HashTermWindow(&out[i], k, options.seed);
  out.resize(n - k + 1);
  const std::vector<std::uint32_t> text_units_before = TextUnitsBefore(text, analysis, options);
  if (!text_units_before.empty()) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!AllFurniture(text_units_before, i, i + k)) out[kept++] = out[i];
    }
    out.resize(kept);
  }
}

std::vector<std::uint64_t> ShingleSet(std::span<const Shingle> shingles) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(shingles.size());
  for (const Shingle& shingle : shingles) hashes.push_back(shingle.hash);
  SortUnique(hashes);
  return hashes;
}

void SortUnique(std::vector<std::uint64_t>& hashes) {
  SortHashes(hashes);
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
}

std::uint64_t HashTerms(std::span<const std::uint64_t> terms, std::uint64_t seed) {
  return HashTermWindow(terms.data(), std::min<std::size_t>(terms.size(), kMaxShingleSize), seed);
}

}  // namespace precis::sketch
