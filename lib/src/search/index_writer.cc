#include "search/index_writer.h"

#include <xxhash.h>

#include <cstring>
#include <exception>
#include <thread>
#include <vector>

#include "precis/io/atomic_file.h"
#include "search/index_file.h"
#include "search/postings_builder.h"

namespace precis::search {
namespace {

// The article table and ids sections, the size of the texts section, and the
// checksum of the shingles section, which is written from where the shingles
// are rather than copied together (the texts' checksum is taken as they are
// streamed out of the store).
struct ArticleSections {
  std::string table;
  std::string ids;
  std::uint64_t text_bytes = 0;
  std::uint64_t shingle_count = 0;
  std::uint64_t shingles_checksum = 0;
};

ArticleSections MakeArticleSections(const HeldArticles& held) {
  const std::size_t n = held.ids.size();
  ArticleSections out;
  out.table.assign(n * kArticleEntrySize, '\0');
  XXH3_state_t* shingles_state = XXH3_createState();
  XXH3_64bits_reset(shingles_state);
  for (std::size_t i = 0; i < n; ++i) {
    char* entry = out.table.data() + i * kArticleEntrySize;
    const std::uint64_t id_at = out.ids.size();
    const auto id_size = static_cast<std::uint32_t>(held.ids[i].size());
    const auto text_size = static_cast<std::uint32_t>(held.texts[i].size);
    std::memcpy(entry, &id_at, 8);
    std::memcpy(entry + 8, &out.text_bytes, 8);
    std::memcpy(entry + 16, &id_size, 4);
    std::memcpy(entry + 20, &text_size, 4);
    std::memcpy(entry + 24, &held.content_hashes[i], 8);
    const std::vector<std::uint32_t>& own = held.prints[i].shingles;
    const std::size_t own_bytes = own.size() * sizeof(std::uint32_t);
    const std::uint64_t shingles_at = out.shingle_count;
    const auto shingle_count = static_cast<std::uint32_t>(own.size());
    const auto shingle_check = static_cast<std::uint32_t>(XXH3_64bits(own.data(), own_bytes));
    std::memcpy(entry + 32, &shingles_at, 8);
    std::memcpy(entry + 40, &shingle_count, 4);
    std::memcpy(entry + 44, &shingle_check, 4);
    XXH3_64bits_update(shingles_state, own.data(), own_bytes);
    out.shingle_count += own.size();
    out.ids += held.ids[i];
    out.text_bytes += held.texts[i].size;
  }
  out.shingles_checksum = XXH3_64bits_digest(shingles_state);
  XXH3_freeState(shingles_state);
  return out;
}

std::string_view BytesOf(const auto& vector) {
  return {reinterpret_cast<const char*>(vector.data()), vector.size() * sizeof(vector[0])};
}

}  // namespace

Status WriteIndexFile(const std::string& path, const IndexParams& params,
                      const HeldArticles& held, std::uint32_t threads) {
  const std::size_t n = held.ids.size();
  std::size_t total = 0;
  for (const ArticlePrints& prints : held.prints) total += prints.fingerprints.size();
  if (total > 0xFFFFFFFFull || n > 0xFFFFFFFFull) {
    return InvalidArgument(path + ": too many postings for one index file (shard the corpus)");
  }
  // The postings and the article sections do not depend on each other: made
  // side by side, the serial tail of a build shrinks to the longer of them.
  // The file is written from the start meanwhile: the header's place is kept
  // and filled last, and the article table, ids and texts, which come before
  // the postings, go out while the postings are being built.
  PostingLists lists;
  std::exception_ptr postings_failed;  // out of memory, carried to the caller
  // The article sections are the quicker: the postings get all `threads`.
  std::thread postings_thread([&] {
    try {
      lists = BuildPostings(held.prints, threads);
    } catch (...) {
      postings_failed = std::current_exception();
    }
  });
  struct JoinPostings {  // on every way out, exceptions included
    std::thread& thread;
    ~JoinPostings() {
      if (thread.joinable()) thread.join();
    }
  } join_postings{postings_thread};

  const ArticleSections articles = MakeArticleSections(held);
  IndexHeader header;
  header.params = params;
  header.articles = n;
  static constexpr char kZeros[8] = {};
  io::AtomicFile file;
  if (Status opened = file.Open(path); !opened.ok()) return opened;
  file.Write(std::string(kHeaderSize, '\0'));
  std::uint64_t written = kHeaderSize;
  // Records section `s`, 8-byte aligned after what is written, and writes
  // its bytes through `write_pieces`.
  auto write_section = [&](std::size_t s, std::uint64_t size, std::uint64_t checksum,
                           const auto& write_pieces) {
    const std::uint64_t at = Align8(written);
    file.Write(std::string_view(kZeros, at - written));
    header.sections[s] = {at, size, checksum};
    write_pieces();
    written = at + size;
  };
  auto write_blob = [&](std::size_t s, std::string_view blob) {
    write_section(s, blob.size(), XXH3_64bits(blob.data(), blob.size()),
                  [&] { file.Write(blob); });
  };
  write_blob(kArticles, articles.table);
  write_blob(kIds, articles.ids);
  // The texts' checksum is known once they are streamed; the header, which
  // records it, is written last.
  Result<std::uint64_t> texts_checksum = std::uint64_t{0};
  write_section(kTexts, articles.text_bytes, 0, [&] {
    texts_checksum =
        held.store.Stream(held.texts, [&](std::string_view piece) { file.Write(piece); });
  });
  if (!texts_checksum.ok()) return texts_checksum.status();
  header.sections[kTexts].checksum = *texts_checksum;

  postings_thread.join();
  if (postings_failed) std::rethrow_exception(postings_failed);
  header.fingerprints = lists.keys.size();
  header.postings = lists.postings.size();
  write_blob(kKeys, BytesOf(lists.keys));
  write_blob(kOffsets, BytesOf(lists.offsets));
  write_blob(kPostings, BytesOf(lists.postings));
  write_section(kShingles, articles.shingle_count * sizeof(std::uint32_t),
                articles.shingles_checksum, [&] {
                  for (const ArticlePrints& prints : held.prints) {
                    file.Write(BytesOf(prints.shingles));
                  }
                });
  const SectionEntry& last = header.sections[kSections - 1];
  header.file_size = last.offset + last.size;
  file.WriteAt(0, EncodeHeader(header));
  return file.Commit();
}

}  // namespace precis::search
