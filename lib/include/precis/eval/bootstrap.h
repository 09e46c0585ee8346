// Corpus averages of per-document scores exactly as ROUGE-1.5.5 prints them
// (Average_R/P/F with "-c 95 -r 1000"): the mean of bootstrap resample means,
// and the confidence interval from the same resamples, drawn with Perl's own
// generator so every digit matches. The plain mean comes with them.
//
//   // R of documents 1, 2, 3 (eval ids "1", "2", "3"), as ROUGE-1.5.5
//   // prints them (RoundLikeRouge155).
//   std::vector<double> recall = {0.41, 0.37, 0.52};
//   precis::eval::MeanInterval r = precis::eval::BootstrapMean(recall, {});
//   // r.average (ROUGE-1.5.5's Average_R), r.low, r.high, r.mean (plain)
//
// What ROUGE-1.5.5 does, and so these functions, for N documents:
//   1. Its documents are eval ids "1", "2", ... "N" (the line numbers of its
//      file list) sorted as strings: 1, 10, 100, 11, ... (Rouge155EvalOrder).
//   2. Resample i (i = 0 ... samples - 1) seeds Perl's generator with
//      srand(i) and draws N indices int(rand(N)) into that sorted list
//      (PerlRand); its value is the mean of the picked values.
//   3. average = the mean of the resample values, in resample order.
//   4. The interval: with the resample values sorted into v[0 .. S),
//      delta = S (100 - C) / 2 / 100 for C = 100 * confidence,
//      a = int(S - delta - 1) and r = S - delta - 1 - a,
//      low = v[int(delta)] + (v[int(delta) + 1] - v[int(delta)]) r and
//      high = v[a] + (v[a + 1] - v[a]) r (the same r for both, as ROUGE-1.5.5
//      has it); an index past the end reads 0, as in Perl (only S = 1 does).
// The values are used as given: pass ROUGE-1.5.5's printed (rounded)
// per-document values to get its printed averages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "precis/export.h"

namespace precis::eval {

struct BootstrapOptions {
  // Number of resamples (ROUGE-1.5.5 -r). 0 = no resampling: average, low and
  // high all equal the plain mean.
  std::uint32_t samples = 1000;
  // Two-sided confidence level, in (0, 1) (ROUGE-1.5.5 -c 95 = 0.95).
  double confidence = 0.95;
};

struct MeanInterval {
  double average = 0;  // mean of the resample means: ROUGE-1.5.5's Average_X
  double low = 0;      // lower end of the confidence interval
  double high = 0;     // upper end
  double mean = 0;     // plain mean of the values
};

// Perl's rand() (Perl 5.20 and later, every platform): a 48-bit linear
// congruential generator, x = (0x5DEECE66D x + 0xB) mod 2^48.
class PRECIS_EXPORT PerlRand {
 public:
  // Perl's srand(seed): state = (seed << 16) + 0x330E.
  explicit PerlRand(std::uint32_t seed);

  // Perl's rand(): advances the state and returns x / 2^48, in [0, 1).
  double Next();
  // Perl's int(rand(n)): an index in [0, n), computed as Perl does (the
  // double n * rand(), truncated).
  std::size_t Below(std::size_t n);

  // The 48-bit state after the last draw.
  std::uint64_t state() const { return state_; }

 private:
  std::uint64_t state_;
};

// The order ROUGE-1.5.5 keeps N documents in: order[k] is the 0-based index of
// the document whose eval id ("1" ... "N") sorts k-th as a string
// (N = 12: 1, 10, 11, 12, 2, 3, ...).
PRECIS_EXPORT std::vector<std::size_t> Rouge155EvalOrder(std::size_t documents);

// ROUGE-1.5.5's average and interval of `values` (document 1 first), and
// their plain mean. Empty input gives all zeros.
PRECIS_EXPORT MeanInterval BootstrapMean(std::span<const double> values, const BootstrapOptions& options);

// BootstrapMean of several series of per-document values, all of the same
// length (R, P and F of each measure, say). ROUGE-1.5.5 reseeds for every
// series, so all see the same draws; they are drawn once here. Each result
// equals BootstrapMean of that series alone.
PRECIS_EXPORT std::vector<MeanInterval> BootstrapMeans(std::span<const std::vector<double>> series,
                                         const BootstrapOptions& options);

}  // namespace precis::eval
