#include "eval/word_lists.h"

#include "eval/embedded_data.h"

namespace precis::eval {
namespace {

// Splits `line` on runs of spaces and tabs, as Perl's split(/\s+/) does for
// the lists' plain ASCII lines.
template <typename Visit>
void ForEachField(std::string_view line, Visit visit) {
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > begin && !visit(line.substr(begin, i - begin))) return;
  }
}

template <typename Visit>
void ForEachLine(std::string_view text, Visit visit) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    visit(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

const RougeWordLists& RougeWordLists::Get() {
  static const RougeWordLists lists;
  return lists;
}

RougeWordLists::RougeWordLists() {
  for (const EmbeddedFile& file : EmbeddedRougeFiles()) {
    if (file.name.ends_with(".exc")) {
      ForEachLine(file.contents, [&](std::string_view line) {
        std::string_view key;
        std::string_view value;
        int field = 0;
        ForEachField(line, [&](std::string_view piece) {
          if (field == 0) key = piece;
          if (field == 1) value = piece;
          return ++field < 2;
        });
        if (field >= 2) exceptions_.insert_or_assign(std::string(key), std::string(value));
      });
    } else {
      ForEachLine(file.contents, [&](std::string_view line) {
        ForEachField(line, [&](std::string_view word) {
          stopwords_.emplace(word);
          return false;
        });
      });
    }
  }
}

const std::string* RougeWordLists::Exception(std::string_view word) const {
  const auto found = exceptions_.find(word);
  return found == exceptions_.end() ? nullptr : &found->second;
}

bool RougeWordLists::IsStopword(std::string_view word) const {
  return stopwords_.find(word) != stopwords_.end();
}

}  // namespace precis::eval
