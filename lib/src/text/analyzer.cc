#include "precis/text/analyzer.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>

#include "precis/text/language.h"
#include "precis/text/line_hyphens.h"
#include "precis/text/page_breaks.h"
#include "precis/text/sentence_splitter.h"
#include "text/normalizer.h"
#include "text/scratch.h"
#include "text/stopwords.h"
#include "text/term_cache.h"
#include "text/word_breaker.h"

namespace precis::text {
namespace {

// ASCII punctuation left at the end of a word cut at a glued boundary.
bool IsWordByte(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
}

}  // namespace

std::uint64_t HashTerm(std::string_view normalized) {
  return XXH3_64bits(normalized.data(), normalized.size());
}

struct Analyzer::Impl {
  AnalyzerOptions options;
  SentenceSplitter sentences;
  WordBreaker words;
  Normalizer normalizer;
  std::vector<Word> word_buffer;

  std::vector<std::uint64_t> surface_hashes;  // of word_buffer's words
  TermCache cache;

  // The term cache's key for text[span]. Only the cache sees it, so it
  // need not be XXH3: words of up to 16 bytes (nearly all) are read as two
  // integers and mixed by two rounds of the 64x64->128-bit multiply-fold of
  // wyhash (Wang Yi), several times cheaper than a call to XXH3, which
  // hashes longer words.
  static std::uint64_t SurfaceHash(std::string_view text, ByteSpan span) {
    const std::size_t size = span.size();
    const char* const surface = text.data() + span.begin;
    if (size > 16) return XXH3_64bits(surface, size);
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    if (std::endian::native == std::endian::little && span.begin + 16 <= text.size()) {
      // Two fixed-size loads (single instructions), the bytes past the
      // word masked off.
      std::memcpy(&low, surface, 8);
      std::memcpy(&high, surface + 8, 8);
      if (size < 8) low &= (std::uint64_t{1} << (8 * size)) - 1;
      high = size <= 8    ? 0
             : size == 16 ? high
                          : high & ((std::uint64_t{1} << (8 * (size - 8))) - 1);
    } else {
      std::memcpy(&low, surface, std::min<std::size_t>(size, 8));
      if (size > 8) std::memcpy(&high, surface + 8, size - 8);
    }
    const auto fold_multiply = [](std::uint64_t a, std::uint64_t b) {
      __extension__ using Wide = unsigned __int128;  // GCC and Clang: one mul instruction
      const Wide product = static_cast<Wide>(a) * b;
      return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
    };
    const std::uint64_t mixed =
        fold_multiply(low ^ 0xA0761D6478BD642Full, high ^ 0xE7037ED1A0B428DBull);
    return fold_multiply(mixed ^ 0x8EBC6AF09C88C6E3ull, size ^ 0x589965CC75374CC3ull);
  }

  // The surface of a word hyphenated at a line end, as one word: the halves
  // joined, or around one hyphen when the text writes the compound elsewhere.
  std::string hyphenated_surface;

  TermInfo Lookup(std::string_view surface, std::uint64_t surface_hash) {
    if (std::optional<TermInfo> cached = cache.Find(surface_hash)) return *cached;
    const std::string_view folded = normalizer.Fold(surface);
    const bool stopword = IsStopword(options.language, folded);
    const TermInfo info{HashTerm(normalizer.Stem(folded)), stopword};
    cache.Insert(surface_hash, info);
    return info;
  }
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Result<Analyzer> Analyzer::Create(const AnalyzerOptions& requested) {
  Result<std::string> language = CanonicalLanguage(requested.language);
  if (!language.ok()) return language.status();
  AnalyzerOptions options = requested;
  options.language = *language;
  Result<SentenceSplitter> sentences = SentenceSplitter::Create({.language = options.language});
  if (!sentences.ok()) return sentences.status();
  Result<WordBreaker> words = WordBreaker::Create(options.language);
  if (!words.ok()) return words.status();
  Result<Normalizer> normalizer = Normalizer::Create(options.language, options.stem);
  if (!normalizer.ok()) return normalizer.status();
  return Analyzer(std::unique_ptr<Impl>(new Impl{options,
                                                 std::move(sentences).value(),
                                                 std::move(words).value(),
                                                 std::move(normalizer).value(),
                                                 {},
                                                 {},
                                                 {},
                                                 {}}));
}

Analysis Analyzer::Analyze(std::string_view text) {
  Analysis analysis;
  Analyze(text, analysis);
  return analysis;
}

void Analyzer::Analyze(std::string_view text, Analysis& analysis) {
  Impl& impl = *impl_;
  analysis.sentences = impl.sentences.Split(text);
  analysis.tokens.clear();
  analysis.sentence_token_begin.assign(1, 0);
  impl.word_buffer.clear();
  impl.words.Break(text, impl.word_buffer);
  analysis.tokens.reserve(impl.word_buffer.size());

  // Both lists are in text order, so one merge assigns each word to its
  // sentence. ICU keeps "said.The" as one word where the splitter has cut a
  // glued sentence boundary; such a word is cut at the boundary too.
  std::size_t sentence = 0;
  const std::size_t sentence_count = analysis.sentences.size();
  auto next_sentence = [&] {
    analysis.sentence_token_begin.push_back(static_cast<std::uint32_t>(analysis.tokens.size()));
    ++sentence;
  };
  // Every word's surface hash first, so that the loop below can prefetch
  // the cache slot of the word a few places ahead of the one it looks up.
  const std::vector<Word>& words = impl.word_buffer;
  impl.surface_hashes.resize(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) {
    impl.surface_hashes[w] = Impl::SurfaceHash(text, words[w].span);
  }
  constexpr std::size_t kPrefetchDistance = 8;
  for (std::size_t w = 0; w < std::min(kPrefetchDistance, words.size()); ++w) {
    impl.cache.Prefetch(impl.surface_hashes[w]);
  }
  // `surface` is the word as read: text[span], or a hyphenated word joined.
  auto emit = [&](ByteSpan span, WordKind kind, std::string_view surface,
                  std::uint64_t surface_hash) {
    const TermInfo info = impl.Lookup(surface, surface_hash);
    std::uint8_t flags = info.stopword ? Token::kStopword : 0;
    if (kind == WordKind::kNumber) flags |= Token::kNumber;
    if (kind == WordKind::kIdeographic) flags |= Token::kIdeographic;
    analysis.tokens.push_back({span, info.term, static_cast<std::uint32_t>(sentence), flags});
  };
  // A word cut at a sentence boundary is a different surface: hashed anew.
  auto emit_part = [&](ByteSpan span, WordKind kind) {
    emit(span, kind, span.In(text), Impl::SurfaceHash(text, span));
  };
  // A PDF copy's page numbers are not words of the text (page_breaks.h).
  const std::vector<PageBreak> page_breaks = FindPageBreaks(text);
  std::size_t page = 0;
  // A word hyphenated at a line end is one word, as a reader reads it: its
  // shingles then match the text it was copied from.
  const std::vector<LineEndHyphen> hyphens = FindAnalyzedLineEndHyphens(text, page_breaks);
  std::size_t hyphen = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w + kPrefetchDistance < words.size()) {
      impl.cache.Prefetch(impl.surface_hashes[w + kPrefetchDistance]);
    }
    const Word& word = words[w];
    ByteSpan span = word.span;
    if (page < page_breaks.size()) {
      while (page < page_breaks.size() && page_breaks[page].end <= span.begin) ++page;
      if (page < page_breaks.size() && span.begin >= page_breaks[page].begin) continue;
    }
    while (sentence < sentence_count && analysis.sentences[sentence].end <= span.begin) {
      next_sentence();
    }
    if (sentence == sentence_count) break;
    if (hyphen < hyphens.size()) {
      while (hyphen < hyphens.size() && hyphens[hyphen].hyphen < span.end) ++hyphen;
      // This word ends at the hyphen, a later one starts the continuation
      // (past a page break's furniture, if any), and both lie in one sentence.
      if (hyphen < hyphens.size() && hyphens[hyphen].hyphen == span.end) {
        std::size_t next = w + 1;
        while (next < words.size() && words[next].span.begin < hyphens[hyphen].continuation) {
          ++next;
        }
        if (next < words.size() && words[next].span.begin == hyphens[hyphen].continuation &&
            words[next].span.end <= analysis.sentences[sentence].end) {
          const ByteSpan tail = words[next].span;
          std::string& surface = impl.hyphenated_surface;
          surface.assign(span.In(text));
          if (!hyphens[hyphen].join) surface.push_back('-');
          surface.append(tail.In(text));
          emit({span.begin, tail.end}, word.kind, surface,
               Impl::SurfaceHash(surface, {0, static_cast<std::uint32_t>(surface.size())}));
          ++hyphen;
          w = next;
          continue;
        }
      }
    }
    // A word can also run past its sentence's end into characters the
    // splitter trims as space (a trailing U+FEFF joins a word in ICU's rules).
    while (span.end > analysis.sentences[sentence].end) {
      ByteSpan head{span.begin, analysis.sentences[sentence].end};
      while (head.end > head.begin && !IsWordByte(text[head.end - 1])) --head.end;
      if (!head.empty()) emit_part(head, word.kind);
      if (sentence + 1 == sentence_count) {
        span.end = span.begin;  // nothing of it is left inside a sentence
        break;
      }
      span.begin = std::max(span.begin, analysis.sentences[sentence + 1].begin);
      next_sentence();
    }
    if (span == word.span) {
      emit(span, word.kind, span.In(text), impl.surface_hashes[w]);
    } else if (span.begin < span.end) {
      emit_part(span, word.kind);
    }
  }
  while (analysis.sentence_token_begin.size() < sentence_count + 1) {
    analysis.sentence_token_begin.push_back(static_cast<std::uint32_t>(analysis.tokens.size()));
  }
  // Half the size of the tokens: a huge text's must not stay alive through
  // the caller's stages that follow.
  ClearScratch(impl.word_buffer);
  ClearScratch(impl.surface_hashes);
}

std::string Analyzer::Normalize(std::string_view word) {
  const std::string folded(impl_->normalizer.Fold(word));
  return std::string(impl_->normalizer.Stem(folded));
}

const AnalyzerOptions& Analyzer::options() const { return impl_->options; }

}  // namespace precis::text
