#include "dedup/run_corpus.h"

#include <unistd.h>

#include <iostream>
#include <span>
#include <vector>

#include "common/inputs.h"
#include "common/records.h"
#include "common/sketch_pipeline.h"
#include "precis/io/input_file.h"
#include "precis/sketch/signature_stream.h"
#include "precis/sketch/sketcher.h"

namespace precis::cli {

Status OpenInput(const std::string& path, std::ifstream& file) {
  if (Status opened = io::OpenForReading(path, file); !opened.ok()) {
    return Status(opened.code(), path + ": " + opened.message());
  }
  return Status::Ok();
}

bool RunCorpus::Load(std::istream& stream, const std::string& name, bool is_index) {
  bool damaged = false;
  const Status read = sketch::ReadSignatureStream(
      stream, name,
      {.header =
           [&](const sketch::SketchParams& found) {
             if (!params_) SetParams(expected_ ? expected_(found) : found);
             return sketch::CheckSameParams(*params_, found, name);
           },
       .record =
           [&](sketch::SignatureRecord& record) {
             const corpus::Placement placed =
                 store_->Add(record.id, record.signature, record.shingles, !is_index);
             arrivals_.Note(placed, is_index, name + ": ", record.id, err_);
           },
       .damage =
           [&](const Status& problem) {
             damaged = true;
             ++bad_;
             Report(err_, app_, problem.message(), common_.quiet && !is_index);
             return !common_.fail_fast;
           }});
  if (!read.ok()) {
    Report(err_, app_, read.message(), false);
    return false;
  }
  return !((is_index || common_.fail_fast) && damaged);
}

// Reads every --signatures stream; an exit status when the run must stop.
std::optional<int> LoadSignatureInputs(std::string_view app, const CommonOptions& common,
                                       std::istream& in, RunCorpus& articles, std::ostream& err) {
  std::vector<std::string> inputs = common.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    std::ifstream file;
    std::istream* stream = &in;
    if (path != "-") {
      if (Status opened = OpenInput(path, file); !opened.ok()) {
        Report(err, app, opened.message(), common.quiet);
        articles.CountBad();
        if (common.fail_fast) return kExitDataError;
        continue;
      }
      stream = &file;
    }
    if (!articles.Load(*stream, path, false)) return kExitDataError;
  }
  return std::nullopt;
}

// Sketches every article into the store, spilling what verification and the
// unique stream read back; an exit status when the run must stop.
std::optional<int> SketchArticles(std::string_view app, const CommonOptions& common,
                                  unsigned threads, bool keep_sets, bool keep_texts,
                                  std::istream& in, RunCorpus& articles, std::ostream& err) {
  if (keep_sets || keep_texts) {
    if (Status opened = articles.spill().Open(); !opened.ok()) {
      Report(err, app, opened.message(), false);
      return kExitDataError;
    }
  }
  Result<sketch::Sketcher> sketcher = sketch::Sketcher::Create(*articles.params(), threads);
  if (!sketcher.ok()) {
    Report(err, app, sketcher.status().message(), false);
    return kExitDataError;
  }
  const bool progress = !common.quiet && &err == &std::cerr && isatty(STDERR_FILENO);
  corpus::DocumentStore& store = *articles.store();
  Status spill_status;
  std::uint64_t sketched = 0;
  SketchPipeline pipeline(
      *sketcher, keep_sets,
      [&](std::vector<InputItem>& items, std::vector<sketch::SketchJob>& jobs) {
        for (std::size_t i = 0; i < items.size() && spill_status.ok(); ++i) {
          const InputItem& item = items[i];
          if (!item.error.ok()) {
            Report(err, app, item.Where() + item.error.message(), common.quiet);
            continue;
          }
          ReportWarnings(item, app, common.quiet, err);
          ++sketched;
          const corpus::Placement placed =
              store.Add(item.id, jobs[i].signature, jobs[i].shingles, true);
          articles.arrivals().Note(placed, false, item.Where(), item.id, err);
          // A new or changed article brings its set and text; one seen
          // before lends them to an index entry that has none.
          spill_status = corpus::SpillArticle(
              store, articles.spill(), placed.position,
              keep_sets ? std::optional<std::span<const std::uint64_t>>(jobs[i].set) : std::nullopt,
              keep_texts ? std::optional<std::string_view>(item.text) : std::nullopt);
        }
        if (progress) {
          err << "\r" << app << ": sketched " << sketched << " articles" << std::flush;
        }
      });
  ForEachInput(common, in, [&](InputItem& item) {
    const bool failed = !item.error.ok();
    if (failed) articles.CountBad();
    pipeline.Add(std::move(item));
    return !(failed && common.fail_fast) && spill_status.ok();
  });
  pipeline.Finish();
  if (progress) err << "\n";
  // Pairs among the articles before the bad one, and an index holding
  // them, would be a partial answer; a rerun on the mended input would
  // then find each of them again as a duplicate of itself.
  if (common.fail_fast && articles.bad() > 0) return kExitDataError;
  if (spill_status.ok()) spill_status = articles.spill().Flush();
  if (!spill_status.ok()) {
    Report(err, app, spill_status.message(), false);
    return kExitDataError;
  }
  return std::nullopt;
}

}  // namespace precis::cli
