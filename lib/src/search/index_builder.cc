#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "precis/corpus/article_ids.h"
#include "precis/corpus/held_texts.h"
#include "corpus/parallel.h"
#include "precis/search/index.h"
#include "search/fingerprints.h"
#include "search/held_prints.h"
#include "search/index_file.h"
#include "search/index_writer.h"

namespace precis::search {

struct IndexBuilder::Impl {
  explicit Impl(std::uint64_t memory) : store(memory, "precis-search"), prints(memory) {}

  IndexParams params;
  std::vector<text::Analyzer> analyzers;  // one per thread
  std::vector<FingerprintScratch> scratch;
  // Held articles by position. Texts and prints of an index the builder
  // started from stay in its mapping; new ones are held in `store` and
  // `prints` (memory, then temporary files).
  std::vector<std::string> ids;
  corpus::HeldTexts store;
  std::vector<corpus::TextRef> texts;
  std::vector<std::uint64_t> content_hashes;
  HeldPrints prints;
  corpus::ArticleIds known;

  // What the threads compute of one article; only placing it is serial.
  struct Fingerprinted {
    ArticlePrints prints;
    std::uint64_t content_hash = 0;
  };
  std::vector<Fingerprinted> FingerprintBatch(std::span<Article* const> batch);
  Result<Added> AddInShard(std::span<Article> batch);
};

// The fingerprints and content hashes of `batch`, computed on
// `analyzers.size()` threads. Each takes the next few articles as it frees
// up, so a thread the machine preempts does not hold the others up at the
// end of the batch; each article's result does not depend on which thread
// computed it.
std::vector<IndexBuilder::Impl::Fingerprinted> IndexBuilder::Impl::FingerprintBatch(
    std::span<Article* const> batch) {
  Impl& impl = *this;
  std::vector<Fingerprinted> out(batch.size());
  constexpr std::size_t kChunk = 8;
  const std::size_t threads = std::min(impl.analyzers.size(), (batch.size() + kChunk - 1) / kChunk);
  std::atomic<std::size_t> next{0};
  auto work = [&](std::size_t t) {
    for (std::size_t begin = next.fetch_add(kChunk); begin < batch.size();
         begin = next.fetch_add(kChunk)) {
      for (std::size_t i = begin; i < std::min(begin + kChunk, batch.size()); ++i) {
        const std::string& text = batch[i]->text;
        out[i].prints = Fingerprints(text, impl.analyzers[t], impl.params, impl.scratch[t]);
        out[i].content_hash = XXH3_64bits(text.data(), text.size());
      }
    }
  };
  corpus::RunOnThreads(std::max<std::size_t>(threads, 1), work);
  return out;
}

Result<IndexBuilder> IndexBuilder::Create(const IndexParams& params, std::uint32_t threads,
                                          std::uint64_t text_memory) {
  if (Status valid = ValidateIndexParams(params); !valid.ok()) return valid;
  auto impl = std::make_unique<Impl>(text_memory);
  impl->params = params;
  const std::uint32_t count =
      threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  for (std::uint32_t t = 0; t < count; ++t) {
    Result<text::Analyzer> analyzer = text::Analyzer::Create(AnalyzerOptionsOf(params));
    if (!analyzer.ok()) return analyzer.status();
    impl->analyzers.push_back(std::move(*analyzer));
  }
  impl->scratch.resize(count);
  return IndexBuilder(std::move(impl));
}

Result<IndexBuilder> IndexBuilder::From(const Index& index, std::uint32_t threads,
                                        std::uint64_t text_memory) {
  Result<IndexBuilder> builder = Create(index.params(), threads, text_memory);
  if (!builder.ok()) return builder;
  Impl& impl = *builder->impl_;
  const std::uint32_t n = index.size();
  impl.ids.reserve(n);
  impl.texts.reserve(n);
  impl.content_hashes.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    impl.ids.emplace_back(index.Id(i));
    Result<std::string_view> text = index.CheckedText(i);
    if (!text.ok()) return text.status();
    impl.texts.push_back(corpus::HeldTexts::Borrow(*text));
    impl.content_hashes.push_back(index.ContentHash(i));
    // Ids are unique in an index this library wrote; Place records them.
    impl.known.Place(impl.ids.back(), std::span(impl.ids).first(i),
                     [](std::uint32_t) { return true; });
  }
  if (Status held = impl.prints.From(index); !held.ok()) return held;
  return builder;
}

IndexBuilder::IndexBuilder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IndexBuilder::IndexBuilder(IndexBuilder&&) noexcept = default;
IndexBuilder& IndexBuilder::operator=(IndexBuilder&&) noexcept = default;
IndexBuilder::~IndexBuilder() = default;

std::uint32_t IndexBuilder::size() const { return static_cast<std::uint32_t>(impl_->ids.size()); }
const IndexParams& IndexBuilder::params() const { return impl_->params; }

Result<Added> IndexBuilder::Add(std::span<const Article> batch) {
  std::vector<Article> copy(batch.begin(), batch.end());
  return impl_->AddInShard(copy);
}

Result<Added> IndexBuilder::Add(std::vector<Article>&& batch) { return impl_->AddInShard(batch); }

// Fingerprints `batch` in parallel, then places it in order, moving the held
// ids and texts out of `batch` into `store`.
Result<Added> IndexBuilder::Impl::AddInShard(std::span<Article> batch) {
  Impl& impl = *this;
  Added added;
  std::vector<Article*> in_shard;
  in_shard.reserve(batch.size());
  for (Article& article : batch) {
    if (ShardOf(article.id, impl.params.shard_count) != impl.params.shard_index) {
      ++added.outside_shard;
      added.other_shard.push_back(article.id);
    } else {
      in_shard.push_back(&article);
    }
  }
  std::vector<Fingerprinted> done = impl.FingerprintBatch(in_shard);
  for (std::size_t i = 0; i < in_shard.size(); ++i) {
    Article& article = *in_shard[i];
    const std::uint64_t hash = done[i].content_hash;
    Status compared = Status::Ok();  // a spilled text that could not be read back
    const corpus::Placement placed =
        impl.known.Place(article.id, impl.ids, [&](std::uint32_t held) {
          if (impl.content_hashes[held] != hash) return false;
          Result<bool> same = impl.store.Equals(impl.texts[held], article.text);
          if (!same.ok()) compared = same.status();
          return same.ok() && *same;
        });
    if (!compared.ok()) return compared;
    if (placed.arrival == corpus::Arrival::kSame) {
      ++added.unchanged;
      continue;
    }
    Result<corpus::TextRef> text = impl.store.Hold(std::move(article.text));
    if (!text.ok()) return text.status();
    if (placed.arrival == corpus::Arrival::kNew) {
      ++added.added;
      impl.ids.push_back(std::move(article.id));
      impl.texts.push_back(*text);
      impl.content_hashes.push_back(hash);
      if (Status held = impl.prints.Set(impl.prints.size(), done[i].prints); !held.ok()) {
        return held;
      }
    } else {
      added.changed.push_back(article.id);
      impl.texts[placed.position] = *text;
      impl.content_hashes[placed.position] = hash;
      if (Status held = impl.prints.Set(placed.position, done[i].prints); !held.ok()) {
        return held;
      }
    }
  }
  // A later article of the same id may be compared with a text of this batch.
  if (Status flushed = impl.store.Flush(); !flushed.ok()) return flushed;
  if (Status flushed = impl.prints.Flush(); !flushed.ok()) return flushed;
  return added;
}

Status IndexBuilder::Write(const std::string& path) const {
  const Impl& impl = *impl_;
  return WriteIndexFile(path, impl.params,
                        {impl.ids, impl.store, impl.texts, impl.content_hashes, impl.prints},
                        static_cast<std::uint32_t>(impl.analyzers.size()));
}

}  // namespace precis::search
