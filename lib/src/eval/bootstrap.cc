#include "precis/eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace precis::eval {
namespace {

// An index in [0, n) from the generator's raw 64-bit output, without
// std::uniform_int_distribution, whose algorithm differs between standard
// libraries (the interval must be the same everywhere). The modulo bias is
// below n / 2^64: nil for any realistic n.
std::size_t Draw(std::mt19937_64& generator, std::size_t n) {
  return static_cast<std::size_t>(generator() % n);
}

double Quantile(const std::vector<double>& sorted, double q) {
  const double position = q * static_cast<double>(sorted.size() - 1);
  return sorted[static_cast<std::size_t>(std::floor(position + 0.5))];
}

}  // namespace

std::vector<MeanInterval> BootstrapMeans(std::span<const std::vector<double>> series,
                                         const BootstrapOptions& options) {
  std::vector<MeanInterval> results(series.size());
  const std::size_t n = series.empty() ? 0 : series.front().size();
  if (n == 0) return results;
  const double count = static_cast<double>(n);
  for (std::size_t s = 0; s < series.size(); ++s) {
    double sum = 0;
    for (const double value : series[s]) sum += value;
    results[s].mean = sum / count;
    results[s].low = results[s].high = results[s].mean;
  }
  if (options.samples == 0) return results;
  // means[s * samples + k]: series s, resample k. The same draws serve every
  // series, so one series alone gives the same interval as in a batch.
  std::vector<double> means(series.size() * options.samples, 0.0);
  std::vector<std::size_t> picks(n);
  std::mt19937_64 generator(options.seed);
  for (std::uint32_t k = 0; k < options.samples; ++k) {
    for (std::size_t& pick : picks) pick = Draw(generator, n);
    for (std::size_t s = 0; s < series.size(); ++s) {
      const std::vector<double>& values = series[s];
      double sum = 0;
      for (const std::size_t pick : picks) sum += values[pick];
      means[s * options.samples + k] = sum / count;
    }
  }
  const double tail = (1 - options.confidence) / 2;
  std::vector<double> sorted(options.samples);
  for (std::size_t s = 0; s < series.size(); ++s) {
    std::copy_n(means.begin() + static_cast<std::ptrdiff_t>(s * options.samples), options.samples,
                sorted.begin());
    std::sort(sorted.begin(), sorted.end());
    results[s].low = Quantile(sorted, tail);
    results[s].high = Quantile(sorted, 1 - tail);
  }
  return results;
}

MeanInterval BootstrapMean(std::span<const double> values, const BootstrapOptions& options) {
  const std::vector<double> series[] = {std::vector<double>(values.begin(), values.end())};
  return BootstrapMeans(series, options).front();
}

}  // namespace precis::eval
