#include "common/sketch_pipeline.h"

namespace precis::cli {

void SketchPipeline::Add(InputItem item) {
  filling_bytes_ += item.text.size();
  filling_.items.push_back(std::move(item));
  // Batches big enough to keep every thread busy, small enough that two of
  // them (one reading, one sketching) stay a few tens of MB.
  if (filling_.items.size() >= 4096 || filling_bytes_ >= (16u << 20)) Dispatch();
}

void SketchPipeline::Wait() {
  if (!pending_.valid()) return;
  pending_.get();
  commit_(running_.items, running_.jobs);
  running_.items.clear();
}

void SketchPipeline::Dispatch() {
  Wait();
  std::swap(filling_, running_);
  filling_bytes_ = 0;
  running_.jobs.resize(running_.items.size());
  for (std::size_t i = 0; i < running_.items.size(); ++i) {
    running_.jobs[i].text = running_.items[i].text;
  }
  pending_ = std::async(std::launch::async, [this] { sketcher_.Run(running_.jobs, keep_sets_); });
}

void SketchPipeline::Finish() {
  if (!filling_.items.empty()) Dispatch();
  Wait();
}

}  // namespace precis::cli
