// ROUGE tokens from the project's own analyzer (RougeTokenizer::kUnicode):
// ICU word segmentation, case folding, Snowball stems and stop words for a
// language, so text in any script can be scored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/core/status.h"
#include "precis/text/analyzer.h"

namespace precis::eval {

class UnicodeTokens {
 public:
  // Fails with kInvalidArgument when `remove_stopwords` is asked for a
  // language without a stop list, kInternal when ICU cannot load.
  static Result<UnicodeTokens> Create(const std::string& language, bool stem,
                                      bool remove_stopwords);

  // Appends the token ids of `line` (valid UTF-8) to `tokens`. A new id is the
  // index of its normalized form, appended to `names`; ids are shared with
  // whatever else fills `names`, so one table serves every text.
  void Append(std::string_view line, std::vector<std::uint32_t>& tokens,
              std::vector<std::string>& names);

 private:
  UnicodeTokens(text::Analyzer analyzer, bool remove_stopwords)
      : analyzer_(std::move(analyzer)), remove_stopwords_(remove_stopwords) {}

  text::Analyzer analyzer_;
  bool remove_stopwords_;
  text::Analysis analysis_;                               // scratch
  std::unordered_map<std::uint64_t, std::uint32_t> ids_;  // term id -> token id
};

// `text` without a trailing, incomplete UTF-8 sequence: where a byte limit
// cut a character, the analyzer sees the text up to it.
std::string_view DropPartialUtf8Tail(std::string_view text);

}  // namespace precis::eval
