// Sketching articles while the next ones are read: batches of input items go
// to a precis::sketch::Sketcher on its threads, and come back in input order.
#pragma once

#include <functional>
#include <future>
#include <vector>

#include "common/inputs.h"
#include "precis/sketch/sketcher.h"

namespace precis::cli {

// Batches input items and sketches each batch on the Sketcher's threads while
// the caller reads the next one, then hands every batch, in input order, to
// `commit` (on the caller's thread). Items with errors pass through with
// unset job outputs.
class SketchPipeline {
 public:
  using Commit =
      std::function<void(std::vector<InputItem>& items, std::vector<sketch::SketchJob>& jobs)>;

  SketchPipeline(sketch::Sketcher& sketcher, bool keep_sets, Commit commit)
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
    std::vector<sketch::SketchJob> jobs;
  };
  void Dispatch();
  void Wait();

  sketch::Sketcher& sketcher_;
  bool keep_sets_;
  Commit commit_;
  Batch filling_;
  Batch running_;
  std::future<void> pending_;
  std::size_t filling_bytes_ = 0;
};

}  // namespace precis::cli
