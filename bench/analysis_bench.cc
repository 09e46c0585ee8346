// Throughput of the shared analysis pass on a large English input, single
// thread: decoding (UTF-8 validation), sentence splitting, and the full
// analysis (sentences + words + normalization + hashing).
#include <benchmark/benchmark.h>

#include <algorithm>

#include "bench_corpus.h"
#include "precis/text/analyzer.h"
#include "precis/text/decode.h"
#include "precis/text/sentence_splitter.h"
#include "text/word_breaker.h"

namespace {

const std::string& Input() {
  static const std::string text = precis::bench::LargeEnglishText(8 << 20);
  return text;
}

void BM_Decode(benchmark::State& state) {
  const std::string& text = Input();
  for (auto _ : state) {
    auto decoded = precis::text::Decode(text, {});
    benchmark::DoNotOptimize(decoded);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

// Argument 1 puts one soft hyphen (a Format character, which the direct
// sentence scan leaves to ICU) in the first paragraph: only that paragraph
// should go to ICU, so the two should run at nearly the same speed.
void BM_SplitSentences(benchmark::State& state) {
  const std::string text = state.range(0) != 0 ? "Soft\xC2\xADhyphen.\n" + Input() : Input();
  auto splitter = precis::text::SentenceSplitter::Create({});
  for (auto _ : state) benchmark::DoNotOptimize(splitter->Split(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(state.range(0) != 0 ? "one soft hyphen" : "plain");
}
BENCHMARK(BM_SplitSentences)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Word segmentation alone: ICU for everything (argument 0, the baseline) and
// with the plain-text fast path (argument 1, what the analyzer uses); their
// ratio is the fast path's speed-up.
void BM_Words(benchmark::State& state) {
  const std::string& text = Input();
  auto breaker = precis::text::WordBreaker::Create("en", /*fast_path=*/state.range(0) != 0);
  std::vector<precis::text::Word> words;
  for (auto _ : state) {
    words.clear();
    breaker->Break(text, words);
    benchmark::DoNotOptimize(words);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(state.range(0) != 0 ? "fast path" : "ICU only");
}
BENCHMARK(BM_Words)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The figure: decode + sentences + words + normalize + hash.
void BM_DecodeAndAnalyze(benchmark::State& state) {
  const std::string& text = Input();
  auto analyzer = precis::text::Analyzer::Create({});
  precis::text::Analysis analysis;
  for (auto _ : state) {
    auto decoded = precis::text::Decode(text, {});
    analyzer->Analyze(decoded->text, analysis);
    benchmark::DoNotOptimize(analysis);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(analysis.tokens.size());
}
BENCHMARK(BM_DecodeAndAnalyze)->Unit(benchmark::kMillisecond);

// Many news-sized documents, as summarize and compare see them.
void BM_AnalyzeArticles(benchmark::State& state) {
  const std::vector<std::string> articles = precis::bench::EnglishArticles();
  auto analyzer = precis::text::Analyzer::Create({});
  precis::text::Analysis analysis;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& article : articles) {
      analyzer->Analyze(article, analysis);
      bytes += article.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
}
BENCHMARK(BM_AnalyzeArticles);

}  // namespace

BENCHMARK_MAIN();
