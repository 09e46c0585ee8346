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
  std::string_view text;                // input: valid UTF-8
  std::uint64_t shingles = 0;           // output: distinct shingles
  sketch::Signature signature;          // output: K slots
  std::vector<std::uint64_t> set;       // output when keep_sets: sorted distinct shingles
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
  };
  Sketcher(SketchParams params, std::vector<Worker> workers)
      : params_(std::move(params)), workers_(std::move(workers)) {}
  void SketchOne(Worker& worker, SketchJob& job, bool keep_sets) const;

  SketchParams params_;
  std::vector<Worker> workers_;
};

}  // namespace precis::cli
