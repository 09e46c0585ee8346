// Indexing articles while the next ones are read: batches of articles go to
// precis::search::IndexBuilder::Add on its threads while the caller parses the
// next batch, and every batch's result comes back, in input order.
#pragma once

#include <functional>
#include <future>
#include <vector>

#include "precis/search/index.h"

namespace precis::cli {

// Adds articles to `builder` in input order, one batch behind the caller, and
// hands each batch's search::Added to `commit` on the caller's thread. The
// first batch the builder fails (its temporary file could not be written)
// stops the pipeline: later articles are dropped and Finish returns the error.
class BuildPipeline {
 public:
  using Commit = std::function<void(const search::Added& added)>;

  BuildPipeline(search::IndexBuilder& builder, Commit commit)
      : builder_(builder), commit_(std::move(commit)) {}
  // Waits for a running batch without committing it (call Finish first).
  ~BuildPipeline() {
    if (pending_.valid()) pending_.wait();
  }
  BuildPipeline(const BuildPipeline&) = delete;
  BuildPipeline& operator=(const BuildPipeline&) = delete;

  // False once a batch has failed (stop reading; Finish tells why).
  bool Add(search::Article article);
  // Adds and commits whatever is left; waits for the builder. Ok, or the
  // first failed batch's error. Idempotent.
  Status Finish();

 private:
  void Dispatch();
  void Wait();

  search::IndexBuilder& builder_;
  Commit commit_;
  std::vector<search::Article> filling_;
  std::size_t filling_bytes_ = 0;
  std::future<Result<search::Added>> pending_;
  Status status_ = Status::Ok();
};

}  // namespace precis::cli
