// Reading one precis-dedup run's articles into a corpus::DocumentStore: the
// --index of earlier runs, then this run's signature streams or articles
// (sketched while the next batch is read), with damage, id changes and bad
// inputs reported as the run goes.
#pragma once

#include <cstdint>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "common/cli.h"
#include "dedup/arrival_log.h"
#include "precis/core/status.h"
#include "precis/corpus/document_store.h"
#include "precis/corpus/spill_file.h"
#include "precis/sketch/signature_format.h"

namespace precis::cli {

// Opens a signature stream or the index: "<path>: is a directory" (which
// would otherwise read as an empty stream) or "<path>: cannot open: <reason>".
Status OpenInput(const std::string& path, std::ifstream& file);

// The articles of one run: the index of earlier runs, then this run's
// articles or signature streams, in a store whose permutation count is known
// once the sketch parameters are (from the flags, or the first stream).
class RunCorpus {
 public:
  RunCorpus(std::string_view app, const CommonOptions& common, std::ostream& err)
      : app_(app), common_(common), err_(err), arrivals_(app, common.quiet) {}

  // With --signatures: turns the first stream's parameters into the ones
  // every stream must have (the sketch options given on the command line in
  // place of the stream's), so a stream that differs is refused by name.
  void SetExpectedParams(std::function<sketch::SketchParams(sketch::SketchParams)> expected) {
    expected_ = std::move(expected);
  }
  void SetParams(const sketch::SketchParams& params) {
    params_ = params;
    if (!store_) store_.emplace(params.minhash.permutations);
  }
  const std::optional<sketch::SketchParams>& params() const { return params_; }
  corpus::DocumentStore* store() { return store_ ? &*store_ : nullptr; }
  corpus::SpillFile& spill() { return spill_; }
  ArrivalLog& arrivals() { return arrivals_; }
  std::uint64_t bad() const { return bad_; }
  void CountBad() { ++bad_; }

  // Reads one signature stream (or the index). Damaged records are reported
  // and skipped; a damaged index stops the run instead (`is_index`), since
  // rewriting it would silently drop the damaged articles for good. With
  // --fail-fast the first damaged line of any stream stops the run.
  bool Load(std::istream& stream, const std::string& name, bool is_index);

 private:
  std::string_view app_;
  const CommonOptions& common_;
  std::ostream& err_;
  std::function<sketch::SketchParams(sketch::SketchParams)> expected_;
  std::optional<sketch::SketchParams> params_;
  std::optional<corpus::DocumentStore> store_;
  corpus::SpillFile spill_;
  ArrivalLog arrivals_;
  std::uint64_t bad_ = 0;
};

// Reads every --signatures stream (FILEs or stdin) into the store; an exit
// status when the run must stop (a refused stream, or damage with --fail-fast).
std::optional<int> LoadSignatureInputs(std::string_view app, const CommonOptions& common,
                                       std::istream& in, RunCorpus& articles, std::ostream& err);

// Sketches every input article into the store, spilling the shingle sets
// (`keep_sets`, for exact verification) and texts (`keep_texts`, for the unique
// stream) of new and changed articles; an exit status when the run must stop.
std::optional<int> SketchArticles(std::string_view app, const CommonOptions& common,
                                  unsigned threads, bool keep_sets, bool keep_texts,
                                  std::istream& in, RunCorpus& articles, std::ostream& err);

}  // namespace precis::cli
