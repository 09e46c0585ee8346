// ROUGE throughput, single thread: scoring 10,000 news-length summary /
// reference pairs (three sentences each, about 75 words) built from the
// shipped English corpus. The target is under one second for all 10,000.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_corpus.h"
#include "precis/eval/rouge.h"
#include "precis/text/sentence_splitter.h"

namespace {

using precis::eval::RougeMeasure;
using precis::eval::RougeMeasureBit;

constexpr std::size_t kPairs = 10000;

struct Pair {
  std::string candidate;
  std::string reference;
};

// Candidate = sentences k, k+2, k+4; reference = k, k+1, k+3 of the corpus
// sentences (one per line): partial overlap, as between a lead summary and a
// human one.
const std::vector<Pair>& Pairs() {
  static const std::vector<Pair> pairs = [] {
    std::vector<std::string> sentences;
    auto splitter = precis::text::SentenceSplitter::Create({});
    for (const std::string& article : precis::bench::EnglishArticles()) {
      for (const precis::ByteSpan span : splitter->Split(article)) {
        std::string sentence(span.In(article));
        for (char& c : sentence) {
          if (c == '\n' || c == '\r') c = ' ';
        }
        sentences.push_back(std::move(sentence));
      }
    }
    std::vector<Pair> result(kPairs);
    const std::size_t n = sentences.size();
    for (std::size_t i = 0; i < kPairs; ++i) {
      const std::size_t k = (i * 7) % n;
      result[i].candidate =
          sentences[k] + '\n' + sentences[(k + 2) % n] + '\n' + sentences[(k + 4) % n] + '\n';
      result[i].reference =
          sentences[k] + '\n' + sentences[(k + 1) % n] + '\n' + sentences[(k + 3) % n] + '\n';
    }
    return result;
  }();
  return pairs;
}

void ScorePairs(benchmark::State& state, const precis::eval::RougeOptions& options) {
  const std::vector<Pair>& pairs = Pairs();
  auto scorer = precis::eval::RougeScorer::Create(options);
  std::size_t bytes = 0;
  for (const Pair& pair : pairs) bytes += pair.candidate.size() + pair.reference.size();
  double sink = 0;
  for (auto _ : state) {
    for (const Pair& pair : pairs) {
      const std::string_view reference = pair.reference;
      const precis::eval::RougeResult result =
          scorer->Score(pair.candidate, std::span(&reference, 1));
      sink += result[RougeMeasure::kRouge1].f;
    }
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pairs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pairs_per_iteration"] = static_cast<double>(pairs.size());
}

// Every measure (ROUGE-1..4, L, Lsum, SU4) with stemming: the figure.
void BM_Rouge10kPairsAllMeasuresStem(benchmark::State& state) { ScorePairs(state, {.stem = true}); }
BENCHMARK(BM_Rouge10kPairsAllMeasuresStem)->Unit(benchmark::kMillisecond);

void BM_Rouge10kPairsAllMeasures(benchmark::State& state) { ScorePairs(state, {}); }
BENCHMARK(BM_Rouge10kPairsAllMeasures)->Unit(benchmark::kMillisecond);

// The usual report: ROUGE-1, ROUGE-2, ROUGE-Lsum with stemming.
void BM_Rouge10kPairs12LsumStem(benchmark::State& state) {
  ScorePairs(state, {.stem = true,
                     .measures = RougeMeasureBit(RougeMeasure::kRouge1) |
                                 RougeMeasureBit(RougeMeasure::kRouge2) |
                                 RougeMeasureBit(RougeMeasure::kRougeLsum)});
}
BENCHMARK(BM_Rouge10kPairs12LsumStem)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
