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

// "95", "97.5": the level as ROUGE-1.5.5 prints it ("95%-conf.int.").
std::string Percent(double confidence) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", confidence * 100);
  return text;
}

std::string TokenizerText(const eval::RougeOptions& options) {
  if (options.tokenizer == eval::RougeTokenizer::kRouge155) return "rouge155";
  return "unicode (lang " + options.language + ")";
}

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
           << "; alpha " << options.alpha << "; tokenize " << TokenizerText(options) << '\n';
      break;
    case Format::kTsv:
      out_ << "kind\tid\tmeasure\tmulti_ref\tdocuments\trecall\tprecision\tf\trecall_low\t"
              "recall_high\tprecision_low\tprecision_high\tf_low\tf_high\thit\tmodel\tpeer\t"
              "recall_mean\tprecision_mean\tf_mean\n";
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
                std::to_string(score.counts.model) + '\t' + std::to_string(score.counts.peer) +
                "\t\t\t";
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

void RougeReport::Averages() {
  const eval::RougeOptions& options = settings_.options;
  const std::string percent = Percent(settings_.bootstrap.confidence);
  // One batch: every measure's resamples are the same documents, as in
  // ROUGE-1.5.5 (it reseeds for each).
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
    const eval::MeanInterval* rpf[] = {&intervals[3 * m], &intervals[3 * m + 1],
                                       &intervals[3 * m + 2]};
    switch (settings_.format) {
      case Format::kText: {
        const char* labels[] = {"R", "P", "F"};
        for (std::size_t k = 0; k < 3; ++k) {
          out_ << name << " Average_" << labels[k] << ": " << Fixed5(rpf[k]->average) << " ("
               << percent << "%-conf.int. " << Fixed5(rpf[k]->low) << " - " << Fixed5(rpf[k]->high)
               << ") plain-mean: " << Fixed5(rpf[k]->mean) << '\n';
        }
        break;
      }
      case Format::kTsv: {
        std::string line = "average\t\t";
        line += name;
        line += '\t';
        line += eval::MultiReferenceName(options.multi_reference);
        line += '\t' + std::to_string(documents_);
        for (const eval::MeanInterval* ci : rpf) line += '\t' + Fixed5(ci->average);
        for (const eval::MeanInterval* ci : rpf) {
          line += '\t' + Fixed5(ci->low) + '\t' + Fixed5(ci->high);
        }
        line += "\t\t\t";
        for (const eval::MeanInterval* ci : rpf) line += '\t' + Fixed5(ci->mean);
        out_ << line << '\n';
        break;
      }
      case Format::kJsonl: {
        io::JsonObject entry;
        const char* keys[] = {"r", "p", "f"};
        for (std::size_t k = 0; k < 3; ++k) {
          const std::string key = keys[k];
          entry.Add(key, Round5(rpf[k]->average))
              .Add(key + "_low", Round5(rpf[k]->low))
              .Add(key + "_high", Round5(rpf[k]->high))
              .Add(key + "_mean", Round5(rpf[k]->mean));
        }
        scores.AddRaw(name, entry.Finish());
        break;
      }
    }
  }
  if (settings_.format == Format::kJsonl) {
    io::JsonObject options_json;
    options_json.Add("tokenize", eval::RougeTokenizerName(options.tokenizer));
    if (options.tokenizer == eval::RougeTokenizer::kUnicode) {
      options_json.Add("lang", options.language);
    }
    options_json.Add("stem", options.stem)
        .Add("remove_stopwords", options.remove_stopwords)
        .Add("word_limit", options.word_limit)
        .Add("byte_limit", options.byte_limit)
        .Add("byte_limit_lsum_bug", options.byte_limit_lsum_bug)
        .Add("alpha", options.alpha);
    out_ << io::JsonObject()
                .Add("type", "average")
                .Add("documents", static_cast<std::uint64_t>(documents_))
                .Add("multi_ref", eval::MultiReferenceName(options.multi_reference))
                .Add("confidence", settings_.bootstrap.confidence)
                .Add("bootstrap", settings_.bootstrap.samples)
                .AddRaw("options", options_json.Finish())
                .AddRaw("scores", scores.Finish())
                .Finish()
         << '\n';
  }
}

}  // namespace precis::cli
