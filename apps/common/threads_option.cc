#include "common/threads_option.h"

#include <algorithm>
#include <thread>

#include "common/number_options.h"

namespace po = boost::program_options;

namespace precis::cli {

void AddThreadsOption(po::options_description& options, unsigned& threads) {
  options.add_options()(
      "threads", IntegerValue("--threads", threads, {0u, kMaxThreadsOption}),
      "worker threads (0 = all cores; 0-1024, at most 4 per core are used); output does "
      "not depend on it");
}

unsigned ResolveThreads(unsigned requested, std::string* note) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (requested == 0) return cores;
  // Each worker holds its own analyzer (ICU break iterators, a stemmer) and
  // batch: threads beyond a few per core add memory, not speed.
  const unsigned cap = kThreadsPerCore * cores;
  if (requested <= cap) return requested;
  if (note != nullptr) {
    *note = "--threads " + std::to_string(requested) + " capped at " + std::to_string(cap) + " (" +
            std::to_string(kThreadsPerCore) + " per core, " + std::to_string(cores) + " cores)";
  }
  return cap;
}

}  // namespace precis::cli
