// precis-dedup's closing line on stderr: what was read, the banding, what
// was found, time and memory.
//
//   precis-dedup: 1313 new articles, 0 indexed; LSH 21 bands x 6 rows (catch
//   probability 0.9983 at Jaccard 0.8); 66 candidate pairs, 58 near-duplicate
//   pairs, 58 clusters; 380 ms; peak memory 30.3 MiB (index 1.6 MiB, spilled
//   to disk 3.6 MiB)
#pragma once

#include <cstdint>
#include <string>

#include "precis/sketch/lsh.h"

namespace precis::cli {

struct RunFacts {
  std::uint64_t new_articles = 0;  // appended by this run
  std::uint64_t indexed = 0;       // read from the --index
  sketch::LshParams lsh;
  double lsh_threshold = 0;  // the Jaccard the banding was chosen for
  std::uint64_t candidates = 0;
  std::uint64_t pairs = 0;  // near-duplicate pairs accepted
  std::uint64_t clusters = 0;
  double seconds = 0;
  std::uint64_t index_bytes = 0;  // in memory: store, band entries, candidates
  std::uint64_t spilled_bytes = 0;
};

// The summary line, without the program name and newline.
std::string SummaryLine(const RunFacts& facts);

// A duration at a precision that reads at a glance: "0.9 ms", "4.2 ms",
// "380 ms", "1.25 s", "56.8 s", "374 s".
std::string FormatDuration(double seconds);

// Peak resident memory of this process so far.
std::uint64_t PeakRssBytes();

}  // namespace precis::cli
