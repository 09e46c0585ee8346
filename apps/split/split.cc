#include "split/split.h"

#include <ostream>

#include "common/cli.h"
#include "common/inputs.h"
#include "common/records.h"
#include "common/sentence_text.h"
#include "precis/io/jsonl.h"
#include "precis/text/sentence_splitter.h"

namespace po = boost::program_options;

namespace precis::cli {
namespace {

constexpr AppHelp kHelp = {
    .name = "precis-split",
    .synopsis = "[OPTIONS] [FILE...]",
    .summary = "Split news text into sentences, with byte offsets.",
    .details =
        "Reads each FILE (or stdin when there is none or FILE is -), or with --jsonl one\n"
        "{\"id\": ..., \"text\": ...} article per line. Writes one sentence per line:\n"
        "  text   the sentence, its line breaks folded to spaces (a word hyphenated\n"
        "         at a line end is joined when the text or the English model knows it)\n"
        "  tsv    id, sentence index, start byte, end byte, text (tabs, newlines and\n"
        "         backslashes escaped as \\t \\n \\\\); no header row\n"
        "  jsonl  {\"id\", \"index\", \"start\", \"end\", \"text\"}\n"
        "Offsets are bytes into the input as read (a file's own bytes when it is UTF-8).\n"
        "A bad input (invalid UTF-8, binary, unreadable, malformed JSON line) is reported\n"
        "on stderr naming the file and byte offset and, in jsonl output, as an\n"
        "{\"id\", \"error\"} record in its place; the others are still split.",
    .example = "precis-split --format jsonl article.txt | jq -r .text | wc -l",
};

}  // namespace

int RunSplit(std::span<const std::string> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  CommonOptions common;
  po::options_description options;
  po::positional_options_description positional;
  AddInputOptions(options, positional, common);
  AddFormatOption(options, common);
  AddQuietOption(options, common);
  if (auto exit = ParseCommandLine(kHelp, options, positional, args, out, err)) return *exit;
  const std::optional<Format> format = ParseFormat(common.format);

  Result<text::SentenceSplitter> splitter =
      text::SentenceSplitter::Create({.language = common.language});
  if (!splitter.ok()) {
    Report(err, kHelp.name, splitter.status().message(), false);
    return kExitDataError;
  }

  int status = kExitOk;
  SentenceText sentence_text(common.language);
  std::string line;
  ForEachInput(common, in, [&](InputItem& item) {
    if (!item.error.ok()) {
      WriteErrorRecord(item, *format, kHelp.name, common.quiet, out, err);
      status = kExitDataError;
      return !common.fail_fast;
    }
    ReportWarnings(item, kHelp.name, common.quiet, err);
    const std::vector<ByteSpan> sentences = splitter->Split(item.text);
    sentence_text.Reset(item.text);
    if (sentences.empty()) Report(err, kHelp.name, item.Where() + "no text", common.quiet);
    for (std::size_t index = 0; index < sentences.size(); ++index) {
      const ByteSpan span = sentences[index];
      const std::string text = sentence_text.Of(span);
      line.clear();
      switch (*format) {
        case Format::kText:
          line = text;
          break;
        case Format::kTsv:
          io::AppendTsvField(line, item.id);
          line += '\t' + std::to_string(index) + '\t' + std::to_string(span.begin) + '\t' +
                  std::to_string(span.end) + '\t';
          io::AppendTsvField(line, text);
          break;
        case Format::kJsonl:
          line = io::JsonObject()
                     .Add("id", item.id)
                     .Add("index", static_cast<std::uint64_t>(index))
                     .Add("start", span.begin)
                     .Add("end", span.end)
                     .Add("text", text)
                     .Finish();
          break;
      }
      out << line << '\n';
    }
    return true;
  });
  return status;
}

}  // namespace precis::cli
