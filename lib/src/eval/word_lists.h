// ROUGE-1.5.5's word lists: the WordNet 2.0 exception database used by -m and
// the SMART stop words used by -s, built once from the embedded files.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace precis::eval {

class RougeWordLists {
 public:
  // The lists, parsed on first use (thread-safe), shared by every scorer.
  static const RougeWordLists& Get();

  // The WordNet base form stored for `word`, or nullptr. As ROUGE-1.5.5's
  // database: key = a line's first field, value = its second field; files
  // read in the order adv, adj, noun, verb, a later key replacing an earlier.
  const std::string* Exception(std::string_view word) const;
  bool IsStopword(std::string_view word) const;

  std::size_t exception_count() const { return exceptions_.size(); }
  std::size_t stopword_count() const { return stopwords_.size(); }

 private:
  RougeWordLists();

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> exceptions_;
  std::unordered_set<std::string, Hash, std::equal_to<>> stopwords_;
};

}  // namespace precis::eval
