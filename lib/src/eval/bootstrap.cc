#include "precis/eval/bootstrap.h"

#include <algorithm>
#include <string>

namespace precis::eval {
namespace {

constexpr std::uint64_t kMask48 = (std::uint64_t{1} << 48) - 1;

// Perl reads a missing array element as undef, which is 0 in arithmetic.
double At(const std::vector<double>& sorted, std::size_t index) {
  return index < sorted.size() ? sorted[index] : 0.0;
}

// ROUGE-1.5.5's interval over the sorted resample values, its arithmetic
// kept in its order so the printed digits agree.
void SetInterval(const std::vector<double>& sorted, double confidence, MeanInterval& result) {
  const double samples = static_cast<double>(sorted.size());
  const double percent = confidence * 100;
  const double delta = samples * (100 - percent) / 2 / 100;
  // Perl's int() truncates toward zero: samples - delta - 1 is > -1 (delta <
  // samples / 2), so a is never negative.
  const auto low_index = static_cast<std::size_t>(delta);
  const auto a = static_cast<std::size_t>(static_cast<std::int64_t>(samples - delta - 1));
  const double r = samples - delta - 1 - static_cast<double>(a);
  result.low = At(sorted, low_index) + (At(sorted, low_index + 1) - At(sorted, low_index)) * r;
  result.high = At(sorted, a) + (At(sorted, a + 1) - At(sorted, a)) * r;
}

}  // namespace

PerlRand::PerlRand(std::uint32_t seed) : state_((std::uint64_t{seed} << 16) + 0x330E) {}

double PerlRand::Next() {
  state_ = (0x5DEECE66DULL * state_ + 0xB) & kMask48;
  return static_cast<double>(state_) * 0x1p-48;  // exact: 48 bits fit a double
}

std::size_t PerlRand::Below(std::size_t n) {
  return static_cast<std::size_t>(static_cast<double>(n) * Next());
}

std::vector<std::size_t> Rouge155EvalOrder(std::size_t documents) {
  std::vector<std::string> ids(documents);
  for (std::size_t d = 0; d < documents; ++d) ids[d] = std::to_string(d + 1);
  std::vector<std::size_t> order(documents);
  for (std::size_t d = 0; d < documents; ++d) order[d] = d;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });
  return order;
}

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
    results[s].average = results[s].low = results[s].high = results[s].mean;
  }
  const std::uint32_t samples = options.samples;
  if (samples == 0) return results;

  // Draws index the documents in eval-id string order; pre-permute each
  // series so a draw reads its value directly.
  const std::vector<std::size_t> order = Rouge155EvalOrder(n);
  std::vector<std::vector<double>> sorted_series(series.size(), std::vector<double>(n));
  for (std::size_t s = 0; s < series.size(); ++s) {
    for (std::size_t k = 0; k < n; ++k) sorted_series[s][k] = series[s][order[k]];
  }
  // resample_means[s][i]: series s, resample i. Every series sees the same
  // draws (ROUGE-1.5.5 reseeds with srand(i) for each one).
  std::vector<std::vector<double>> resample_means(series.size(), std::vector<double>(samples));
  std::vector<std::size_t> picks(n);
  for (std::uint32_t i = 0; i < samples; ++i) {
    PerlRand rand(i);
    for (std::size_t& pick : picks) pick = rand.Below(n);
    for (std::size_t s = 0; s < series.size(); ++s) {
      const std::vector<double>& values = sorted_series[s];
      double sum = 0;
      for (const std::size_t pick : picks) sum += values[pick];
      resample_means[s][i] = sum / count;
    }
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    std::vector<double>& means = resample_means[s];
    double total = 0;
    for (const double mean : means) total += mean;
    results[s].average = total / static_cast<double>(samples);
    std::sort(means.begin(), means.end());
    SetInterval(means, options.confidence, results[s]);
  }
  return results;
}

MeanInterval BootstrapMean(std::span<const double> values, const BootstrapOptions& options) {
  const std::vector<double> series[] = {std::vector<double>(values.begin(), values.end())};
  return BootstrapMeans(series, options).front();
}

}  // namespace precis::eval
