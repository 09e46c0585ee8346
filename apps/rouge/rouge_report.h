// Writing precis-rouge's records: per-document scores and the corpus averages
// (ROUGE-1.5.5's bootstrap Average_X with its interval, and the plain mean),
// as text, TSV or JSON Lines.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "common/cli.h"
#include "precis/eval/bootstrap.h"
#include "precis/eval/rouge.h"

namespace precis::cli {

struct RougeReportSettings {
  Format format = Format::kText;
  std::vector<eval::RougeMeasure> measures;  // in output order
  eval::RougeOptions options;                // what the scores mean
  bool counts = false;                       // add hit/model/peer
  eval::BootstrapOptions bootstrap;
};

class RougeReport {
 public:
  RougeReport(RougeReportSettings settings, std::ostream& out);

  // The text header line or the TSV header row (nothing for JSONL).
  void Begin();
  // One document's scores (unrounded), printed as ROUGE-1.5.5 rounds them
  // and kept, rounded, for the averages (ROUGE-1.5.5 averages rounded
  // values). The k-th document given is ROUGE-1.5.5's eval id k.
  void Document(std::string_view id, std::size_t references, const eval::RougeResult& result,
                bool print);
  // The averages over the documents so far (eval::BootstrapMeans). Call
  // once, last: it hands the kept scores to the bootstrap.
  void Averages();

  std::size_t documents() const { return documents_; }

 private:
  RougeReportSettings settings_;
  std::ostream& out_;
  std::size_t documents_ = 0;
  // Per measure (settings_.measures order): per-document R, P and F.
  std::vector<std::vector<double>> recall_, precision_, f_;
};

// "pool (ROUGE-1.5.5 -f A)", ...: how references combined, for the output.
std::string DescribeMultiReference(eval::MultiReference mode);

}  // namespace precis::cli
