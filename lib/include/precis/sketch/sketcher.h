// Sketching many articles at once on several threads: text -> shingle set ->
// MinHash signature. Each job's result depends only on its own text, so the
// output is the same whatever the thread count.
//
//   precis::SketchParams params;                   // k=3 words, K=128
//   precis::Result<precis::Sketcher> sketcher =
//       precis::Sketcher::Create(params, /*threads=*/4);
//   std::vector<precis::SketchJob> jobs(texts.size());
//   for (std::size_t i = 0; i < texts.size(); ++i) jobs[i].text = texts[i];
//   sketcher->Run(jobs, /*keep_sets=*/false);
//   // jobs[i].signature, jobs[i].shingles; write them with signature_stream.h
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"
#include "precis/sketch/shingles.h"
#include "precis/sketch/signature_format.h"
#include "precis/text/analyzer.h"

namespace precis::sketch {

struct SketchJob {
  std::string_view text;           // input: valid UTF-8, outliving the job
  std::uint64_t shingles = 0;      // output: distinct shingles
  Signature signature;             // output: K slots
  std::vector<std::uint64_t> set;  // output when keep_sets: sorted distinct shingles
};

class PRECIS_EXPORT Sketcher {
 public:
  // `threads` workers (0 counts as 1), each with its own analyzer. Fails when
  // an analyzer cannot be created (unknown language) or the shingle options
  // are invalid.
  static Result<Sketcher> Create(const SketchParams& params, unsigned threads);

  // Fills every job's outputs, on all workers; `keep_sets` also fills
  // SketchJob::set. Not reentrant: one Run at a time per Sketcher.
  void Run(std::span<SketchJob> jobs, bool keep_sets);

  const SketchParams& params() const { return params_; }
  unsigned threads() const { return static_cast<unsigned>(workers_.size()); }

 private:
  struct Worker {
    text::Analyzer analyzer;
    text::Analysis analysis;
    std::vector<Shingle> shingles;
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint64_t> seen;  // scratch for counting distinct shingles
  };
  Sketcher(SketchParams params, std::vector<Worker> workers)
      : params_(std::move(params)), workers_(std::move(workers)) {}
  void SketchOne(Worker& worker, SketchJob& job, bool keep_sets) const;

  SketchParams params_;
  std::vector<Worker> workers_;
};

}  // namespace precis::sketch
