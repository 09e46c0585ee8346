#include "precis/eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

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

MeanInterval BootstrapMean(std::span<const double> values, const BootstrapOptions& options) {
  MeanInterval result;
  if (values.empty()) return result;
  double sum = 0;
  for (const double value : values) sum += value;
  const double n = static_cast<double>(values.size());
  result.mean = sum / n;
  result.low = result.high = result.mean;
  if (options.samples == 0) return result;
  std::mt19937_64 generator(options.seed);
  std::vector<double> means(options.samples);
  for (double& mean : means) {
    double resample = 0;
    for (std::size_t k = 0; k < values.size(); ++k)
      resample += values[Draw(generator, values.size())];
    mean = resample / n;
  }
  std::sort(means.begin(), means.end());
  const double tail = (1 - options.confidence) / 2;
  result.low = Quantile(means, tail);
  result.high = Quantile(means, 1 - tail);
  return result;
}

}  // namespace precis::eval
