#include "precis/search/searcher.h"

#include <algorithm>
#include <tuple>

#include "search/fingerprints.h"

namespace precis::search {

struct Searcher::Impl {
  std::vector<const Index*> indexes;
  QueryOptions options;
  // Two comparers with one cut: `screen` scores every candidate (no
  // passages), `full` finds the passages of the matches only.
  overlap::Comparer screen;
  overlap::Comparer full;
  std::vector<std::vector<std::uint32_t>> hits;  // per index, per article
  overlap::PreparedText query;
  std::vector<std::uint32_t> query_short;  // ShortHash of each query shingle, sorted
  overlap::PreparedText article;
};

namespace {

overlap::CompareOptions CompareOptionsOf(const IndexParams& params, bool passages) {
  overlap::CompareOptions options;
  options.analyzer = AnalyzerOptionsOf(params);
  options.shingles = ShingleOptionsOf(params);
  options.find_passages = passages;
  options.cover_sentences = false;
  return options;
}

// How many of the query's shingles may be in the article: those whose low 32
// bits the article holds. Never fewer than the shingles truly shared, so an
// article this rejects cannot contain enough of the query.
std::size_t MaybeShared(std::span<const std::uint32_t> query_short,
                        std::span<const std::uint32_t> article) {
  std::size_t count = 0;
  std::size_t j = 0;
  for (const std::uint32_t hash : query_short) {
    while (j < article.size() && article[j] < hash) ++j;
    if (j == article.size()) break;
    if (article[j] == hash) ++count;
  }
  return count;
}

// The first option of the cut (how articles become shingles) in which `b`
// differs from `a`, with both values; empty when they agree.
std::string CutDifference(const IndexParams& a, const IndexParams& b) {
  auto differ = [](const char* name, const std::string& x, const std::string& y) {
    return std::string(name) + " " + y + " (index 1: " + x + ")";
  };
  if (a.language != b.language) return differ("language", a.language, b.language);
  if (a.stem != b.stem) {
    return differ("stemming", a.stem ? "snowball" : "none", b.stem ? "snowball" : "none");
  }
  if (a.shingle_size != b.shingle_size) {
    return differ("shingle size", std::to_string(a.shingle_size), std::to_string(b.shingle_size));
  }
  if (a.shingle_seed != b.shingle_seed) {
    return differ("shingle seed", std::to_string(a.shingle_seed), std::to_string(b.shingle_seed));
  }
  return {};
}

}  // namespace

Result<Searcher> Searcher::Create(std::span<const Index* const> indexes,
                                  const QueryOptions& options) {
  if (indexes.empty()) return InvalidArgument("no index to search");
  if (!(options.min_containment > 0 && options.min_containment <= 1)) {
    return InvalidArgument("min_containment must be in (0, 1]");
  }
  if (options.max_postings < 1) return InvalidArgument("max_postings must be at least 1");
  const IndexParams& params = indexes.front()->params();
  for (std::size_t i = 1; i < indexes.size(); ++i) {
    if (std::string differs = CutDifference(params, indexes[i]->params()); !differs.empty()) {
      return InvalidArgument("index " + std::to_string(i + 1) + " was built with " + differs +
                             "; indexes searched together need the same language, stemming "
                             "and shingle options");
    }
  }
  Result<overlap::Comparer> screen = overlap::Comparer::Create(CompareOptionsOf(params, false));
  if (!screen.ok()) return screen.status();
  Result<overlap::Comparer> full = overlap::Comparer::Create(CompareOptionsOf(params, true));
  if (!full.ok()) return full.status();
  auto impl = std::unique_ptr<Impl>(new Impl{.indexes = {indexes.begin(), indexes.end()},
                                             .options = options,
                                             .screen = std::move(*screen),
                                             .full = std::move(*full),
                                             .hits = {},
                                             .query = {},
                                             .query_short = {},
                                             .article = {}});
  for (const Index* index : impl->indexes) impl->hits.emplace_back(index->size(), 0);
  return Searcher(std::move(impl));
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

Result<QueryResult> Searcher::Query(std::string_view query) {
  Impl& impl = *impl_;
  QueryResult result;
  impl.screen.Prepare(query, impl.query);
  result.query_shingles = impl.query.set.size();
  if (impl.query.set.empty()) return result;
  const double need = impl.options.min_containment;
  const double query_size = static_cast<double>(impl.query.set.size());
  impl.query_short.clear();
  for (const std::uint64_t hash : impl.query.set) impl.query_short.push_back(ShortHash(hash));
  std::sort(impl.query_short.begin(), impl.query_short.end());
  // Every shingle of the query is looked up (not only its fingerprints): an
  // article sharing w consecutive shingles with it holds the smallest of them.
  for (std::size_t s = 0; s < impl.indexes.size(); ++s) {
    const Index& index = *impl.indexes[s];
    std::vector<std::uint32_t>& hits = impl.hits[s];
    std::vector<std::uint32_t> touched;
    for (const std::uint64_t hash : impl.query.set) {
      const std::span<const std::uint32_t> holders = index.Postings(hash);
      if (holders.size() > impl.options.max_postings) {
        ++result.skipped_common;
        continue;
      }
      for (const std::uint32_t position : holders) {
        if (hits[position]++ == 0) touched.push_back(position);
      }
    }
    for (const std::uint32_t position : touched) hits[position] = 0;
    for (const std::uint32_t position : touched) {
      ++result.candidates;
      // The stored 32-bit shingles bound the containment from above without
      // analyzing the text; only articles that may pass are compared exactly.
      const Result<std::span<const std::uint32_t>> shingles = index.CheckedShingles(position);
      if (!shingles.ok()) return shingles.status();
      if (static_cast<double>(MaybeShared(impl.query_short, *shingles)) / query_size < need) {
        continue;
      }
      ++result.verified;
      const Result<std::string_view> text = index.CheckedText(position);
      if (!text.ok()) return text.status();
      impl.screen.Prepare(*text, impl.article);
      const overlap::Comparison screened = impl.screen.Compare(impl.query, impl.article);
      if (screened.scores.containment_a < need) continue;
      result.matches.push_back(
          {index.Id(position), index.Text(position), impl.full.Compare(impl.query, impl.article)});
    }
  }
  std::sort(result.matches.begin(), result.matches.end(), [](const Match& a, const Match& b) {
    return std::tuple(-a.comparison.scores.containment_a, -a.comparison.scores.containment_b,
                      a.id) <
           std::tuple(-b.comparison.scores.containment_a, -b.comparison.scores.containment_b, b.id);
  });
  if (impl.options.limit != 0 && result.matches.size() > impl.options.limit) {
    result.matches.resize(impl.options.limit);
  }
  return result;
}

}  // namespace precis::search
