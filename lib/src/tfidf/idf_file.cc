#include "tfidf/idf_file.h"

#include <charconv>

#include "precis/io/input_file.h"
#include "tfidf/idf_checksum.h"

namespace precis::tfidf {
namespace {

void AppendLittleEndian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t ReadLittleEndian(std::string_view bytes, int count) {
  std::uint64_t value = 0;
  for (int i = 0; i < count; ++i) {
    value |= std::uint64_t{static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)])}
             << (8 * i);
  }
  return value;
}

bool ParseUnsigned(std::string_view text, std::uint64_t& value) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

bool ValidUnit(std::string_view unit) {
  if (unit.empty()) return false;
  for (char c : unit) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string WriteIdfFile(const IdfFileHeader& header,
                         const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
  std::string out;
  out.reserve(256 + entries.size() * kIdfEntryBytes);
  out += std::string(kIdfFormatName) + " " + std::to_string(kIdfFormatVersion) + "\n";
  out += "language=" + header.settings.language + "\n";
  out += "normalization=" + std::string(kIdfNormalization) + "\n";
  out += std::string("stem=") + (header.settings.stem ? "snowball" : "none") + "\n";
  out += "hash=" + std::string(kIdfHash) + "\n";
  out += "unit=" + header.settings.unit + "\n";
  out += "documents=" + std::to_string(header.documents) + "\n";
  out += "min_df=" + std::to_string(header.min_df) + "\n";
  out += "keys=" + std::to_string(entries.size()) + "\n\n";
  for (const auto& [key, df] : entries) {
    AppendLittleEndian(out, key, 8);
    AppendLittleEndian(out, df, 4);
  }
  out += IdfChecksumLine(out);
  return out;
}

Status ReadIdfHeader(std::string_view bytes, std::string_view name, IdfFileHeader& header,
                     std::string_view& body) {
  const std::string where = std::string(name) + ": ";
  const std::string magic = std::string(kIdfFormatName) + " ";
  if (bytes.substr(0, magic.size()) != magic) {
    return FormatMismatch(where + "not a precis IDF model (no '" + std::string(kIdfFormatName) +
                          "' header)");
  }
  std::size_t position = 0;
  bool first = true;
  bool seen_language = false, seen_stem = false, seen_unit = false, seen_documents = false,
       seen_keys = false, seen_normalization = false, seen_hash = false;
  header = IdfFileHeader{};
  while (true) {
    const std::size_t newline = bytes.find('\n', position);
    if (newline == std::string_view::npos) {
      return FormatMismatch(where + "truncated IDF model header");
    }
    const std::string_view line = bytes.substr(position, newline - position);
    position = newline + 1;
    if (first) {
      first = false;
      std::uint64_t version = 0;
      if (!ParseUnsigned(line.substr(magic.size()), version)) {
        return FormatMismatch(where + "bad IDF model header line '" + std::string(line) + "'");
      }
      if (version != static_cast<std::uint64_t>(kIdfFormatVersion)) {
        return FormatMismatch(where + "IDF model format version " + std::to_string(version) +
                              ", this build reads version " + std::to_string(kIdfFormatVersion) +
                              (version < kIdfFormatVersion ? " (rebuild the model with precis-idf)"
                                                           : ""));
      }
      // Before any other header line is believed, the whole file must match
      // its checksum; from here on only the bytes it covers are read.
      if (Status status = CheckIdfChecksum(bytes, name, bytes); !status.ok()) return status;
      if (position > bytes.size()) return FormatMismatch(where + "truncated IDF model header");
      continue;
    }
    if (line.empty()) break;
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      return FormatMismatch(where + "bad IDF model header line '" + std::string(line) + "'");
    }
    const std::string_view key = line.substr(0, equals);
    const std::string_view value = line.substr(equals + 1);
    std::uint64_t number = 0;
    if (key == "language") {
      header.settings.language = std::string(value);
      seen_language = true;
    } else if (key == "normalization") {
      if (value != kIdfNormalization) {
        return FormatMismatch(where + "IDF model uses normalization '" + std::string(value) +
                              "', this build uses '" + std::string(kIdfNormalization) + "'");
      }
      seen_normalization = true;
    } else if (key == "stem") {
      if (value != "snowball" && value != "none") {
        return FormatMismatch(where + "IDF model uses stemming '" + std::string(value) +
                              "', this build knows 'snowball' and 'none'");
      }
      header.settings.stem = value == "snowball";
      seen_stem = true;
    } else if (key == "hash") {
      if (value != kIdfHash) {
        return FormatMismatch(where + "IDF model uses hash '" + std::string(value) +
                              "', this build uses '" + std::string(kIdfHash) + "'");
      }
      seen_hash = true;
    } else if (key == "unit") {
      if (!ValidUnit(value)) {
        return FormatMismatch(where + "bad IDF model unit '" + std::string(value) + "'");
      }
      header.settings.unit = std::string(value);
      seen_unit = true;
    } else if (key == "documents" && ParseUnsigned(value, number)) {
      header.documents = number;
      seen_documents = true;
    } else if (key == "min_df" && ParseUnsigned(value, number) && number >= 1 &&
               number <= UINT32_MAX) {
      header.min_df = static_cast<std::uint32_t>(number);
    } else if (key == "keys" && ParseUnsigned(value, number)) {
      header.keys = number;
      seen_keys = true;
    } else {
      // Unknown keys would change the meaning of the counts in ways this
      // version cannot know, so they are refused rather than skipped.
      return FormatMismatch(where + "unknown IDF model header line '" + std::string(line) + "'");
    }
  }
  if (!(seen_language && seen_stem && seen_unit && seen_documents && seen_keys &&
        seen_normalization && seen_hash)) {
    return FormatMismatch(where +
                          "IDF model header lacks one of language, normalization, stem, hash, "
                          "unit, documents, keys");
  }
  body = bytes.substr(position);
  // Readers size their tables from `keys`: a corrupt count must be refused
  // here, before it asks for exabytes (or overflows the doubling loop).
  if (header.keys > body.size() / kIdfEntryBytes) {
    return FormatMismatch(where + "IDF model body holds " + std::to_string(body.size()) +
                          " bytes, too few for keys=" + std::to_string(header.keys) +
                          " (truncated or corrupt)");
  }
  return Status::Ok();
}

Status ForEachIdfEntry(std::string_view body, std::uint64_t body_offset, std::uint64_t keys,
                       std::string_view name,
                       const std::function<void(std::uint64_t, std::uint32_t)>& visit) {
  const std::string where = std::string(name) + ": ";
  if (body.size() / kIdfEntryBytes != keys || body.size() % kIdfEntryBytes != 0) {
    return FormatMismatch(where + "IDF model body holds " + std::to_string(body.size()) +
                          " bytes, expected " + std::to_string(keys * kIdfEntryBytes) +
                          " (truncated or corrupt)");
  }
  std::uint64_t previous = 0;
  for (std::uint64_t i = 0; i < keys; ++i) {
    const std::string_view entry = body.substr(i * kIdfEntryBytes, kIdfEntryBytes);
    const std::uint64_t key = ReadLittleEndian(entry, 8);
    const auto df = static_cast<std::uint32_t>(ReadLittleEndian(entry.substr(8), 4));
    if ((i > 0 && key <= previous) || df == 0) {
      return FormatMismatch(where + "IDF model entry " + std::to_string(i) +
                            " is out of order or zero (corrupt), at byte " +
                            std::to_string(body_offset + i * kIdfEntryBytes));
    }
    previous = key;
    visit(key, df);
  }
  return Status::Ok();
}

Status ReadWholeFile(const std::string& path, std::string& bytes) {
  if (Status read = io::ReadFileBytes(path, bytes); !read.ok()) {
    return Status(read.code(), path + ": " + read.message());
  }
  return Status::Ok();
}

}  // namespace precis::tfidf
