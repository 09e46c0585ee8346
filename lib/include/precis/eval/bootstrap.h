// The mean of per-document scores with a bootstrap confidence interval, as
// ROUGE-1.5.5 reports corpus averages (-c 95 -r 1000), but reproducible: the
// resampling uses a fixed, documented generator and seed.
//
//   std::vector<double> f1 = {0.41, 0.37, 0.52};
//   precis::eval::MeanInterval ci = precis::eval::BootstrapMean(f1, {});
//   // ci.mean, ci.low, ci.high
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace precis::eval {

struct BootstrapOptions {
  // Number of resamples, each of size n drawn with replacement. 0 = no
  // interval (low = high = mean).
  std::uint32_t samples = 1000;
  // Two-sided confidence level, in (0, 1).
  double confidence = 0.95;
  // Seed of the generator (std::mt19937_64); the same seed and input give the
  // same interval on every platform.
  std::uint64_t seed = 20250101;
};

struct MeanInterval {
  double mean = 0;
  double low = 0;   // the (1 - confidence)/2 quantile of the resampled means
  double high = 0;  // the (1 + confidence)/2 quantile of the resampled means
};

// Mean of `values` and its percentile-bootstrap interval. Quantile q of the
// sorted resample means m[0..S) is m[floor(q * (S - 1) + 0.5)]. Empty input
// gives all zeros.
MeanInterval BootstrapMean(std::span<const double> values, const BootstrapOptions& options);

// BootstrapMean of several series of per-document values (all of the same
// length: R, P and F of each measure, say), resampling the same documents for
// every series, which costs one set of draws instead of one per series. Each
// result equals BootstrapMean of that series alone.
std::vector<MeanInterval> BootstrapMeans(std::span<const std::vector<double>> series,
                                         const BootstrapOptions& options);

}  // namespace precis::eval
