#include "summarize/story_summaries.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/inputs.h"
#include "common/records.h"
#include "common/sentence_text.h"
#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

constexpr std::string_view kApp = "precis-summarize";

struct Story {
  std::string key;
  std::vector<InputItem> articles;
};

void WriteStory(const Story& story, bool grouped, const summarize::StorySummary& summary,
                Format format, bool first, SentenceText& sentence_text, std::ostream& out) {
  std::size_t shown_article = story.articles.size();
  auto text_of = [&](const summarize::StorySentence& s) {
    if (s.article != shown_article) {
      sentence_text.Reset(story.articles[s.article].text);
      shown_article = s.article;
    }
    return sentence_text.Of(s.span);
  };
  auto id_of = [&](const summarize::StorySentence& s) -> const std::string& {
    return story.articles[s.article].id;
  };
  std::string line;
  switch (format) {
    case Format::kText:
      if (!first) out << '\n';
      if (grouped) out << "==> " << story.key << " <==\n";
      for (const summarize::StorySentence& s : summary.sentences) out << text_of(s) << '\n';
      break;
    case Format::kTsv:
      for (const summarize::StorySentence& s : summary.sentences) {
        line.clear();
        io::AppendTsvField(line, grouped ? story.key : std::string("-"));
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
      if (grouped) record.Add("story", story.key);
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
               summarize::StorySummarizer& summarizer, std::istream& in, std::ostream& out,
               std::ostream& err) {
  const bool grouped = !common.key_field.empty();
  std::vector<Story> stories;
  std::unordered_map<std::string, std::size_t> story_of_key;
  int status = kExitOk;
  bool stop = false;
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
    const std::string key = grouped ? item.key : std::string();
    const auto [it, added] = story_of_key.emplace(key, stories.size());
    if (added) stories.push_back({key, {}});
    stories[it->second].articles.push_back(std::move(item));
    return true;
  });
  if (stop) return status;
  if (stories.empty() && !grouped) stories.push_back({});
  bool first = true;
  SentenceText sentence_text(common.language);
  std::vector<summarize::StoryArticle> articles;
  for (const Story& story : stories) {
    articles.clear();
    for (const InputItem& item : story.articles) articles.push_back({item.id, item.text});
    summarize::StorySummary summary = summarizer.Summarize(articles);
    if (summary.sentence_count == 0) {
      Report(err, kApp,
             (grouped ? "story " + story.key + ": " : std::string()) + "no text to summarize",
             common.quiet);
    }
    if (rank_order) {
      std::stable_sort(summary.sentences.begin(), summary.sentences.end(),
                       [](const summarize::StorySentence& a, const summarize::StorySentence& b) {
                         return a.score > b.score;
                       });
    }
    WriteStory(story, grouped, summary, format, first, sentence_text, out);
    first = false;
  }
  return status;
}

}  // namespace precis::cli
