// Sketching many articles at once on several threads: text -> shingle set ->
// MinHash signature. Each job's result depends only on its own text, so the
// output is the same whatever the thread count.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/text/analyzer.h"
#include "sketch/signature_file.h"

namespace precis::cli {

struct SketchJob {
  std::string_view text;           // input: valid UTF-8
  std::uint64_t shingles = 0;      // output: distinct shingles
  sketch::Signature signature;     // output: K slots
  std::vector<std::uint64_t> set;  // output when keep_sets: sorted distinct shingles
};

class Sketcher {
 public:
  // threads >= 1. Fails when an analyzer cannot be created or the shingle
  // options are invalid.
  static Result<Sketcher> Create(const SketchParams& params, unsigned threads);

  // Fills every job's outputs.
  void Run(std::span<SketchJob> jobs, bool keep_sets);

  const SketchParams& params() const { return params_; }
  unsigned threads() const { return static_cast<unsigned>(workers_.size()); }

 private:
  struct Worker {
    text::Analyzer analyzer;
    text::Analysis analysis;
    std::vector<sketch::Shingle> shingles;
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint64_t> seen;  // scratch for counting distinct shingles
  };
  Sketcher(SketchParams params, std::vector<Worker> workers)
      : params_(std::move(params)), workers_(std::move(workers)) {}
  void SketchOne(Worker& worker, SketchJob& job, bool keep_sets) const;

  SketchParams params_;
  std::vector<Worker> workers_;
};

}  // namespace precis::cli

#include <functional>
#include <future>

#include "common/inputs.h"

namespace precis::cli {

// Batches input items and sketches each batch on the Sketcher's threads while
// the caller reads the next one, then hands every batch, in input order, to
// `commit` (on the caller's thread). Items with errors pass through with
// unset job outputs.
class SketchPipeline {
 public:
  using Commit = std::function<void(std::vector<InputItem>& items, std::vector<SketchJob>& jobs)>;

  SketchPipeline(Sketcher& sketcher, bool keep_sets, Commit commit)
      : sketcher_(sketcher), keep_sets_(keep_sets), commit_(std::move(commit)) {}
  // Waits for a running batch without committing it (call Finish first).
  ~SketchPipeline() {
    if (pending_.valid()) pending_.wait();
  }

  void Add(InputItem item);
  // Sketches and commits whatever is left; waits for the worker. Idempotent.
  void Finish();

 private:
  struct Batch {
    std::vector<InputItem> items;
    std::vector<SketchJob> jobs;
  };
  void Dispatch();
  void Wait();

  Sketcher& sketcher_;
  bool keep_sets_;
  Commit commit_;
  Batch filling_;
  Batch running_;
  std::future<void> pending_;
  std::size_t filling_bytes_ = 0;
};

}  // namespace precis::cli
