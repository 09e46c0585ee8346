#include "rouge/rouge_report.h"

#include <cstdio>
#include <ostream>

#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

// ROUGE-1.5.5 prints 5 decimals; so does precis-rouge, in every format.
std::string Fixed5(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.5f", value);
  return text;
}

double Round5(double value) { return std::strtod(Fixed5(value).c_str(), nullptr); }

std::string LimitText(const eval::RougeOptions& options) {
  if (options.word_limit > 0) return std::to_string(options.word_limit) + " words";
  if (options.byte_limit > 0) {
    return std::to_string(options.byte_limit) + " bytes" +
           (options.byte_limit_lsum_bug ? " (ROUGE-1.5.5 Lsum bug)" : "");
  }
  return "none";
}

}  // namespace

std::string DescribeMultiReference(eval::MultiReference mode) {
  switch (mode) {
    case eval::MultiReference::kPool:
      return "pool (ROUGE-1.5.5 -f A)";
    case eval::MultiReference::kBest:
      return "best (ROUGE-1.5.5 -f B)";
    case eval::MultiReference::kMax:
      return "max (highest F per reference)";
    case eval::MultiReference::kJackknife:
      return "jackknife (leave-one-out mean of pooled scores)";
  }
  return "pool";
}

RougeReport::RougeReport(RougeReportSettings settings, std::ostream& out)
    : settings_(std::move(settings)),
      out_(out),
      recall_(settings_.measures.size()),
      precision_(settings_.measures.size()),
      f_(settings_.measures.size()) {}

void RougeReport::Begin() {
  const eval::RougeOptions& options = settings_.options;
  switch (settings_.format) {
    case Format::kText:
      out_ << "# precis-rouge: multi-ref " << DescribeMultiReference(options.multi_reference)
           << "; stem " << (options.stem ? "yes" : "no") << "; stopwords "
           << (options.remove_stopwords ? "removed" : "kept") << "; limit " << LimitText(options)
           << "; alpha " << options.alpha << '\n';
      break;
    case Format::kTsv:
      out_ << "kind\tid\tmeasure\tmulti_ref\tdocuments\trecall\tprecision\tf\trecall_low\t"
              "recall_high\tprecision_low\tprecision_high\tf_low\tf_high\thit\tmodel\tpeer\n";
      break;
    case Format::kJsonl:
      break;
  }
}

void RougeReport::Document(std::string_view id, std::size_t references,
                           const eval::RougeResult& result, bool print) {
  ++documents_;
  const double alpha = settings_.options.alpha;
  io::JsonObject scores;
  for (std::size_t m = 0; m < settings_.measures.size(); ++m) {
    const eval::RougeMeasure measure = settings_.measures[m];
    // ROUGE-1.5.5 keeps each document's scores as printed (rounded) and
    // averages those; so does the mean here.
    const eval::RougeScore score = eval::RoundLikeRouge155(result[measure], alpha);
    recall_[m].push_back(score.recall);
    precision_[m].push_back(score.precision);
    f_[m].push_back(score.f);
    if (!print) continue;
    const std::string_view name = eval::RougeMeasureName(measure);
    switch (settings_.format) {
      case Format::kText:
        out_ << id << ' ' << name << " R:" << Fixed5(score.recall)
             << " P:" << Fixed5(score.precision) << " F:" << Fixed5(score.f);
        if (settings_.counts) {
          out_ << " hit:" << score.counts.hit << " model:" << score.counts.model
               << " peer:" << score.counts.peer;
        }
        out_ << '\n';
        break;
      case Format::kTsv: {
        std::string line = "doc\t";
        io::AppendTsvField(line, id);
        line += '\t';
        line += name;
        line += '\t';
        line += eval::MultiReferenceName(settings_.options.multi_reference);
        line += "\t1\t" + Fixed5(score.recall) + '\t' + Fixed5(score.precision) + '\t' +
                Fixed5(score.f) + "\t\t\t\t\t\t\t" + std::to_string(score.counts.hit) + '\t' +
                std::to_string(score.counts.model) + '\t' + std::to_string(score.counts.peer);
        out_ << line << '\n';
        break;
      }
      case Format::kJsonl: {
        io::JsonObject entry;
        entry.Add("r", score.recall).Add("p", score.precision).Add("f", score.f);
        if (settings_.counts) {
          entry.Add("hit", score.counts.hit)
              .Add("model", score.counts.model)
              .Add("peer", score.counts.peer);
        }
        scores.AddRaw(name, entry.Finish());
        break;
      }
    }
  }
  if (print && settings_.format == Format::kJsonl) {
    out_ << io::JsonObject()
                .Add("type", "doc")
                .Add("id", id)
                .Add("multi_ref", eval::MultiReferenceName(settings_.options.multi_reference))
                .Add("references", static_cast<std::uint64_t>(references))
                .AddRaw("scores", scores.Finish())
                .Finish()
         << '\n';
  }
}

void RougeReport::Mean() {
  const eval::RougeOptions& options = settings_.options;
  const int percent = static_cast<int>(settings_.bootstrap.confidence * 100 + 0.5);
  // One batch, so every measure's interval comes from the same resamples.
  std::vector<std::vector<double>> series;
  for (std::size_t m = 0; m < settings_.measures.size(); ++m) {
    series.push_back(std::move(recall_[m]));
    series.push_back(std::move(precision_[m]));
    series.push_back(std::move(f_[m]));
  }
  const std::vector<eval::MeanInterval> intervals =
      eval::BootstrapMeans(series, settings_.bootstrap);
  io::JsonObject scores;
  for (std::size_t m = 0; m < settings_.measures.size(); ++m) {
    const std::string_view name = eval::RougeMeasureName(settings_.measures[m]);
    const eval::MeanInterval& r = intervals[3 * m];
    const eval::MeanInterval& p = intervals[3 * m + 1];
    const eval::MeanInterval& f = intervals[3 * m + 2];
    switch (settings_.format) {
      case Format::kText: {
        const std::pair<const char*, const eval::MeanInterval*> rows[] = {
            {"R", &r}, {"P", &p}, {"F", &f}};
        for (const auto& [label, ci] : rows) {
          out_ << name << " Average_" << label << ": " << Fixed5(ci->mean) << " (" << percent
               << "%-conf.int. " << Fixed5(ci->low) << " - " << Fixed5(ci->high) << ")\n";
        }
        break;
      }
      case Format::kTsv: {
        std::string line = "mean\t\t";
        line += name;
        line += '\t';
        line += eval::MultiReferenceName(options.multi_reference);
        line += '\t' + std::to_string(documents_);
        for (const eval::MeanInterval* ci : {&r, &p, &f}) line += '\t' + Fixed5(ci->mean);
        for (const eval::MeanInterval* ci : {&r, &p, &f}) {
          line += '\t' + Fixed5(ci->low) + '\t' + Fixed5(ci->high);
        }
        out_ << line << "\t\t\t\n";
        break;
      }
      case Format::kJsonl: {
        io::JsonObject entry;
        entry.Add("r", Round5(r.mean)).Add("r_low", Round5(r.low)).Add("r_high", Round5(r.high));
        entry.Add("p", Round5(p.mean)).Add("p_low", Round5(p.low)).Add("p_high", Round5(p.high));
        entry.Add("f", Round5(f.mean)).Add("f_low", Round5(f.low)).Add("f_high", Round5(f.high));
        scores.AddRaw(name, entry.Finish());
        break;
      }
    }
  }
  if (settings_.format == Format::kJsonl) {
    io::JsonObject options_json;
    options_json.Add("stem", options.stem)
        .Add("remove_stopwords", options.remove_stopwords)
        .Add("word_limit", options.word_limit)
        .Add("byte_limit", options.byte_limit)
        .Add("byte_limit_lsum_bug", options.byte_limit_lsum_bug)
        .Add("alpha", options.alpha);
    out_ << io::JsonObject()
                .Add("type", "mean")
                .Add("documents", static_cast<std::uint64_t>(documents_))
                .Add("multi_ref", eval::MultiReferenceName(options.multi_reference))
                .Add("confidence", settings_.bootstrap.confidence)
                .Add("bootstrap", settings_.bootstrap.samples)
                .Add("seed", settings_.bootstrap.seed)
                .AddRaw("options", options_json.Finish())
                .AddRaw("scores", scores.Finish())
                .Finish()
         << '\n';
  }
}

}  // namespace precis::cli
