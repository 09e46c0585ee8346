#include "summarize/summarize.h"

#include <optional>
#include <ostream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/number_options.h"
#include "common/records.h"
#include "common/sentence_text.h"
#include "precis/io/jsonl.h"
#include "precis/summarize/summarizer.h"
#include "precis/tfidf/idf_model.h"
#include "summarize/story_summaries.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-summarize",
    .synopsis = "[OPTIONS] [FILE...]",
    .summary = "Summarize news articles by extracting their most informative sentences.",
    .details =
        "Reads each FILE (or stdin when there is none or FILE is -) as one article, or with\n"
        "--jsonl one {\"id\": ..., \"text\": ...} article per line, and writes one summary per\n"
        "article:\n"
        "  text   the summary sentences, one per line (line breaks folded to spaces); with\n"
        "         several articles an empty line separates them, and with several FILEs\n"
        "         each summary starts with a line \"==> FILE <==\" as head(1) writes;\n"
        "         --keywords adds a last line \"keywords: a, b, c\"\n"
        "  tsv    one row per sentence: id, \"sentence\", index, start byte, end byte, score,\n"
        "         text; and per keyword: id, \"keyword\", rank, -, -, weight, text\n"
        "  jsonl  one record per article: {\"id\", \"sentences\": [{\"index\", \"start\",\n"
        "         \"end\", \"score\", \"text\"}], \"keywords\": [{\"text\", \"weight\"}],\n"
        "         \"sentence_count\", \"headline\"}; a sentence cut to fit a --words or\n"
        "         --bytes budget carries \"truncated\": true\n"
        "Sentence indexes count from 0 and include a headline; offsets are bytes into the\n"
        "input as read. Length: -n sentences (default 3), or --ratio, --words or --bytes\n"
        "(the first given of --bytes, --words, --ratio wins over -n); a budget is never\n"
        "exceeded and a non-empty article never gets an empty summary: --words and\n"
        "--bytes take whole sentences, and when none fits (or those that fit fill less\n"
        "than half the budget) the best sentence cut at a word end, no ellipsis. The\n"
        "headline is the first line without end punctuation at the top that can be one\n"
        "(3+ words, no menu separator such as | or \u00BB, not \"Advertisement\"; else\n"
        "the first such line), or a short line 1 ending in . ! or ? above a blank line:\n"
        "it boosts sentences sharing its terms and is not itself picked unless\n"
        "--include-headline; lines above it (a site's menu, a section name) are never\n"
        "picked, nor are bylines, captions and a footer's sharing or cookie lines.\n"
        "--story summarizes all the articles together as one story, each fact once; with\n"
        "--jsonl --group-by FIELD, one story per value of FIELD, one output per story in\n"
        "order of first appearance (rows and records name each sentence's article).\n"
        "A bad input is reported on stderr (and as an {\"id\", \"error\"} record in jsonl\n"
        "output); the others are still summarized.",
    .example =
        "precis-summarize --jsonl --format jsonl -n 2 --keywords 5 < articles.jsonl | jq .keywords",
};

struct Flags {
  std::string method = "tfidf";
  std::string order = "doc";
  std::string idf_path;
  summarize::SummarizerOptions options;
  bool no_stem = false;
  bool story = false;
  std::string group_by;
  std::uint32_t buffer_mib = 1024;  // --buffer-size
  summarize::StoryOptions story_options;
};

void AddSummarizeOptions(po::options_description& options, Flags& flags) {
  summarize::SummarizerOptions& o = flags.options;
  AddIntegerOption(options, "sentences,n", o.budget.sentences, {1, 1'000'000},
                   "summary length in sentences (1..1000000)");
  AddRealOption(options, "ratio", o.budget.ratio, {.min = 0, .max = 1},
                "summary length as a fraction of the article's sentences, in (0, 1]; 0 = unused");
  AddIntegerOption(options, "words", o.budget.words, {0, 1'000'000'000},
                   "summary length limit in words; 0 = unused");
  AddIntegerOption(options, "bytes", o.budget.bytes, {0, std::int64_t{1} << 40},
                   "summary length limit in UTF-8 bytes of sentence text (>= 4); 0 = unused");
  options.add_options()
      ("method", po::value(&flags.method)->default_value(flags.method),
       "scorer: tfidf, centroid, textrank, lexrank or lead")
      ("order", po::value(&flags.order)->default_value(flags.order),
       "sentence order: doc (as in the article) or rank (best first)");
  AddIntegerOption(options, "keywords", o.keywords, {0, 10'000},
                   "also report K keywords: the top-weighted terms a reader would tag (no dates, "
                   "numbers or words of every story), as the body spells them; 0..10000");
  options.add_options()
      ("idf", po::value(&flags.idf_path),
       "IDF model file from precis-idf (default: the built-in English news model)");
  AddRealOption(options, "position-weight", o.position_weight, {.min = 0, .max = 1},
                "weight of the news position prior in [0, 1] (tfidf, centroid): 0 = content only");
  AddRealOption(options, "position-scale", o.position_scale, {.min = 0, .min_open = true},
                "sentences over which the position prior halves (> 0)");
  AddRealOption(options, "centrality-weight", o.centrality_weight, {.min = 0, .max = 1},
                "share of a sentence's content score from its centrality (how much the other "
                "sentences repeat it), in [0, 1] (tfidf)");
  AddRealOption(options, "headline-weight", o.headline_weight,
                {.min = 0, .max = summarize::kMaxHeadlineWeight},
                "extra weight of headline terms in sentence scores, in [0, 100] (tfidf)");
  AddRealOption(options, "diversity", o.diversity, {.min = 0, .max = 1},
                "MMR redundancy penalty in [0, 1]; 0 = off");
  AddRealOption(options, "input-idf", o.input_idf, {.min = 0, .max = 1},
                "blend of model IDF (0) and IDF over the article's own sentences (1)");
  options.add_options()
      ("include-headline", po::bool_switch(&o.include_headline),
       "let the headline be picked as a summary sentence")
      ("no-stem", po::bool_switch(&flags.no_stem), "do not stem terms (needs a matching --idf)");
  options.add_options()
      ("story", po::bool_switch(&flags.story),
       "summarize all the articles together as one story (one summary)")
      ("group-by", po::value(&flags.group_by),
       "with --jsonl: one story per value of this record field, in order of first "
       "appearance (implies --story)");
  AddRealOption(options, "min-agreement", flags.story_options.min_agreement,
                {.min = 0, .max = 1, .min_open = true},
                "--story: share of the articles, in (0, 1], that must report a fact for it "
                "to count");
  AddRealOption(options, "lead-weight", flags.story_options.lead_weight,
                {.min = 0, .max = summarize::kMaxLeadWeight},
                "--story: bonus of each article's first sentences, in [0, 1000]");
  AddRealOption(options, "word-weight", flags.story_options.word_weight, {.min = 0, .max = 1},
                "--story: weight of a shared word relative to a shared word pair, in [0, 1]");
  AddIntegerOption(options, "buffer-size", flags.buffer_mib, {0, 1u << 30},
                   "--group-by: MiB of article texts kept in memory until the stream ends; the "
                   "rest wait in a temporary file in $TMPDIR (default 1024)");
}

// How text output introduces each article's summary.
struct TextLayout {
  bool separate = false;  // an empty line before it (not the first summary)
  bool name_file = false;  // a "==> file <==" line before it, as head(1) does
};

// head(1)'s name for a file, "standard input" for stdin.
std::string DisplayName(const InputItem& item) {
  return item.id == "-" ? "standard input" : item.id;
}

void WriteSummary(const InputItem& item, const summarize::Summary& summary, Format format,
                  TextLayout layout, const SentenceText& sentence_text, std::ostream& out) {
  std::string line;
  switch (format) {
    case Format::kText: {
      if (layout.separate) out << '\n';
      if (layout.name_file) out << "==> " << DisplayName(item) << " <==\n";
      for (const summarize::SummarySentence& s : summary.sentences) {
        out << sentence_text.Of(s.span) << '\n';
      }
      if (!summary.keywords.empty()) {
        out << "keywords: ";
        for (std::size_t k = 0; k < summary.keywords.size(); ++k) {
          out << (k == 0 ? "" : ", ") << summary.keywords[k].text;
        }
        out << '\n';
      }
      break;
    }
    case Format::kTsv: {
      for (const summarize::SummarySentence& s : summary.sentences) {
        line.clear();
        io::AppendTsvField(line, item.id);
        line += "\tsentence\t" + std::to_string(s.index) + '\t' + std::to_string(s.span.begin) +
                '\t' + std::to_string(s.span.end) + '\t' + io::FormatScore(s.score) + '\t';
        io::AppendTsvField(line, sentence_text.Of(s.span));
        out << line << '\n';
      }
      for (std::size_t k = 0; k < summary.keywords.size(); ++k) {
        line.clear();
        io::AppendTsvField(line, item.id);
        line += "\tkeyword\t" + std::to_string(k) + "\t-\t-\t" +
                io::FormatScore(summary.keywords[k].weight) + '\t';
        io::AppendTsvField(line, summary.keywords[k].text);
        out << line << '\n';
      }
      break;
    }
    case Format::kJsonl: {
      std::string sentences = "[";
      for (const summarize::SummarySentence& s : summary.sentences) {
        if (sentences.size() > 1) sentences += ',';
        io::JsonObject object;
        object.Add("index", s.index)
            .Add("start", s.span.begin)
            .Add("end", s.span.end)
            .Add("score", s.score)
            .Add("text", sentence_text.Of(s.span));
        if (s.truncated) object.Add("truncated", true);
        sentences += object.Finish();
      }
      sentences += ']';
      io::JsonObject record;
      record.Add("id", item.id).AddRaw("sentences", sentences);
      if (!summary.keywords.empty()) {
        std::string keywords = "[";
        for (const summarize::Keyword& k : summary.keywords) {
          if (keywords.size() > 1) keywords += ',';
          keywords += io::JsonObject().Add("text", k.text).Add("weight", k.weight).Finish();
        }
        keywords += ']';
        record.AddRaw("keywords", keywords);
      }
      record.Add("sentence_count", static_cast<std::uint64_t>(summary.sentence_count))
          .Add("headline", summary.has_headline);
      out << record.Finish() << '\n';
      break;
    }
  }
}

}  // namespace

int RunSummarize(std::span<const std::string> args, std::istream& in, std::ostream& out,
                 std::ostream& err) {
  CommonOptions common;
  Flags flags;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddFormatOption(options, common);
  AddSummarizeOptions(options, flags);
  AddQuietOption(options, common);
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err)) return *exit;
  auto usage = [&](const std::string& message) {
    err << kHelp.name << ": " << message << "\n";
    return kExitUsage;
  };
  const std::optional<Format> format = ParseFormat(common.format);
  Result<summarize::Method> method = summarize::ParseMethod(flags.method);
  if (!method.ok()) return usage(method.status().message());
  if (flags.order != "doc" && flags.order != "rank") {
    return usage("unknown --order '" + flags.order + "' (doc or rank)");
  }
  summarize::SummarizerOptions& o = flags.options;
  o.method = *method;
  o.order = flags.order == "rank" ? summarize::Order::kRank : summarize::Order::kDocument;
  o.language = common.language;
  o.stem = !flags.no_stem;

  const bool story = flags.story || !flags.group_by.empty();
  if (!flags.group_by.empty() && !common.jsonl) return usage("--group-by needs --jsonl");
  if (story && o.keywords > 0) return usage("--keywords is not available with --story");

  std::optional<tfidf::IdfModel> model;
  if (!flags.idf_path.empty()) {
    Result<tfidf::IdfModel> loaded = tfidf::IdfModel::Load(flags.idf_path);
    if (!loaded.ok()) {
      Report(err, kHelp.name, loaded.status().message(), false);
      return kExitDataError;
    }
    model = std::move(loaded).value();
    const tfidf::IdfSettings wanted{.language = o.language, .stem = o.stem};
    if (Status status = model->CheckSettings(wanted, flags.idf_path); !status.ok()) {
      Report(err, kHelp.name, status.message(), false);
      return kExitDataError;
    }
  }
  if (story) {
    summarize::StoryOptions& story_options = flags.story_options;
    story_options.budget = o.budget;
    story_options.language = o.language;
    story_options.stem = o.stem;
    Result<summarize::StorySummarizer> stories =
        summarize::StorySummarizer::Create(story_options, model ? &*model : nullptr);
    if (!stories.ok()) {
      if (stories.status().code() == ErrorCode::kInvalidArgument) {
        return usage(stories.status().message());
      }
      Report(err, kHelp.name, stories.status().message(), false);
      return kExitDataError;
    }
    common.key_field = flags.group_by;
    return RunStories(common, *format, o.order == summarize::Order::kRank,
                      std::uint64_t{flags.buffer_mib} << 20, *stories, in, out, err);
  }
  Result<summarize::Summarizer> summarizer =
      summarize::Summarizer::Create(o, model ? &*model : nullptr);
  if (!summarizer.ok()) {
    if (summarizer.status().code() == ErrorCode::kInvalidArgument) {
      return usage(summarizer.status().message());
    }
    Report(err, kHelp.name, summarizer.status().message(), false);
    return kExitDataError;
  }

  int status = kExitOk;
  bool first = true;
  // Several files: which summary is which, as head(1) says it. JSONL records
  // are separated by an empty line only, as before (their ids are in TSV and
  // JSONL output).
  const bool name_files = !common.jsonl && common.inputs.size() > 1;
  SentenceText sentence_text(o.language);
  ForEachInput(common, in, [&](InputItem& item) {
    if (!item.error.ok()) {
      WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
      status = kExitDataError;
      return !common.fail_fast;
    }
    ReportWarnings(item, kHelp.name, common.quiet, err);
    const summarize::Summary summary = summarizer->Summarize(item.text);
    if (summary.sentence_count == 0) {
      Report(err, kHelp.name, item.Where() + "no text to summarize", common.quiet);
    }
    sentence_text.Reset(item.text);
    WriteSummary(item, summary, *format, {.separate = !first, .name_file = name_files},
                 sentence_text, out);
    first = false;
    return true;
  });
  return status;
}

}  // namespace precis::cli
