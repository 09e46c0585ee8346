#include "search/build_pipeline.h"

namespace precis::cli {

void BuildPipeline::Add(search::Article article) {
  filling_bytes_ += article.text.size();
  filling_.push_back(std::move(article));
  // Batches big enough to keep every thread busy between two waits, small
  // enough that the one being read stays a few MB.
  if (filling_.size() >= 2048 || filling_bytes_ >= (16u << 20)) Dispatch();
}

void BuildPipeline::Wait() {
  if (!pending_.valid()) return;
  commit_(pending_.get());
}

void BuildPipeline::Dispatch() {
  Wait();
  filling_bytes_ = 0;
  pending_ = std::async(std::launch::async, [this, batch = std::move(filling_)]() mutable {
    return builder_.Add(std::move(batch));
  });
  filling_ = {};
}

void BuildPipeline::Finish() {
  if (!filling_.empty()) Dispatch();
  Wait();
}

}  // namespace precis::cli
