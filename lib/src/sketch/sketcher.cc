#include "precis/sketch/sketcher.h"

#include <algorithm>
#include <atomic>
#include <span>
#include <thread>

namespace precis::sketch {

Result<Sketcher> Sketcher::Create(const SketchParams& params, unsigned threads) {
  if (Status status = ValidateShingleOptions(params.shingles); !status.ok()) {
    return status;
  }
  std::vector<Worker> workers;
  for (unsigned i = 0; i < std::max(1u, threads); ++i) {
    Result<text::Analyzer> analyzer =
        text::Analyzer::Create({.language = params.language, .stem = params.stem});
    if (!analyzer.ok()) return analyzer.status();
    workers.push_back(Worker{std::move(analyzer).value(), {}, {}, {}, {}});
  }
  return Sketcher(params, std::move(workers));
}

namespace {

// The number of distinct values in `hashes`, with `table` as scratch space:
// open addressing on the (already uniform) hash values themselves.
std::size_t CountDistinct(std::span<const std::uint64_t> hashes,
                          std::vector<std::uint64_t>& table) {
  std::size_t capacity = 16;
  while (capacity < 2 * hashes.size()) capacity *= 2;
  // 0 marks an empty slot; a real hash of 0 is counted apart.
  table.assign(capacity, 0);
  const std::size_t mask = capacity - 1;
  std::size_t distinct = 0;
  bool seen_zero = false;
  for (const std::uint64_t hash : hashes) {
    if (hash == 0) {
      distinct += seen_zero ? 0 : 1;
      seen_zero = true;
      continue;
    }
    std::size_t slot = hash & mask;
    while (table[slot] != 0 && table[slot] != hash) slot = (slot + 1) & mask;
    if (table[slot] == 0) {
      table[slot] = hash;
      ++distinct;
    }
  }
  return distinct;
}

}  // namespace

void Sketcher::SketchOne(Worker& worker, SketchJob& job, bool keep_sets) const {
  // Character shingles do not read the analysis; skipping it saves most of
  // the time for them.
  if (params_.shingles.unit == ShingleUnit::kWord) {
    worker.analyzer.Analyze(job.text, worker.analysis);
  }
  ExtractShingles(job.text, worker.analysis, params_.shingles, worker.shingles);
  worker.hashes.clear();
  for (const Shingle& shingle : worker.shingles) worker.hashes.push_back(shingle.hash);
  if (keep_sets) {
    SortUnique(worker.hashes);
    job.shingles = worker.hashes.size();
    job.set.assign(worker.hashes.begin(), worker.hashes.end());
  } else {
    // A signature ignores order and repeats, so only the distinct count is
    // needed, and hashing counts it for a fraction of a sort's cost.
    job.shingles = CountDistinct(worker.hashes, worker.seen);
  }
  ComputeSignature(worker.hashes, params_.minhash, job.signature);
}

void Sketcher::Run(std::span<SketchJob> jobs, bool keep_sets) {
  if (workers_.size() == 1 || jobs.size() < 2) {
    for (SketchJob& job : jobs) SketchOne(workers_[0], job, keep_sets);
    return;
  }
  // Small chunks handed out on demand balance long and short articles.
  constexpr std::size_t kChunk = 8;
  std::atomic<std::size_t> next{0};
  auto work = [&](Worker& worker) {
    for (;;) {
      const std::size_t begin = next.fetch_add(kChunk);
      if (begin >= jobs.size()) return;
      const std::size_t end = std::min(jobs.size(), begin + kChunk);
      for (std::size_t i = begin; i < end; ++i) SketchOne(worker, jobs[i], keep_sets);
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers_.size(); ++t)
    threads.emplace_back(work, std::ref(workers_[t]));
  work(workers_[0]);
  for (std::thread& thread : threads) thread.join();
}

}  // namespace precis::sketch
