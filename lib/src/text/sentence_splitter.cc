#include "precis/text/sentence_splitter.h"

#include <unicode/brkiter.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "precis/text/language.h"
#include "text/abbreviations.h"
#include "text/byte_scan.h"
#include "text/line_folding.h"
#include "text/root_rules.h"
#include "text/scratch.h"
#include "text/sentence_boundaries.h"
#include "text/sentence_punctuation.h"
#include "text/unicode_util.h"

namespace precis::text {
namespace {

// The "word" right before a final period of [begin, end): the run of
// non-space characters, without leading brackets or quotes.
std::string_view WordBeforePeriod(std::string_view text, std::size_t begin, std::size_t period) {
  std::size_t start = period;
  while (start > begin) {
    const CodePoint c = CodePointBefore(text, start);
    if (IsSpace(c.value)) break;
    start -= c.length;
  }
  while (start < period) {
    const CodePoint c = CodePointAt(text, start);
    if (u_isalnum(c.value)) break;
    start += c.length;
  }
  return text.substr(start, period - start);
}

bool IsSingleLetter(std::string_view word) {
  if (word.empty()) return false;
  const CodePoint c = CodePointAt(word, 0);
  return c.length == word.size() && u_isalpha(c.value);
}

// "U.S", "U.N", "E.U", "D.C": single capital letters joined by periods.
bool IsDottedAcronym(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool ok = (i % 2 == 0) ? (c >= 'A' && c <= 'Z') : c == '.';
    if (!ok) return false;
  }
  return true;
}

bool IsShortNumber(std::string_view word) {
  return !word.empty() && word.size() <= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Run-on pieces of scraped news (English): photo captions and "Scroll down
// for video" lines lose their line breaks when a page is scraped, so they run
// straight into the next sentence: "... in Dortmund on Wednesday He said: ...".
//
// Words that start a clause and, capitalised, do not continue a sentence:
// after a word ending in a letter, a digit or a closing bracket (no
// punctuation between: "(pictured)") and before a lower-case word or an age
// ("86-year-old"), they begin a new sentence.
constexpr std::array<std::string_view, 16> kRunOnStarters = {
    "He",  "She", "They", "We",    "The", "This", "These",   "Those",
    "But", "His", "Her",  "Their", "Its", "Some", "Another", "There"};
// The same, for words that also occur capitalised inside titles ("Don't Push
// It", "Made In Chelsea", "Plan A"): only after a lower-case word.
constexpr std::array<std::string_view, 9> kLowerRunOnStarters = {"It", "And",   "In",   "A", "An",
                                                                 "As", "After", "When", "If"};
// Words after which an opening quote continues the sentence ("he said
// 'I can'", "dubbed 'Big Society'", "from 'F*** the ...'").
constexpr std::array<std::string_view, 24> kQuoteIntroducers = {
    "said",   "says",    "told",   "added",  "asked", "explained", "wrote", "tweeted",
    "saying", "replied", "called", "dubbed", "named", "titled",    "from",  "of",
    "to",     "in",      "on",     "as",     "and",   "or",        "the",   "a"};
// First words (before any apostrophe) of a quote that starts a sentence.
constexpr std::array<std::string_view, 16> kQuoteStarters = {
    "I",    "We",    "You",  "It", "He", "She", "They", "This",
    "That", "There", "When", "If", "My", "Our", "What", "Me"};
// Boilerplate phrases after which a sentence always ends.
constexpr std::array<std::string_view, 2> kBoilerplateEnds = {"scroll down for video",
                                                              "scroll down for videos"};

// ASCII case-insensitive equality.
bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiAlnum(char c) { return IsAsciiLower(c) || IsAsciiUpper(c) || (c >= '0' && c <= '9'); }

// Opening quotation marks: ' " ‘ “ (the last two as UTF-8).
std::size_t OpeningQuoteLength(std::string_view text, std::size_t i) {
  if (text[i] == '\'' || text[i] == '"') return 1;
  if (text.substr(i, 3) == "\u2018" || text.substr(i, 3) == "\u201C") return 3;
  return 0;
}

bool EndsWithClosingQuote(std::string_view word) {
  return word.ends_with('\'') || word.ends_with('"') || word.ends_with("\u2019") ||
         word.ends_with("\u201D");
}

// The word (run of non-space bytes) starting at `i` in [.., end).
std::string_view WordAt(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end && text[j] != ' ') ++j;
  return text.substr(i, j - i);
}

// Whether `word`, after a capitalised clause word, continues that clause: a
// lower-case word, or an age or size ("86-year-old", "5ft"; not a bare
// number: "Type A 2", "The 2015 vote").
bool StartsClauseBody(std::string_view word) {
  if (word.empty()) return false;
  if (IsAsciiLower(word.front())) return true;
  return word.front() >= '0' && word.front() <= '9' &&
         std::any_of(word.begin(), word.end(), IsAsciiLower);
}

// Whether a new sentence starts at `next` (the first byte of a word) in the
// span [begin, end), `previous` being the word before it.
bool StartsRunOnSentence(std::string_view text, std::string_view previous, std::size_t next,
                         std::size_t end) {
  // Most words start lower-case: the cheap test first.
  const char first = text[next];
  if (!(IsAsciiUpper(first) || first == '\'' || first == '"' || first == '\xE2')) return false;
  if (previous.empty() || !(IsAsciiAlnum(previous.back()) || previous.back() == ')')) {
    return false;
  }
  const std::string_view word = WordAt(text, next, end);
  const std::size_t after = next + word.size() + 1;
  if (after >= end || !StartsClauseBody(WordAt(text, after, end))) return false;
  if (std::find(kRunOnStarters.begin(), kRunOnStarters.end(), word) != kRunOnStarters.end()) {
    return true;
  }
  if (std::find(kLowerRunOnStarters.begin(), kLowerRunOnStarters.end(), word) !=
      kLowerRunOnStarters.end()) {
    const std::size_t letter = previous.find_first_not_of('(');  // "(pictured)"
    return letter < previous.size() && IsAsciiLower(previous[letter]);
  }
  const std::size_t quote = OpeningQuoteLength(text, next);
  if (quote == 0 || word.size() <= quote || !IsAsciiUpper(word[quote])) return false;
  if (EndsWithClosingQuote(word)) return false;  // a quoted word: 'Out' vote
  // Only quotes that open with a pronoun or a clause word start a spoken
  // sentence ("'I'd be", "'We've never"); "while 'China can do more'" is prose.
  std::string_view head = word.substr(quote);
  head = head.substr(0, std::min(head.find('\''), head.find("\u2019")));
  if (std::find(kQuoteStarters.begin(), kQuoteStarters.end(), head) == kQuoteStarters.end()) {
    return false;
  }
  return std::find(kQuoteIntroducers.begin(), kQuoteIntroducers.end(), previous) ==
         kQuoteIntroducers.end();
}

// ICU ends "« C'est grave ! »" before the closing guillemet when a space
// separates it from the "!" (French typography), so the next segment starts
// with "»". When `left` holds an unclosed "«", the "»" moves to `left`.
// Returns false when nothing of `right` is left.
bool MoveClosingGuillemet(std::string_view text, ByteSpan& left, ByteSpan& right) {
  constexpr std::string_view kOpen = "\u00AB";
  constexpr std::string_view kClose = "\u00BB";
  if (!text.substr(right.begin).starts_with(kClose)) return true;
  const std::string_view left_text = left.In(text);
  const auto count = [&](std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t i = left_text.find(mark); i != std::string_view::npos;
         i = left_text.find(mark, i + 1)) {
      ++n;
    }
    return n;
  };
  if (count(kOpen) <= count(kClose)) return true;  // German »Zitat«: an opening mark
  // A "»" opening a line continues a quote from the paragraph before.
  if (text.substr(left.end, right.begin - left.end).find_first_of("\n\r") !=
      std::string_view::npos) {
    return true;
  }
  std::size_t begin = right.begin + kClose.size();
  left.end = static_cast<std::uint32_t>(begin);
  while (begin < right.end && IsSpace(CodePointAt(text, begin).value)) {
    begin += CodePointAt(text, begin).length;
  }
  right.begin = static_cast<std::uint32_t>(begin);
  return right.begin < right.end;
}

}  // namespace

struct SentenceSplitter::Impl {
  SentenceOptions options;
  std::unique_ptr<icu::BreakIterator> iterator;
  // Whether SentenceBoundaries' direct scan may stand in for `iterator`.
  bool direct_rules = false;
  std::string prepared;
  Utf16Copy utf16;
  std::vector<std::uint32_t> boundaries;

  // Whether ICU's break between `left` and `right` falls after an
  // abbreviation, an initial or a dotted acronym and should be undone.
  bool ShouldJoin(std::string_view text, ByteSpan left, ByteSpan right) const {
    for (std::size_t i = left.end; i < right.begin; ++i) {
      // A kept line break (paragraph, headline) always ends the sentence.
      if (prepared[i] == '\n' || prepared[i] == '\r') return false;
    }
    const CodePoint next = CodePointAt(text, right.begin);
    // ICU ends a sentence after "!" or "?" whatever follows, but before a
    // lower-case word no sentence ends: a name ("Yahoo! shares fell"), or a
    // closing quote with the attribution (“We won!” he said).
    if (u_islower(next.value)) {
      std::size_t end = left.end;
      bool closed = false;
      // French typography puts a (narrow no-break) space inside the quote:
      // « C'est grave ! » a déclaré M. Durand.
      while (end > left.begin) {
        const CodePoint c = CodePointBefore(text, end);
        if (!IsClosing(c.value) && !(closed && IsSpace(c.value))) break;
        closed = closed || IsClosing(c.value);
        end -= c.length;
      }
      while (end > left.begin && IsSpace(CodePointBefore(text, end).value)) {
        end -= CodePointBefore(text, end).length;
      }
      if (end > left.begin && (text[end - 1] == '!' || text[end - 1] == '?')) return true;
    }
    if (text[left.end - 1] != '.') return false;
    const std::string_view word = WordBeforePeriod(text, left.begin, left.end - 1);
    if (word.empty()) return false;
    if (IsSingleLetter(word) || IsDottedAcronym(word)) return true;
    if (options.language == "de" && IsShortNumber(word)) return true;  // "3. Oktober"
    // A list number alone ("1." before "Preheat the oven") starts its item.
    if (IsShortNumber(word) && left.begin + word.size() + 1 == left.end) return true;
    return IsNonTerminalAbbreviation(options.language, word, u_isdigit(next.value));
  }

  // Splits `span` where a sentence ends with no space before the next one
  // ("rose 5%.The firm"): end punctuation after a lowercase letter, digit,
  // percent sign or bracket, directly followed by a capitalised word.
  void SplitGlued(std::string_view text, ByteSpan span, std::vector<ByteSpan>& out) const {
    auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    std::uint32_t start = span.begin;
    if (span.end < span.begin + 3) {
      out.push_back(span);
      return;
    }
    const std::size_t last = span.end - 2;  // i + 2 < span.end
    for (std::uint32_t i = span.begin + 1; i < last; ++i) {
      i = static_cast<std::uint32_t>(FindAnyByte(text.data(), i, last, '.', '!', '?'));
      if (i == last) break;
      if (!is_upper(text[i + 1]) || !is_lower(text[i + 2])) continue;
      const char before = text[i - 1];
      if (!(is_lower(before) || (before >= '0' && before <= '9') || before == '%' ||
            before == ')')) {
        continue;
      }
      const std::string_view word = WordBeforePeriod(text, start, i);
      if (word.size() < 2 || IsNonTerminalAbbreviation(options.language, word, false)) continue;
      if (word.find('.') != std::string_view::npos) continue;  // e.g., domain names
      out.push_back({start, i + 1});
      start = i + 1;
    }
    out.push_back({start, span.end});
  }

  // Splits the run-on pieces of scraped English news (see kRunOnStarters):
  // each piece keeps at least kMinRunOnWords words.
  void SplitRunOn(std::string_view text, ByteSpan span, std::vector<ByteSpan>& out) const {
    constexpr std::size_t kMinRunOnWords = 4;
    std::uint32_t start = span.begin;
    std::size_t words = 1;  // in the current piece, up to position i
    std::size_t previous_begin = span.begin;
    // Words are separated by spaces, folded line breaks included (searched
    // in the prepared copy). Other whitespace stays inside a word.
    auto next_space = [&](std::size_t from) {
      return FindByte(prepared.data(), from, span.end, ' ');
    };
    for (std::size_t i = next_space(span.begin); i + 1 < span.end; i = next_space(i + 1)) {
      std::uint32_t next = static_cast<std::uint32_t>(i) + 1;
      while (next < span.end && IsAsciiSpace(text[next])) ++next;
      if (next >= span.end) break;
      if (IsAsciiSpace(text[i - 1])) continue;  // a piece must end on a visible character
      const std::string_view previous = text.substr(previous_begin, i - previous_begin);
      bool split = false;
      const char last = static_cast<char>(text[i - 1] | 0x20);  // "video", "videos"
      for (std::string_view phrase : kBoilerplateEnds) {
        if (last != 'o' && last != 's') break;
        if (i - start >= phrase.size() &&
            EqualsFolded(text.substr(i - phrase.size(), phrase.size()), phrase) &&
            (i - phrase.size() == start || IsAsciiSpace(text[i - phrase.size() - 1])) &&
            IsAsciiAlnum(text[next])) {
          split = true;
        }
      }
      if (!split && words >= kMinRunOnWords) {
        split = StartsRunOnSentence(text, previous, next, span.end);
      }
      if (split) {
        out.push_back({start, static_cast<std::uint32_t>(i)});
        start = next;
        words = 0;
      }
      ++words;
      previous_begin = next;
      i = next - 1;
    }
    out.push_back({start, span.end});
  }
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;
SentenceSplitter::~SentenceSplitter() = default;

Result<SentenceSplitter> SentenceSplitter::Create(const SentenceOptions& options) {
  Result<std::string> language = CanonicalLanguage(options.language);
  if (!language.ok()) return language.status();
  UErrorCode error = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->options.language = *language;
  impl->iterator.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(language->c_str()), error));
  if (U_FAILURE(error) || !impl->iterator) {
    return InternalError(std::string("cannot load ICU sentence rules: ") + u_errorName(error));
  }
  impl->direct_rules = HasRootRules(*impl->iterator, UBRK_SENTENCE);
  return SentenceSplitter(std::move(impl));
}

std::vector<ByteSpan> SentenceSplitter::Split(std::string_view text) {
  Impl& impl = *impl_;
  impl.prepared.assign(text);
  FoldWrappedLines(text, impl.prepared);

  if (impl.direct_rules) {
    SentenceBoundaries(*impl.iterator, impl.utf16, impl.prepared, impl.boundaries);
  } else {
    IcuSentenceBoundaries(*impl.iterator, impl.utf16, impl.prepared, impl.boundaries);
  }

  // ICU's segments, trimmed of surrounding whitespace.
  std::vector<ByteSpan> segments;
  std::size_t begin_byte = 0;
  for (const std::uint32_t end_byte : impl.boundaries) {
    std::size_t b = begin_byte;
    std::size_t e = end_byte;
    begin_byte = end_byte;
    // Trimmed in the folded copy: page numbers are spaces there.
    const std::string_view folded = impl.prepared;
    while (b < e && IsSpace(CodePointAt(folded, b).value)) b += CodePointAt(folded, b).length;
    while (e > b && IsSpace(CodePointBefore(folded, e).value))
      e -= CodePointBefore(folded, e).length;
    if (b < e) segments.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
  }

  std::vector<ByteSpan> joined;
  for (ByteSpan segment : segments) {
    if (!joined.empty() && !MoveClosingGuillemet(text, joined.back(), segment)) continue;
    if (!joined.empty() && impl.ShouldJoin(text, joined.back(), segment)) {
      joined.back().end = segment.end;
    } else {
      joined.push_back(segment);
    }
  }

  std::vector<ByteSpan> sentences;
  sentences.reserve(joined.size());
  for (const ByteSpan& span : joined) impl.SplitGlued(text, span, sentences);
  if (impl.options.language == "en") {
    std::vector<ByteSpan> glued;
    glued.swap(sentences);
    for (const ByteSpan& span : glued) impl.SplitRunOn(text, span, sentences);
  }
  // The folded copy (and the UTF-16 one) are as large as the text or larger:
  // a huge document's must not outlive the split.
  ClearScratch(impl.prepared);
  ClearScratch(impl.boundaries);
  impl.utf16.Clear();
  return sentences;
}

}  // namespace precis::text
