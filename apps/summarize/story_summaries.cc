#include "summarize/story_summaries.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <span>
#include <vector>

#include "common/inputs.h"
#include "common/records.h"
#include "common/sentence_text.h"
#include "summarize/story_buffer.h"
#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

constexpr std::string_view kApp = "precis-summarize";

void WriteStory(const std::string& key, std::span<const summarize::StoryArticle> articles,
                bool grouped, const summarize::StorySummary& summary, Format format, bool first,
                SentenceText& sentence_text, std::ostream& out) {
  std::size_t shown_article = articles.size();
  auto text_of = [&](const summarize::StorySentence& s) {
    if (s.article != shown_article) {
      sentence_text.Reset(articles[s.article].text);
      shown_article = s.article;
    }
    return sentence_text.Of(s.span);
  };
  auto id_of = [&](const summarize::StorySentence& s) { return articles[s.article].id; };
  std::string line;
  switch (format) {
    case Format::kText:
      if (!first) out << '\n';
      if (grouped) out << "==> " << key << " <==\n";
      for (const summarize::StorySentence& s : summary.sentences) out << text_of(s) << '\n';
      break;
    case Format::kTsv:
      for (const summarize::StorySentence& s : summary.sentences) {
        line.clear();
        io::AppendTsvField(line, grouped ? key : std::string_view("-"));
        line += '\t';
        io::AppendTsvField(line, id_of(s));
        line += '\t' + std::to_string(s.index) + '\t' + std::to_string(s.span.begin) + '\t' +
                std::to_string(s.span.end) + '\t' + io::FormatScore(s.score) + '\t';
        io::AppendTsvField(line, text_of(s));
        out << line << '\n';
      }
      break;
    case Format::kJsonl: {
      std::string sentences = "[";
      for (const summarize::StorySentence& s : summary.sentences) {
        if (sentences.size() > 1) sentences += ',';
        io::JsonObject object;
        object.Add("article", id_of(s))
            .Add("index", s.index)
            .Add("start", s.span.begin)
            .Add("end", s.span.end)
            .Add("score", s.score)
            .Add("text", text_of(s));
        if (s.truncated) object.Add("truncated", true);
        sentences += object.Finish();
      }
      sentences += ']';
      io::JsonObject record;
      if (grouped) record.Add("story", key);
      record.Add("articles", static_cast<std::uint64_t>(summary.article_count))
          .AddRaw("sentences", sentences)
          .Add("sentence_count", static_cast<std::uint64_t>(summary.sentence_count));
      out << record.Finish() << '\n';
      break;
    }
  }
}

}  // namespace

int RunStories(const CommonOptions& common, Format format, bool rank_order,
               std::uint64_t memory_limit, summarize::StorySummarizer& summarizer,
               std::istream& in, std::ostream& out, std::ostream& err) {
  const bool grouped = !common.key_field.empty();
  StoryBuffer stories(memory_limit);
  int status = kExitOk;
  bool stop = false;
  Status buffered;
  ForEachInput(common, in, [&](InputItem& item) {
    if (item.error.ok() && grouped && !item.has_key) {
      item.error = InvalidInput("no field \"" + common.key_field + "\" (the --group-by key)");
    }
    if (!item.error.ok()) {
      // Reported in place; its story is still summarized from the rest.
      WriteErrorRecord(item, format, kApp, common.quiet, out, err);
      status = kExitDataError;
      stop = common.fail_fast;
      return !stop;
    }
    ReportWarnings(item, kApp, common.quiet, err);
    buffered = stories.Add(grouped ? item.key : std::string(), grouped && item.key_is_number,
                           std::move(item.id), std::move(item.text));
    return buffered.ok();
  });
  if (!buffered.ok()) {
    Report(err, kApp, buffered.message(), false);
    return kExitDataError;
  }
  if (stop) return status;
  SentenceText sentence_text(common.language);
  std::vector<std::string> texts;
  std::vector<summarize::StoryArticle> articles;
  // Without --group-by there is one story, even of no article (no input).
  const std::size_t story_count = grouped ? stories.story_count() : 1;
  for (std::size_t story = 0; story < story_count; ++story) {
    articles.clear();
    if (story < stories.story_count()) {
      if (Status loaded = stories.Load(story, texts, articles); !loaded.ok()) {
        Report(err, kApp, loaded.message(), false);
        return kExitDataError;
      }
    }
    const std::string key = grouped ? stories.key(story) : std::string();
    summarize::StorySummary summary = summarizer.Summarize(articles);
    if (summary.sentence_count == 0) {
      Report(err, kApp,
             (grouped ? "story " + key + ": " : std::string()) + "no text to summarize",
             common.quiet);
    }
    if (rank_order) {
      std::stable_sort(summary.sentences.begin(), summary.sentences.end(),
                       [](const summarize::StorySentence& a, const summarize::StorySentence& b) {
                         return a.score > b.score;
                       });
    }
    WriteStory(key, articles, grouped, summary, format, story == 0, sentence_text, out);
  }
  return status;
}

}  // namespace precis::cli
