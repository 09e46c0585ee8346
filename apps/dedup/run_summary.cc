#include "dedup/run_summary.h"

#include <sys/resource.h>

#include <cstdio>

#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

std::string Mib(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return text;
}

}  // namespace

std::string FormatDuration(double seconds) {
  // Three significant digits or so; each bound sits where rounding would
  // otherwise print one digit too many ("10.0 ms", "1000 ms").
  char text[32];
  if (seconds < 0.00995) {
    std::snprintf(text, sizeof text, "%.1f ms", seconds * 1000);
  } else if (seconds < 0.9995) {
    std::snprintf(text, sizeof text, "%.0f ms", seconds * 1000);
  } else if (seconds < 9.995) {
    std::snprintf(text, sizeof text, "%.2f s", seconds);
  } else if (seconds < 99.95) {
    std::snprintf(text, sizeof text, "%.1f s", seconds);
  } else {
    std::snprintf(text, sizeof text, "%.0f s", seconds);
  }
  return text;
}

std::uint64_t PeakRssBytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
}

std::string SummaryLine(const RunFacts& facts) {
  char catch_text[32];
  std::snprintf(catch_text, sizeof catch_text, "%.4f",
                sketch::CatchProbability(facts.lsh_threshold, facts.lsh));
  return std::to_string(facts.new_articles) + " new articles, " + std::to_string(facts.indexed) +
         " indexed; LSH " + std::to_string(facts.lsh.bands) + " bands x " +
         std::to_string(facts.lsh.rows) + " rows (catch probability " + catch_text +
         " at Jaccard " + io::FormatScore(facts.lsh_threshold) + "); " +
         std::to_string(facts.candidates) + " candidate pairs, " + std::to_string(facts.pairs) +
         " near-duplicate pairs, " + std::to_string(facts.clusters) + " clusters; " +
         FormatDuration(facts.seconds) + "; peak memory " + Mib(PeakRssBytes()) + " (index " +
         Mib(facts.index_bytes) + ", spilled to disk " + Mib(facts.spilled_bytes) + ")";
}

}  // namespace precis::cli
