#include "search/index_file.h"

#include <xxhash.h>

#include <bit>
#include <cstring>

namespace precis::search {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the index file is little-endian and read in place");

template <typename T>
void Put(std::string& bytes, std::size_t offset, T value) {
  std::memcpy(bytes.data() + offset, &value, sizeof value);
}

template <typename T>
T Get(std::string_view bytes, std::size_t offset) {
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof value);
  return value;
}

constexpr std::size_t kSectionTable = 96;
constexpr std::size_t kFileSizeField = 264;
constexpr std::size_t kHeaderCheck = 272;

}  // namespace

std::string_view SectionName(std::size_t section) {
  static constexpr std::array<std::string_view, kSections> kNames = {
      "article table",   "ids",      "texts",   "fingerprint keys",
      "posting offsets", "postings", "shingles"};
  return kNames[section];
}

std::string EncodeHeader(const IndexHeader& header) {
  std::string bytes(kHeaderSize, '\0');
  std::memcpy(bytes.data(), kIndexMagic.data(), kIndexMagic.size());
  Put<std::uint32_t>(bytes, 16, kIndexVersion);
  Put<std::uint32_t>(bytes, 20, kHeaderSize);
  Put<std::uint32_t>(bytes, 24, header.params.shingle_size);
  Put<std::uint32_t>(bytes, 28, header.params.window);
  Put<std::uint64_t>(bytes, 32, header.params.shingle_seed);
  Put<std::uint32_t>(bytes, 40, header.params.shard_index);
  Put<std::uint32_t>(bytes, 44, header.params.shard_count);
  std::memcpy(bytes.data() + 48, header.params.language.data(),
              std::min<std::size_t>(header.params.language.size(), 15));
  bytes[64] = header.params.stem ? 1 : 0;
  Put<std::uint64_t>(bytes, 72, header.articles);
  Put<std::uint64_t>(bytes, 80, header.fingerprints);
  Put<std::uint64_t>(bytes, 88, header.postings);
  for (std::size_t i = 0; i < kSections; ++i) {
    const std::size_t at = kSectionTable + i * 24;
    Put<std::uint64_t>(bytes, at, header.sections[i].offset);
    Put<std::uint64_t>(bytes, at + 8, header.sections[i].size);
    Put<std::uint64_t>(bytes, at + 16, header.sections[i].checksum);
  }
  Put<std::uint64_t>(bytes, kFileSizeField, header.file_size);
  Put<std::uint64_t>(bytes, kHeaderCheck, XXH3_64bits(bytes.data(), kHeaderCheck));
  return bytes;
}

Result<IndexHeader> DecodeHeader(std::string_view bytes, std::uint64_t file_size) {
  if (bytes.size() < kIndexMagic.size() || bytes.substr(0, kIndexMagic.size()) != kIndexMagic) {
    return FormatMismatch("not a precis search index (no \"precis-search\" magic)");
  }
  if (bytes.size() < kHeaderSize) {
    return FormatMismatch("truncated: " + std::to_string(bytes.size()) +
                          " bytes, shorter than the " + std::to_string(kHeaderSize) +
                          "-byte header");
  }
  const auto version = Get<std::uint32_t>(bytes, 16);
  if (version != kIndexVersion) {
    return FormatMismatch("index format version " + std::to_string(version) +
                          "; this precis reads version " + std::to_string(kIndexVersion) +
                          " (rebuild the index)");
  }
  if (Get<std::uint64_t>(bytes, kHeaderCheck) != XXH3_64bits(bytes.data(), kHeaderCheck)) {
    return FormatMismatch("damaged header (checksum mismatch in bytes 0-" +
                          std::to_string(kHeaderCheck - 1) + ")");
  }
  IndexHeader header;
  header.params.shingle_size = Get<std::uint32_t>(bytes, 24);
  header.params.window = Get<std::uint32_t>(bytes, 28);
  header.params.shingle_seed = Get<std::uint64_t>(bytes, 32);
  header.params.shard_index = Get<std::uint32_t>(bytes, 40);
  header.params.shard_count = Get<std::uint32_t>(bytes, 44);
  const std::string_view language = bytes.substr(48, 16);
  header.params.language = std::string(language.substr(0, language.find('\0')));
  header.params.stem = bytes[64] != 0;
  header.articles = Get<std::uint64_t>(bytes, 72);
  header.fingerprints = Get<std::uint64_t>(bytes, 80);
  header.postings = Get<std::uint64_t>(bytes, 88);
  for (std::size_t i = 0; i < kSections; ++i) {
    const std::size_t at = kSectionTable + i * 24;
    header.sections[i] = {Get<std::uint64_t>(bytes, at), Get<std::uint64_t>(bytes, at + 8),
                          Get<std::uint64_t>(bytes, at + 16)};
  }
  header.file_size = Get<std::uint64_t>(bytes, kFileSizeField);
  if (Status valid = ValidateIndexParams(header.params); !valid.ok()) {
    return FormatMismatch("bad parameters in the header: " + valid.message());
  }
  if (header.file_size != file_size) {
    return FormatMismatch((file_size < header.file_size ? "truncated: " : "trailing bytes: ") +
                          std::to_string(file_size) + " bytes, the header says " +
                          std::to_string(header.file_size));
  }
  const std::uint64_t expected[kSections] = {
      header.articles * kArticleEntrySize, header.sections[kIds].size,
      header.sections[kTexts].size,        header.fingerprints * 8,
      (header.fingerprints + 1) * 4,       header.postings * 4,
      header.sections[kShingles].size};
  if (header.sections[kShingles].size % 4 != 0) {
    return FormatMismatch("the shingles section has the wrong size");
  }
  for (std::size_t i = 0; i < kSections; ++i) {
    const SectionEntry& s = header.sections[i];
    if (s.size != expected[i] || s.offset % 8 != 0 || s.offset < kHeaderSize ||
        s.offset > file_size || s.size > file_size - s.offset) {
      return FormatMismatch("the " + std::string(SectionName(i)) +
                            " section lies outside the file or has the wrong size");
    }
  }
  return header;
}

}  // namespace precis::search
