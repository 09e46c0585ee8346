#include "precis/search/index.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "precis/sketch/shingles.h"
#include "search/index_file.h"

namespace precis::search {

Status ValidateIndexParams(const IndexParams& params) {
  if (params.shingle_size < 1 || params.shingle_size > sketch::kMaxShingleSize) {
    return InvalidArgument("shingle size must be in 1.." + std::to_string(sketch::kMaxShingleSize) +
                           " (got " + std::to_string(params.shingle_size) + ")");
  }
  if (params.window < 1 || params.window > kMaxWindow) {
    return InvalidArgument("window must be in 1.." + std::to_string(kMaxWindow) + " (got " +
                           std::to_string(params.window) + ")");
  }
  if (params.shard_count < 1 || params.shard_index >= params.shard_count) {
    return InvalidArgument("shard must be i/n with 0 <= i < n (got " +
                           std::to_string(params.shard_index) + "/" +
                           std::to_string(params.shard_count) + ")");
  }
  if (params.language.empty() || params.language.size() > 15) {
    return InvalidArgument("language must be a short ISO 639 code (got '" + params.language + "')");
  }
  return Status::Ok();
}

std::uint32_t ShardOf(std::string_view id, std::uint32_t shard_count) {
  return static_cast<std::uint32_t>(XXH3_64bits(id.data(), id.size()) % shard_count);
}

std::string IndexFilePath(std::string_view directory) {
  std::string path(directory);
  if (!path.empty() && path.back() != '/') path += '/';
  return path + std::string(kIndexFileName);
}

struct Index::Impl {
  std::string path;
  IndexHeader header;
  const char* base = nullptr;
  std::size_t length = 0;
  const std::uint64_t* keys = nullptr;
  const std::uint32_t* offsets = nullptr;
  const std::uint32_t* postings = nullptr;

  ~Impl() {
    if (base != nullptr) ::munmap(const_cast<char*>(base), length);
  }
  const char* At(std::size_t section) const { return base + header.sections[section].offset; }
  template <typename T>
  T Field(std::uint32_t position, std::size_t at) const {
    T value;
    std::memcpy(&value, At(kArticles) + position * kArticleEntrySize + at, sizeof value);
    return value;
  }
};

Result<Index> Index::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path + ": cannot open: " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return IoError(path + ": not a regular file (the search index)");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->length = static_cast<std::size_t>(info.st_size);
  if (impl->length > 0) {
    void* mapped = ::mmap(nullptr, impl->length, PROT_READ, MAP_SHARED, fd, 0);
    if (mapped == MAP_FAILED) {
      ::close(fd);
      return IoError(path + ": cannot map: " + std::strerror(errno));
    }
    impl->base = static_cast<const char*>(mapped);
  }
  ::close(fd);
  Result<IndexHeader> header = DecodeHeader(
      std::string_view(impl->base == nullptr ? "" : impl->base, impl->length), impl->length);
  if (!header.ok()) return FormatMismatch(path + ": " + header.status().message());
  impl->header = *header;
  // Every section but the texts and shingles is checked whole here; those
  // are checked per article against their own hashes when read
  // (CheckedText, CheckedShingles), so opening an index touches only the
  // lookup tables and a query process starts fast.
  for (std::size_t i = 0; i < kSections; ++i) {
    if (i == kTexts || i == kShingles) continue;
    const SectionEntry& s = impl->header.sections[i];
    if (XXH3_64bits(impl->base + s.offset, s.size) != s.checksum) {
      return FormatMismatch(path + ": damaged " + std::string(SectionName(i)) +
                            " (checksum mismatch in bytes " + std::to_string(s.offset) + "-" +
                            std::to_string(s.offset + s.size) + ")");
    }
  }
  impl->keys = reinterpret_cast<const std::uint64_t*>(impl->At(kKeys));
  impl->offsets = reinterpret_cast<const std::uint32_t*>(impl->At(kOffsets));
  impl->postings = reinterpret_cast<const std::uint32_t*>(impl->At(kPostings));
  const IndexHeader& h = impl->header;
  // Offsets inside their sections, postings inside the article range: what a
  // checksum cannot promise for a file some other writer made.
  for (std::uint32_t i = 0; i < h.articles; ++i) {
    const auto id_at = impl->Field<std::uint64_t>(i, 0);
    const auto text_at = impl->Field<std::uint64_t>(i, 8);
    const auto id_size = impl->Field<std::uint32_t>(i, 16);
    const auto text_size = impl->Field<std::uint32_t>(i, 20);
    const auto shingles_at = impl->Field<std::uint64_t>(i, 32);
    const auto shingles = impl->Field<std::uint32_t>(i, 40);
    const std::uint64_t shingle_slots = h.sections[kShingles].size / 4;
    if (id_at > h.sections[kIds].size || id_size > h.sections[kIds].size - id_at ||
        text_at > h.sections[kTexts].size || text_size > h.sections[kTexts].size - text_at ||
        shingles_at > shingle_slots || shingles > shingle_slots - shingles_at) {
      return FormatMismatch(path + ": article " + std::to_string(i) + " lies outside the file");
    }
  }
  if (impl->offsets[0] != 0 || impl->offsets[h.fingerprints] != h.postings) {
    return FormatMismatch(path + ": inconsistent posting offsets");
  }
  for (std::uint64_t i = 0; i < h.fingerprints; ++i) {
    if (impl->offsets[i] > impl->offsets[i + 1]) {
      return FormatMismatch(path + ": inconsistent posting offsets");
    }
  }
  for (std::uint64_t i = 0; i < h.postings; ++i) {
    if (impl->postings[i] >= h.articles) {
      return FormatMismatch(path + ": a posting names an article beyond the table");
    }
  }
  return Index(std::move(impl));
}

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;
Index::~Index() = default;

const IndexParams& Index::params() const { return impl_->header.params; }
std::uint32_t Index::size() const { return static_cast<std::uint32_t>(impl_->header.articles); }

std::string_view Index::Id(std::uint32_t position) const {
  return {impl_->At(kIds) + impl_->Field<std::uint64_t>(position, 0),
          impl_->Field<std::uint32_t>(position, 16)};
}

std::string_view Index::Text(std::uint32_t position) const {
  return {impl_->At(kTexts) + impl_->Field<std::uint64_t>(position, 8),
          impl_->Field<std::uint32_t>(position, 20)};
}

Result<std::string_view> Index::CheckedText(std::uint32_t position) const {
  const std::string_view text = Text(position);
  if (XXH3_64bits(text.data(), text.size()) != ContentHash(position)) {
    return FormatMismatch(impl_->path + ": damaged texts (article " + std::string(Id(position)) +
                          " fails its checksum)");
  }
  return text;
}

Result<std::span<const std::uint32_t>> Index::CheckedShingles(std::uint32_t position) const {
  const auto* all = reinterpret_cast<const std::uint32_t*>(impl_->At(kShingles));
  const std::span<const std::uint32_t> shingles(all + impl_->Field<std::uint64_t>(position, 32),
                                                impl_->Field<std::uint32_t>(position, 40));
  if (static_cast<std::uint32_t>(XXH3_64bits(shingles.data(), shingles.size_bytes())) !=
      impl_->Field<std::uint32_t>(position, 44)) {
    return FormatMismatch(impl_->path + ": damaged shingles (article " + std::string(Id(position)) +
                          " fails its checksum)");
  }
  return shingles;
}

std::uint64_t Index::ContentHash(std::uint32_t position) const {
  return impl_->Field<std::uint64_t>(position, 24);
}

std::span<const std::uint64_t> Index::Fingerprints() const {
  return {impl_->keys, impl_->header.fingerprints};
}

std::span<const std::uint32_t> Index::PostingsAt(std::size_t i) const {
  return {impl_->postings + impl_->offsets[i], impl_->postings + impl_->offsets[i + 1]};
}

std::span<const std::uint32_t> Index::Postings(std::uint64_t fingerprint) const {
  const std::span<const std::uint64_t> keys = Fingerprints();
  const auto found = std::lower_bound(keys.begin(), keys.end(), fingerprint);
  if (found == keys.end() || *found != fingerprint) return {};
  return PostingsAt(static_cast<std::size_t>(found - keys.begin()));
}

std::uint64_t Index::FileBytes() const { return impl_->length; }

std::uint64_t Index::LookupBytes() const {
  const IndexHeader& h = impl_->header;
  return h.sections[kArticles].size + h.sections[kKeys].size + h.sections[kOffsets].size +
         h.sections[kPostings].size;
}

}  // namespace precis::search
