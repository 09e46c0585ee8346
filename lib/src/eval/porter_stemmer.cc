#include "precis/eval/porter_stemmer.h"

#include <array>

namespace precis::eval {
namespace {

// The word being stemmed. Porter's conditions look only at letters before a
// position, so each helper takes the length `k` of the stem it examines.
class Word {
 public:
  explicit Word(std::string_view word) : w_(word) {}

  std::string Take() { return std::move(w_); }
  std::size_t size() const { return w_.size(); }

  bool EndsWith(std::string_view suffix) const {
    return w_.size() >= suffix.size() &&
           std::string_view(w_).substr(w_.size() - suffix.size()) == suffix;
  }

  // Porter's consonant: not a, e, i, o, u, and not a "y" that follows a
  // consonant. A word-initial "y" is a consonant (the reference
  // implementation upper-cases it so that its patterns never see a vowel).
  bool IsConsonant(std::size_t i) const {
    switch (w_[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i == 0 || !IsConsonant(i - 1);
      default:
        return true;
    }
  }

  // m in [C](VC)^m[V] for the first k letters.
  int Measure(std::size_t k) const {
    int m = 0;
    std::size_t i = 0;
    while (i < k && IsConsonant(i)) ++i;
    while (i < k) {
      while (i < k && !IsConsonant(i)) ++i;
      if (i >= k) break;
      while (i < k && IsConsonant(i)) ++i;
      ++m;
    }
    return m;
  }

  bool HasVowel(std::size_t k) const {
    for (std::size_t i = 0; i < k; ++i) {
      if (!IsConsonant(i)) return true;
    }
    return false;
  }

  // *d: ends with a doubled consonant.
  bool EndsWithDoubleConsonant(std::size_t k) const {
    return k >= 2 && w_[k - 1] == w_[k - 2] && IsConsonant(k - 1);
  }

  // m = 1 and *o: the first k letters are consonants, one vowel, and one
  // consonant other than w, x, y (the reference's ^C v [^aeiouwxy]$).
  bool IsShortSyllableWord(std::size_t k) const {
    if (k < 3) return false;
    const char last = w_[k - 1];
    if (!IsConsonant(k - 1) || last == 'w' || last == 'x' || last == 'y') return false;
    if (IsConsonant(k - 2)) return false;
    for (std::size_t i = 0; i + 2 < k; ++i) {
      if (!IsConsonant(i)) return false;
    }
    return true;
  }

  void Truncate(std::size_t k) { w_.resize(k); }
  void Append(std::string_view s) { w_ += s; }
  void Replace(std::size_t suffix_size, std::string_view with) {
    w_.resize(w_.size() - suffix_size);
    w_ += with;
  }

 private:
  std::string w_;
};

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Step 2 and 3 rules. Only the longest matching suffix is tried: if its
// condition fails the word is left alone (the reference's regular expression
// alternation matches the leftmost, i.e. longest, suffix).
constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};
constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};
constexpr std::array<std::string_view, 18> kStep4 = {
    "al",   "ance", "ence", "er",  "ic",  "able", "ible", "ant", "ement",
    "ment", "ent",  "ou",   "ism", "ate", "iti",  "ous",  "ive", "ize",
};
// ROUGE-1.5.5's step 4 (Chin-Yew Lin's change of 02/14/2004): this list
// first, then "ment", then "ent" or else "(s|t)ion", each tried in turn on
// what the previous rule left.
constexpr std::array<std::string_view, 16> kStep4Rouge155 = {
    "al",    "ance", "ence", "er",  "ic",  "able", "ible", "ant",
    "ement", "ou",   "ism",  "ate", "iti", "ous",  "ive",  "ize",
};

template <std::size_t N>
const Rule* LongestRule(const Word& word, const std::array<Rule, N>& rules) {
  const Rule* best = nullptr;
  for (const Rule& rule : rules) {
    if (word.EndsWith(rule.suffix) &&
        (best == nullptr || rule.suffix.size() > best->suffix.size())) {
      best = &rule;
    }
  }
  return best;
}

void ApplyMeasureRule(Word& word, const Rule* rule) {
  if (rule == nullptr) return;
  if (word.Measure(word.size() - rule->suffix.size()) > 0) {
    word.Replace(rule->suffix.size(), rule->replacement);
  }
}

void Step1a(Word& word) {
  if (word.EndsWith("sses") || word.EndsWith("ies")) {
    word.Truncate(word.size() - 2);
  } else if (word.EndsWith("s") && !word.EndsWith("ss")) {
    word.Truncate(word.size() - 1);
  }
}

void Step1b(Word& word) {
  if (word.EndsWith("eed")) {
    if (word.Measure(word.size() - 3) > 0) word.Truncate(word.size() - 1);
    return;
  }
  std::size_t suffix = 0;
  if (word.EndsWith("ed")) {
    suffix = 2;
  } else if (word.EndsWith("ing")) {
    suffix = 3;
  }
  if (suffix == 0 || !word.HasVowel(word.size() - suffix)) return;
  word.Truncate(word.size() - suffix);
  if (word.EndsWith("at") || word.EndsWith("bl") || word.EndsWith("iz")) {
    word.Append("e");
  } else if (word.EndsWithDoubleConsonant(word.size()) && !word.EndsWith("l") &&
             !word.EndsWith("s") && !word.EndsWith("z") && !word.EndsWith("y")) {
    word.Truncate(word.size() - 1);
  } else if (word.IsShortSyllableWord(word.size())) {
    word.Append("e");
  }
}

void Step1c(Word& word) {
  if (word.EndsWith("y") && word.HasVowel(word.size() - 1)) word.Replace(1, "i");
}

template <std::size_t N>
std::size_t LongestSuffix(const Word& word, const std::array<std::string_view, N>& suffixes) {
  std::size_t longest = 0;
  for (std::string_view suffix : suffixes) {
    if (word.EndsWith(suffix) && suffix.size() > longest) longest = suffix.size();
  }
  return longest;
}

void RemoveIfMeasureAbove1(Word& word, std::size_t suffix) {
  if (word.Measure(word.size() - suffix) > 1) word.Truncate(word.size() - suffix);
}

bool EndsWithSionOrTion(const Word& word) { return word.EndsWith("sion") || word.EndsWith("tion"); }

void Step4(Word& word) {
  if (const std::size_t longest = LongestSuffix(word, kStep4); longest > 0) {
    RemoveIfMeasureAbove1(word, longest);
  } else if (EndsWithSionOrTion(word)) {
    RemoveIfMeasureAbove1(word, 3);
  }
}

void Step4Rouge155(Word& word) {
  if (const std::size_t longest = LongestSuffix(word, kStep4Rouge155); longest > 0) {
    RemoveIfMeasureAbove1(word, longest);
  }
  if (word.EndsWith("ment")) RemoveIfMeasureAbove1(word, 4);
  if (word.EndsWith("ent")) {
    RemoveIfMeasureAbove1(word, 3);
  } else if (EndsWithSionOrTion(word)) {
    RemoveIfMeasureAbove1(word, 3);
  }
}

void Step5(Word& word) {
  if (word.EndsWith("e")) {
    const std::size_t k = word.size() - 1;
    const int m = word.Measure(k);
    if (m > 1 || (m == 1 && !word.IsShortSyllableWord(k))) word.Truncate(k);
  }
  if (word.EndsWith("ll") && word.Measure(word.size()) > 1) word.Truncate(word.size() - 1);
}

}  // namespace

std::string PorterStem(std::string_view input, PorterVariant variant) {
  if (input.size() < 3) return std::string(input);
  Word word(input);
  Step1a(word);
  Step1b(word);
  Step1c(word);
  ApplyMeasureRule(word, LongestRule(word, kStep2));
  ApplyMeasureRule(word, LongestRule(word, kStep3));
  if (variant == PorterVariant::kRouge155) {
    Step4Rouge155(word);
  } else {
    Step4(word);
  }
  Step5(word);
  return word.Take();
}

}  // namespace precis::eval
