// MinHash method comparison and sketch throughput.
//
//   precis_bench_sketch --benchmark_filter=Signature     speed per method (items = articles)
//   precis_bench_sketch --benchmark_filter=Error         RMSE of the Jaccard estimate
//   precis_bench_sketch --benchmark_filter=SketchArticle text -> signature, one core
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "precis/sketch/minhash.h"
#include "precis/sketch/shingles.h"
#include "precis/text/analyzer.h"

namespace {

using precis::sketch::MinHashMethod;
using precis::sketch::MinHashOptions;

std::vector<std::uint64_t> RandomSet(std::mt19937_64& random, std::size_t n) {
  std::vector<std::uint64_t> set(n);
  for (auto& x : set) x = random();
  return set;
}

// Arguments: method (0 = kh, 1 = oph), distinct shingles per article.
void BM_Signature(benchmark::State& state) {
  const MinHashOptions options{
      .permutations = 128,
      .method = state.range(0) == 0 ? MinHashMethod::kKHash : MinHashMethod::kOnePermutation};
  std::mt19937_64 random(1);
  const auto set = RandomSet(random, static_cast<std::size_t>(state.range(1)));
  precis::sketch::Signature signature;
  for (auto _ : state) {
    precis::sketch::ComputeSignature(set, options, signature);
    benchmark::DoNotOptimize(signature.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(state.range(0) == 0 ? "kh" : "oph");
}
BENCHMARK(BM_Signature)->ArgsProduct({{0, 1}, {50, 400, 2000}});

// Arguments: method, distinct shingles per article, Jaccard x 100. Reports
// the root mean squared error of the estimate over 2000 pairs (each with its
// own seed) against sqrt(J(1-J)/K).
void BM_Error(benchmark::State& state) {
  const auto method = state.range(0) == 0 ? MinHashMethod::kKHash : MinHashMethod::kOnePermutation;
  const std::size_t n = static_cast<std::size_t>(state.range(1));
  const double target = static_cast<double>(state.range(2)) / 100;
  // |A| = |B| = n, |A ∩ B| = s: J = s / (2n - s).
  const std::size_t shared = static_cast<std::size_t>(std::lround(2.0 * n * target / (1 + target)));
  const double truth = static_cast<double>(shared) / static_cast<double>(2 * n - shared);
  double squared = 0;
  int pairs = 0;
  for (auto _ : state) {
    squared = 0;
    pairs = 0;
    std::mt19937_64 random(42);
    for (int t = 0; t < 2000; ++t) {
      auto a = RandomSet(random, n);
      auto b = a;
      for (std::size_t i = shared; i < n; ++i) b[i] = random();
      const MinHashOptions options{.permutations = 128, .seed = random(), .method = method};
      const double estimate =
          precis::sketch::EstimateJaccard(precis::sketch::ComputeSignature(a, options),
                                          precis::sketch::ComputeSignature(b, options));
      squared += (estimate - truth) * (estimate - truth);
      ++pairs;
    }
  }
  state.counters["rmse"] = std::sqrt(squared / pairs);
  state.counters["theory"] = precis::sketch::StandardError(truth, 128);
  state.counters["jaccard"] = truth;
  state.SetLabel(state.range(0) == 0 ? "kh" : "oph");
}
BENCHMARK(BM_Error)
    ->ArgsProduct({{0, 1}, {20, 100, 400}, {50, 80, 95}})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// The whole per-article pipeline on one core: analyze (ICU words, folding,
// stemming), word 3-shingles, sorted set, signature. Argument: method.
void BM_SketchArticle(benchmark::State& state) {
  std::ifstream file(std::string(PRECIS_SOURCE_DIR) + "/corpus/000_7607a87248a232cc.txt");
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto analyzer = precis::text::Analyzer::Create({.language = "en"});
  if (!analyzer.ok() || text.empty()) {
    state.SkipWithError("no analyzer or sample article");
    return;
  }
  const MinHashOptions options{
      .permutations = 128,
      .method = state.range(0) == 0 ? MinHashMethod::kKHash : MinHashMethod::kOnePermutation};
  precis::text::Analysis analysis;
  std::vector<precis::sketch::Shingle> shingles;
  std::vector<std::uint64_t> set;
  precis::sketch::Signature signature;
  for (auto _ : state) {
    analyzer->Analyze(text, analysis);
    precis::sketch::ExtractShingles(text, analysis, {}, shingles);
    set.clear();
    for (const auto& shingle : shingles) set.push_back(shingle.hash);
    precis::sketch::SortUnique(set);
    precis::sketch::ComputeSignature(set, options, signature);
    benchmark::DoNotOptimize(signature.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.SetLabel(state.range(0) == 0 ? "kh" : "oph");
}
BENCHMARK(BM_SketchArticle)->Arg(0)->Arg(1);

// Shingles -> signature only (the part MinHash owns), for a 400-word article.
void BM_ShinglesToSignature(benchmark::State& state) {
  std::mt19937_64 random(3);
  const auto hashes = RandomSet(random, 400);
  std::vector<std::uint64_t> set;
  precis::sketch::Signature signature;
  for (auto _ : state) {
    set = hashes;
    precis::sketch::SortUnique(set);
    precis::sketch::ComputeSignature(set, {}, signature);
    benchmark::DoNotOptimize(signature.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ShinglesToSignature);

}  // namespace

BENCHMARK_MAIN();
