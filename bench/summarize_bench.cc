// Summarizer throughput, single thread, built-in IDF model: documents/s and
// bytes/s for each method on the shipped English articles, and the IDF model
// lookups on their own. End to end (process, JSONL in and out) is measured by
// summarize_throughput.sh beside this file.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "bench_corpus.h"
#include "precis/summarize/summarizer.h"
#include "precis/text/analyzer.h"
#include "precis/tfidf/idf_model.h"

namespace {

using precis::summarize::Method;

void Summarize(benchmark::State& state, Method method) {
  const std::vector<std::string> articles = precis::bench::EnglishArticles();
  auto summarizer = precis::summarize::Summarizer::Create({.method = method});
  std::size_t bytes = 0;
  for (const std::string& article : articles) bytes += article.size();
  for (auto _ : state) {
    for (const std::string& article : articles) {
      benchmark::DoNotOptimize(summarizer->Summarize(article));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_SummarizeTfidf(benchmark::State& state) { Summarize(state, Method::kTfidf); }
BENCHMARK(BM_SummarizeTfidf)->Unit(benchmark::kMicrosecond);
void BM_SummarizeCentroid(benchmark::State& state) { Summarize(state, Method::kCentroid); }
BENCHMARK(BM_SummarizeCentroid)->Unit(benchmark::kMicrosecond);
void BM_SummarizeTextRank(benchmark::State& state) { Summarize(state, Method::kTextRank); }
BENCHMARK(BM_SummarizeTextRank)->Unit(benchmark::kMicrosecond);
void BM_SummarizeLexRank(benchmark::State& state) { Summarize(state, Method::kLexRank); }
BENCHMARK(BM_SummarizeLexRank)->Unit(benchmark::kMicrosecond);
void BM_SummarizeLead(benchmark::State& state) { Summarize(state, Method::kLead); }
BENCHMARK(BM_SummarizeLead)->Unit(benchmark::kMicrosecond);

// Scoring and selection alone, on pre-analyzed articles: what the summarizer
// adds to the shared analysis pass.
void BM_ScoreAndSelectTfidf(benchmark::State& state) {
  const std::vector<std::string> articles = precis::bench::EnglishArticles();
  auto analyzer = precis::text::Analyzer::Create({});
  std::vector<precis::text::Analysis> analyses;
  for (const std::string& article : articles) analyses.push_back(analyzer->Analyze(article));
  auto summarizer = precis::summarize::Summarizer::Create({});
  for (auto _ : state) {
    for (std::size_t i = 0; i < articles.size(); ++i) {
      benchmark::DoNotOptimize(summarizer->Summarize(articles[i], analyses[i]));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
}
BENCHMARK(BM_ScoreAndSelectTfidf)->Unit(benchmark::kMicrosecond);

void BM_IdfLookup(benchmark::State& state) {
  const precis::tfidf::IdfModel& model = precis::tfidf::IdfModel::BuiltIn();
  std::vector<std::uint64_t> keys;
  for (const auto& [key, df] : model.Entries()) keys.push_back(key ^ (keys.size() % 2));
  double sum = 0;
  for (auto _ : state) {
    for (std::uint64_t key : keys) sum += model.Idf(key);
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * keys.size()));
}
BENCHMARK(BM_IdfLookup);

}  // namespace

BENCHMARK_MAIN();
