// precis-compare's library path: analysis + shingling + exact scores +
// passages (+ sentence coverage), on large documents and on article pairs.
//
//   precis_bench_compare --benchmark_filter=Large
//
// Large inputs are synthetic, built deterministically from the corpus's
// vocabulary so they do not repeat themselves (a corpus article repeated
// hundreds of times would make every shingle over-frequent and flatter the
// passage finder); B holds 10% of A's text in 60-word passages.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "precis/overlap/comparer.h"

namespace precis::bench {
namespace {

std::vector<std::string> Vocabulary() {
  std::vector<std::string> words;
  for (const std::string& article : EnglishArticles()) {
    std::size_t i = 0;
    while (i < article.size()) {
      while (i < article.size() && std::isspace(static_cast<unsigned char>(article[i]))) ++i;
      const std::size_t begin = i;
      while (i < article.size() && !std::isspace(static_cast<unsigned char>(article[i]))) ++i;
      if (i > begin) words.push_back(article.substr(begin, i - begin));
    }
  }
  return words;
}

// About `bytes` of text: random corpus words, sentences of 12-30 words,
// paragraphs of 4 sentences.
std::string SyntheticText(std::size_t bytes, std::uint32_t seed) {
  static const std::vector<std::string> words = Vocabulary();
  std::mt19937 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> length(12, 30);
  std::string text;
  text.reserve(bytes + 512);
  for (int sentence = 0; text.size() < bytes; ++sentence) {
    const int n = length(random);
    for (int w = 0; w < n; ++w) {
      std::string word = words[pick(random)];
      while (!word.empty() && (word.back() == '.' || word.back() == '?' || word.back() == '!')) {
        word.pop_back();
      }
      if (word.empty()) word = "and";
      if (w == 0) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      text += word;
      text += w + 1 == n ? ". " : " ";
    }
    if (sentence % 4 == 3) text += "\n\n";
  }
  return text;
}

// B: its own text where every 40th sentence starts a copy of 3 sentences
// of A (taken from about the same place). Cuts fall between sentences, so
// UTF-8 stays valid.
std::string WithPassagesOf(const std::string& a, std::size_t bytes, std::uint32_t seed) {
  const std::string b = SyntheticText(bytes, seed);
  std::string out;
  std::size_t at = 0;
  for (std::size_t sentence = 0;; ++sentence) {
    const std::size_t end = b.find(". ", at);
    if (end == std::string::npos) break;
    out.append(b, at, end + 2 - at);
    if (sentence % 40 == 20 && at < a.size()) {
      std::size_t copy_begin = a.find(". ", at);
      std::size_t copy_end = copy_begin;
      for (int n = 0; n < 3 && copy_end != std::string::npos; ++n) {
        copy_end = a.find(". ", copy_end + 2);
      }
      if (copy_end != std::string::npos) out.append(a, copy_begin + 2, copy_end - copy_begin);
    }
    at = end + 2;
  }
  out.append(b, at);
  return out;
}

void BM_CompareLarge(benchmark::State& state) {
  const std::size_t size = static_cast<std::size_t>(state.range(0));
  const std::string a = SyntheticText(size, 1);
  const std::string b = WithPassagesOf(a, size, 2);
  overlap::Comparer comparer = overlap::Comparer::Create({}).value();
  overlap::PreparedText pa, pb;
  std::size_t passages = 0;
  for (auto _ : state) {
    comparer.Prepare(a, pa);
    comparer.Prepare(b, pb);
    const overlap::Comparison c = comparer.Compare(pa, pb);
    passages = c.passages.size();
    benchmark::DoNotOptimize(c.scores.containment_a);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (a.size() + b.size())));
  state.counters["passages"] = static_cast<double>(passages);
}
BENCHMARK(BM_CompareLarge)->Arg(1 << 20)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

// The comparison alone, texts already prepared: what a QUERY FILE... run
// pays per extra pair beyond analyzing the file.
void BM_CompareOnlyLarge(benchmark::State& state) {
  const std::size_t size = static_cast<std::size_t>(state.range(0));
  const std::string a = SyntheticText(size, 1);
  const std::string b = WithPassagesOf(a, size, 2);
  overlap::Comparer comparer = overlap::Comparer::Create({}).value();
  const overlap::PreparedText pa = comparer.Prepare(a);
  const overlap::PreparedText pb = comparer.Prepare(b);
  for (auto _ : state) {
    const overlap::Comparison c = comparer.Compare(pa, pb);
    benchmark::DoNotOptimize(c.scores.containment_a);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (a.size() + b.size())));
}
BENCHMARK(BM_CompareOnlyLarge)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

// Two ~5 KB news articles (the corpus's two versions of one council story),
// in process: the library share of a precis-compare A B run.
void BM_CompareArticlePair(benchmark::State& state) {
  std::string a, b;
  for (const std::string& article : EnglishArticles()) {
    if (article.find("Wexley") == std::string::npos) continue;
    (a.empty() ? a : b) = article;
  }
  overlap::Comparer comparer = overlap::Comparer::Create({}).value();
  overlap::PreparedText pa, pb;
  for (auto _ : state) {
    comparer.Prepare(a, pa);
    comparer.Prepare(b, pb);
    const overlap::Comparison c = comparer.Compare(pa, pb);
    benchmark::DoNotOptimize(c.scores.containment_a);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (a.size() + b.size())));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_CompareArticlePair)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace precis::bench

BENCHMARK_MAIN();
