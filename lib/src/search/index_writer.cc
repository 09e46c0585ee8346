#include "search/index_writer.h"

#include <xxhash.h>

#include <cstring>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

#include "precis/io/atomic_file.h"
#include "search/index_file.h"
#include "search/postings_builder.h"

namespace precis::search {
namespace {

// The article table and ids sections and the sizes of the texts and
// shingles sections. The shingles' and texts' checksums are taken as they
// are streamed out of their stores.
struct ArticleSections {
  std::string table;
  std::string ids;
  std::uint64_t text_bytes = 0;
  std::uint64_t shingle_count = 0;
};

ArticleSections MakeArticleSections(const HeldArticles& held) {
  const std::size_t n = held.ids.size();
  ArticleSections out;
  out.table.assign(n * kArticleEntrySize, '\0');
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
    const auto position = static_cast<std::uint32_t>(i);
    const std::uint64_t shingles_at = out.shingle_count;
    const std::uint32_t shingle_count = held.prints.ShingleCount(position);
    const std::uint32_t shingle_check = held.prints.ShingleCheck(position);
    std::memcpy(entry + 32, &shingles_at, 8);
    std::memcpy(entry + 40, &shingle_count, 4);
    std::memcpy(entry + 44, &shingle_check, 4);
    out.shingle_count += shingle_count;
    out.ids += held.ids[i];
    out.text_bytes += held.texts[i].size;
  }
  return out;
}

std::string_view BytesOf(const auto& vector) {
  return {reinterpret_cast<const char*>(vector.data()), vector.size() * sizeof(vector[0])};
}

}  // namespace

Status WriteIndexFile(const std::string& path, const IndexParams& params,
                      const HeldArticles& held, std::uint32_t threads) {
  const std::size_t n = held.ids.size();
  if (n > 0xFFFFFFFFull) {
    return InvalidArgument(path + ": too many articles for one index file (shard the corpus)");
  }
  // The postings and the article sections do not depend on each other: made
  // side by side, the serial tail of a build shrinks to the longer of them.
  // The file is written from the start meanwhile: the header's place is kept
  // and filled last, and the article table, ids and texts, which come before
  // the postings, go out while the postings are being built.
  Result<PostingLists> lists = PostingLists{};
  std::exception_ptr postings_failed;  // out of memory, carried to the caller
  // The article sections are the quicker: the postings get all `threads`.
  std::thread postings_thread([&] {
    try {
      lists = BuildPostingsFrom(held.prints, threads);
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
  if (!lists.ok()) {
    if (lists.status().code() != ErrorCode::kInvalidArgument) return lists.status();
    return InvalidArgument(path + ": " + lists.status().message());
  }
  header.fingerprints = lists->keys.size();
  header.postings = lists->postings.size();
  write_blob(kKeys, BytesOf(lists->keys));
  write_blob(kOffsets, BytesOf(lists->offsets));
  write_blob(kPostings, BytesOf(lists->postings));
  lists = PostingLists{};  // 12 bytes a posting, no longer needed
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> shingles_state(XXH3_createState(),
                                                                          &XXH3_freeState);
  XXH3_64bits_reset(shingles_state.get());
  Status shingles_read = Status::Ok();
  write_section(kShingles, articles.shingle_count * sizeof(std::uint32_t), 0, [&] {
    shingles_read = held.prints.ForEachShingles([&](std::size_t, std::string_view bytes) {
      XXH3_64bits_update(shingles_state.get(), bytes.data(), bytes.size());
      file.Write(bytes);
    });
  });
  if (!shingles_read.ok()) return shingles_read;
  header.sections[kShingles].checksum = XXH3_64bits_digest(shingles_state.get());
  const SectionEntry& last = header.sections[kSections - 1];
  header.file_size = last.offset + last.size;
  file.WriteAt(0, EncodeHeader(header));
  return file.Commit();
}

}  // namespace precis::search
