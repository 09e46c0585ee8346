#include "precis/sketch/signature_format.h"

#include <xxhash.h>

#include <charconv>
#include <cstdio>
#include <map>
#include <vector>

#include "precis/io/jsonl.h"

namespace precis::sketch {
namespace {

std::vector<std::pair<std::string, std::string>> HeaderFields(const SketchParams& params) {
  const bool word = params.shingles.unit == ShingleUnit::kWord;
  return {
      {"k", std::to_string(params.shingles.size)},
      {"unit", word ? "word" : "char"},
      // Word units are the Analyzer's NFKC case-folded terms; char units are
      // code points of the text with white space collapsed.
      {"normalize", word ? "nfkc-casefold" : "whitespace"},
      {"lang", word ? params.language : "-"},
      {"stem", word && params.stem ? "snowball" : "none"},
      {"stopwords", !word || params.shingles.keep_stopwords ? "keep" : "drop"},
      {"furniture", word && params.shingles.skip_furniture ? "skip" : "keep"},
      {"short", params.shingles.short_text_fallback ? "one-shingle" : "none"},
      {"shingle_seed", std::to_string(params.shingles.seed)},
      {"hash", "xxh3-64"},
      {"method", std::string(MethodName(params.minhash.method))},
      {"K", std::to_string(params.minhash.permutations)},
      {"seed", std::to_string(params.minhash.seed)},
  };
}

bool ParseUint(std::string_view text, std::uint64_t& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

std::string Hex64(std::uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

constexpr std::string_view kCheckField = "\tcheck=";

// "v" and digits: a version, supported or not.
bool IsVersionField(std::string_view field) {
  return field.size() >= 2 && field[0] == 'v' &&
         field.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string FormatSignatureHeader(const SketchParams& params) {
  std::string line(kSignatureFormat);
  line += "\tv" + std::to_string(kSignatureVersion);
  for (const auto& [key, value] : HeaderFields(params)) line += '\t' + key + '=' + value;
  line += std::string(kCheckField) + SignatureLineCheck(line);
  return line;
}

Result<SketchParams> ParseSignatureHeader(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (parts[0] != kSignatureFormat) {
    return FormatMismatch("not a precis signature stream (expected a first line starting '" +
                          std::string(kSignatureFormat) + "')");
  }
  const std::string version = "v" + std::to_string(kSignatureVersion);
  // Version 2 is version 3 before it named the furniture rule: its
  // signatures kept a page's furniture.
  const bool version_2 = parts.size() >= 2 && parts[1] == "v2";
  if (parts.size() < 2 || !IsVersionField(parts[1])) {
    return FormatMismatch("signature header has no version field (expected v2 or " + version +
                          " after '" + std::string(kSignatureFormat) + "', found '" +
                          std::string(parts.size() < 2 ? "" : parts[1]) + "')");
  }
  if (parts[1] != version && !version_2) {
    return FormatMismatch("signature format version " + std::string(parts[1]) +
                          " is not supported (this build reads v2 and " + version + ")");
  }
  // The version is checked first so that an older stream is named as such;
  // then nothing in the header is believed unless its check field matches.
  const std::size_t check = line.rfind(kCheckField);
  if (check == std::string_view::npos) {
    return FormatMismatch("signature header has no check field (truncated or corrupt)");
  }
  if (line.substr(check + kCheckField.size()) != SignatureLineCheck(line.substr(0, check))) {
    return FormatMismatch("signature header does not match its check field (corrupted bytes)");
  }
  parts.pop_back();
  std::map<std::string, std::string, std::less<>> fields;
  for (std::size_t i = 2; i < parts.size(); ++i) {
    const std::size_t eq = parts[i].find('=');
    if (eq == std::string_view::npos) {
      return FormatMismatch("malformed header field '" + std::string(parts[i]) + "'");
    }
    fields[std::string(parts[i].substr(0, eq))] = std::string(parts[i].substr(eq + 1));
  }
  auto get = [&](std::string_view key) -> const std::string* {
    auto it = fields.find(key);
    return it == fields.end() ? nullptr : &it->second;
  };
  SketchParams params;
  std::uint64_t number = 0;
  const std::string* k = get("k");
  const std::string* unit = get("unit");
  const std::string* method = get("method");
  const std::string* permutations = get("K");
  const std::string* seed = get("seed");
  const std::string* shingle_seed = get("shingle_seed");
  const std::string* furniture = get("furniture");
  if (!k || !unit || !method || !permutations || !seed || !shingle_seed || !get("hash") ||
      !get("lang") || !get("stem") || !get("stopwords") || !get("short") ||
      (!furniture && !version_2)) {
    return FormatMismatch(
        "signature header lacks a parameter (k, unit, lang, stem, stopwords, furniture, "
        "short, shingle_seed, hash, method, K, seed)");
  }
  if (*get("hash") != "xxh3-64") return FormatMismatch("unknown shingle hash " + *get("hash"));
  if (!ParseUint(*k, number) || number == 0 || number > kMaxShingleSize) {
    return FormatMismatch("bad k=" + *k);
  }
  params.shingles.size = static_cast<std::uint32_t>(number);
  if (*unit == "word") {
    params.shingles.unit = ShingleUnit::kWord;
  } else if (*unit == "char") {
    params.shingles.unit = ShingleUnit::kChar;
  } else {
    return FormatMismatch("bad unit=" + *unit);
  }
  params.language = *get("lang") == "-" ? "en" : *get("lang");
  params.stem = *get("stem") == "snowball";
  params.shingles.keep_stopwords = *get("stopwords") == "keep";
  if (furniture && *furniture != "skip" && *furniture != "keep") {
    return FormatMismatch("bad furniture=" + *furniture);
  }
  params.shingles.skip_furniture = furniture && *furniture == "skip";
  params.shingles.short_text_fallback = *get("short") == "one-shingle";
  if (!ParseUint(*shingle_seed, params.shingles.seed)) {
    return FormatMismatch("bad shingle_seed=" + *shingle_seed);
  }
  if (!ParseMethod(*method, params.minhash.method)) {
    return FormatMismatch("unknown method=" + *method);
  }
  if (!ParseUint(*permutations, number) || number == 0 || number > kPermutationRange.max) {
    return FormatMismatch("bad K=" + *permutations);
  }
  params.minhash.permutations = static_cast<std::uint32_t>(number);
  if (!ParseUint(*seed, params.minhash.seed)) return FormatMismatch("bad seed=" + *seed);
  return params;
}

Status CheckSameParams(const SketchParams& expected, const SketchParams& found,
                       std::string_view what) {
  const auto want = HeaderFields(expected);
  const auto got = HeaderFields(found);
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].second != got[i].second) {
      return FormatMismatch(std::string(what) + " was made with " + got[i].first + "=" +
                            got[i].second + ", but " + want[i].first + "=" + want[i].second +
                            " is in use; signatures made with different parameters do not "
                            "compare");
    }
  }
  return Status::Ok();
}

std::string ParamsFingerprint(const SketchParams& params) {
  const std::string header = FormatSignatureHeader(params);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(header.data(), header.size())));
  return hex;
}

void AppendSignatureRecord(std::string& out, std::string_view id, std::uint64_t shingles,
                           std::span<const std::uint32_t> signature) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t line_start = out.size();
  // Header and end lines start with '#': a record line must not, or an id
  // such as "#precis-signatures" reads back as a header. "\#" unescapes to
  // '#' (UnescapeTsvField keeps the byte after any backslash), so older
  // readers read it too.
  if (id.starts_with('#')) out += '\\';
  io::AppendTsvField(out, id);
  out += '\t';
  out += std::to_string(shingles);
  out += '\t';
  const std::size_t start = out.size();
  out.resize(start + 8 * signature.size());
  char* p = out.data() + start;
  for (std::uint32_t slot : signature) {
    for (int shift = 28; shift >= 0; shift -= 4) *p++ = kHex[(slot >> shift) & 0xF];
  }
  out += '\t';
  out += SignatureLineCheck(std::string_view(out).substr(line_start, out.size() - 1 - line_start));
}

Status ParseSignatureRecord(std::string_view line, std::uint32_t permutations,
                            SignatureRecord& record) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::size_t tab1 = line.find('\t');
  const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
  const std::size_t tab3 = tab2 == std::string_view::npos ? tab2 : line.find('\t', tab2 + 1);
  if (tab3 == std::string_view::npos || line.find('\t', tab3 + 1) != std::string_view::npos) {
    return InvalidInput(
        "a signature line needs 4 tab-separated fields (id, shingles, slots, check); truncated "
        "or corrupt");
  }
  // Checked before the fields are read: a flipped digit in a slot or the
  // count is still hexadecimal or a number, and only the check notices it.
  if (line.substr(tab3 + 1) != SignatureLineCheck(line.substr(0, tab3))) {
    return InvalidInput("signature line does not match its check field (corrupted bytes)");
  }
  line = line.substr(0, tab3);
  record.id = io::UnescapeTsvField(line.substr(0, tab1));
  if (!ParseUint(line.substr(tab1 + 1, tab2 - tab1 - 1), record.shingles)) {
    return InvalidInput("bad shingle count");
  }
  const std::string_view hex = line.substr(tab2 + 1);
  if (hex.size() != 8ull * permutations) {
    return InvalidInput("signature has " + std::to_string(hex.size()) + " hex digits, expected " +
                        std::to_string(8ull * permutations) +
                        " (K=" + std::to_string(permutations) + ")");
  }
  record.signature.resize(permutations);
  for (std::uint32_t i = 0; i < permutations; ++i) {
    std::uint32_t slot = 0;
    for (int j = 0; j < 8; ++j) {
      const int digit = HexDigit(hex[8 * i + j]);
      if (digit < 0) return InvalidInput("signature is not hexadecimal");
      slot = (slot << 4) | static_cast<std::uint32_t>(digit);
    }
    record.signature[i] = slot;
  }
  return Status::Ok();
}

std::string SignatureLineCheck(std::string_view content) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x",
                static_cast<unsigned>(XXH3_64bits(content.data(), content.size()) & 0xffffffffu));
  return hex;
}

std::uint64_t ChainSignatureLine(std::uint64_t chain, std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return XXH3_64bits_withSeed(line.data(), line.size(), chain);
}

std::string FormatSignatureEnd(std::uint64_t records, std::uint64_t chain) {
  return std::string(kSignatureEnd) + "\trecords=" + std::to_string(records) +
         "\tcheck=" + Hex64(chain);
}

bool IsSignatureHeader(std::string_view line) {
  if (!line.starts_with(kSignatureFormat)) return false;
  const std::string_view rest = line.substr(kSignatureFormat.size());
  return rest.empty() ||
         (rest[0] == '\t' && !(rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9'));
}

bool IsSignatureEnd(std::string_view line) {
  return line == kSignatureEnd ||
         (line.starts_with(kSignatureEnd) && line[kSignatureEnd.size()] == '\t');
}

Status ParseSignatureEnd(std::string_view line, std::uint64_t& records, std::uint64_t& chain) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::string records_field = std::string(kSignatureEnd) + "\trecords=";
  const std::size_t check = line.rfind(kCheckField);
  if (!line.starts_with(records_field) || check == std::string_view::npos ||
      check < records_field.size() || line.size() != check + kCheckField.size() + 16 ||
      !ParseUint(line.substr(records_field.size(), check - records_field.size()), records)) {
    return InvalidInput("malformed end line (expected '" + std::string(kSignatureEnd) +
                        " TAB records=N TAB check=<16 hex digits>')");
  }
  chain = 0;
  for (char c : line.substr(check + kCheckField.size())) {
    const int digit = HexDigit(c);
    if (digit < 0 || (c >= 'A' && c <= 'F')) {
      return InvalidInput("malformed end line (the check is not 16 lowercase hex digits)");
    }
    chain = (chain << 4) | static_cast<std::uint64_t>(digit);
  }
  // One spelling only ("records=03" is not 3), so a line reads back as written.
  if (FormatSignatureEnd(records, chain) != line) {
    return InvalidInput("malformed end line (expected '" + std::string(kSignatureEnd) +
                        " TAB records=N TAB check=<16 hex digits>')");
  }
  return Status::Ok();
}

}  // namespace precis::sketch
