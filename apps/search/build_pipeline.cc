#include "search/build_pipeline.h"

namespace precis::cli {

bool BuildPipeline::Add(search::Article article) {
  if (!status_.ok()) return false;
  filling_bytes_ += article.text.size();
  filling_.push_back(std::move(article));
  // Batches big enough to keep every thread busy between two waits, small
  // enough that the one being read stays a few MB.
  if (filling_.size() >= 2048 || filling_bytes_ >= (16u << 20)) Dispatch();
  return status_.ok();
}

void BuildPipeline::Wait() {
  if (!pending_.valid()) return;
  Result<search::Added> added = pending_.get();
  if (!added.ok()) {
    if (status_.ok()) status_ = added.status();
    return;
  }
  commit_(*added);
}

void BuildPipeline::Dispatch() {
  Wait();
  filling_bytes_ = 0;
  if (!status_.ok()) {
    filling_.clear();
    return;
  }
  pending_ = std::async(std::launch::async, [this, batch = std::move(filling_)]() mutable {
    return builder_.Add(std::move(batch));
  });
  filling_ = {};
}

Status BuildPipeline::Finish() {
  if (!filling_.empty()) Dispatch();
  Wait();
  return status_;
}

}  // namespace precis::cli
