#include <algorithm>
#include <optional>
#include <unordered_map>

#include "eval/lcs.h"
#include "eval/ngram_overlap.h"
#include "eval/rouge_tokenizer.h"
#include "eval/unicode_tokens.h"
#include "eval/word_lists.h"
#include "precis/eval/porter_stemmer.h"
#include "precis/eval/rouge.h"

namespace precis::eval {
namespace {

constexpr std::uint32_t kDropped = 0xFFFFFFFFu;
constexpr std::uint32_t kSu4MaxSkip = 4;

using Counts = std::array<RougeCounts, kRougeMeasureCount>;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using IdMap = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

// A text as the measures see it. ROUGE-1.5.5 reads each text twice: once as
// one token stream (n-grams, skip-bigrams, the unigram tables that clip
// ROUGE-L hits) and once per sentence (ROUGE-L). The two differ only under its
// byte-limit bug.
struct PreparedText {
  std::vector<std::uint32_t> tokens;
  std::vector<std::uint32_t> lcs_tokens;
  std::vector<std::uint32_t> lcs_sentence_end;  // end offsets into lcs_tokens

  std::span<const std::uint32_t> LcsSentence(std::size_t s) const {
    const std::uint32_t begin = s == 0 ? 0 : lcs_sentence_end[s - 1];
    return std::span(lcs_tokens).subspan(begin, lcs_sentence_end[s] - begin);
  }
};

// Gram lists of one text, sorted once and reused against every reference.
struct Grams {
  std::array<SortedGrams, 4> ngrams;
  std::vector<std::uint64_t> skip_bigrams;
};

bool Wants(RougeMeasureSet set, RougeMeasure measure) {
  return (set & RougeMeasureBit(measure)) != 0;
}

RougeScore ScoreFromCounts(const RougeCounts& counts, double alpha) {
  RougeScore score;
  score.counts = counts;
  if (counts.model > 0) {
    score.recall = static_cast<double>(counts.hit) / static_cast<double>(counts.model);
  }
  if (counts.peer > 0) {
    score.precision = static_cast<double>(counts.hit) / static_cast<double>(counts.peer);
  }
  score.f = FMeasure(score.precision, score.recall, alpha);
  return score;
}

// -f A: sums over the references in [begin, end) except `skip`.
RougeCounts Pool(std::span<const Counts> per_reference, std::size_t measure, std::size_t skip) {
  RougeCounts pooled;
  for (std::size_t r = 0; r < per_reference.size(); ++r) {
    if (r == skip) continue;
    const RougeCounts& counts = per_reference[r][measure];
    pooled.hit += counts.hit;
    pooled.model += counts.model;
    pooled.peer += counts.peer;
  }
  return pooled;
}

}  // namespace

class RougeScorer::Impl {
 public:
  Impl(const RougeOptions& options, std::optional<UnicodeTokens> unicode)
      : options_(options), lists_(RougeWordLists::Get()), unicode_(std::move(unicode)) {}

  const RougeOptions& options() const { return options_; }

  RougeResult Score(std::string_view candidate, std::span<const std::string_view> references) {
    RougeResult result;
    if (references.empty()) return result;
    Prepare(candidate, candidate_);
    MakeGrams(candidate_, candidate_grams_);
    per_reference_.resize(references.size());
    for (std::size_t r = 0; r < references.size(); ++r) {
      Prepare(references[r], reference_);
      MakeGrams(reference_, reference_grams_);
      per_reference_[r] = CountsAgainst(reference_);
    }
    Combine(per_reference_, result);
    return result;
  }

  std::vector<std::string> Tokens(std::string_view text) {
    PreparedText prepared;
    Prepare(text, prepared);
    std::vector<std::string> tokens;
    tokens.reserve(prepared.tokens.size());
    for (const std::uint32_t id : prepared.tokens) tokens.push_back(names_[id]);
    return tokens;
  }

 private:
  // The id of a token's final form (after stop words and stemming), or
  // kDropped. Cached per distinct token: stemming runs once per word type.
  std::uint32_t TokenId(std::string_view token) {
    if (const auto found = token_ids_.find(token); found != token_ids_.end()) {
      return found->second;
    }
    std::uint32_t id = kDropped;
    if (!options_.remove_stopwords || !lists_.IsStopword(token)) {
      std::string form(token);
      // ROUGE-1.5.5 stems only tokens longer than 3 characters, and an
      // exception's base form is final (not Porter-stemmed again).
      if (options_.stem && token.size() > 3) {
        const std::string* base = lists_.Exception(token);
        form = base != nullptr ? *base : PorterStem(token, PorterVariant::kRouge155);
      }
      id = Intern(form);
    }
    token_ids_.emplace(std::string(token), id);
    return id;
  }

  std::uint32_t Intern(const std::string& form) {
    const auto [it, inserted] = form_ids_.emplace(form, static_cast<std::uint32_t>(names_.size()));
    if (inserted) names_.push_back(form);
    return it->second;
  }

  void Tokenize(std::span<const std::string_view> lines, std::vector<std::uint32_t>& tokens,
                std::vector<std::uint32_t>* sentence_end) {
    tokens.clear();
    if (sentence_end != nullptr) sentence_end->clear();
    for (const std::string_view line : lines) {
      if (unicode_) {
        unicode_->Append(line, tokens, names_);
      } else {
        ForEachRougeToken(line, [&](std::string_view token) {
          const std::uint32_t id = TokenId(token);
          if (id != kDropped) tokens.push_back(id);
        });
      }
      if (sentence_end != nullptr) {
        sentence_end->push_back(static_cast<std::uint32_t>(tokens.size()));
      }
    }
  }

  void Prepare(std::string_view text, PreparedText& prepared) {
    LengthLimit kind = LengthLimit::kNone;
    std::uint32_t limit = 0;
    if (options_.word_limit > 0) {
      kind = LengthLimit::kWords;
      limit = options_.word_limit;
    } else if (options_.byte_limit > 0) {
      kind = LengthLimit::kBytes;
      limit = options_.byte_limit;
    }
    ReadLines(text, kind, limit, lines_);
    DropPartialCharacter();
    if (kind == LengthLimit::kBytes && options_.byte_limit_lsum_bug &&
        Wants(options_.measures, RougeMeasure::kRougeLsum)) {
      Tokenize(lines_, prepared.tokens, nullptr);
      ReadLines(text, LengthLimit::kBytesLcsBug, limit, lines_);
      DropPartialCharacter();
      Tokenize(lines_, prepared.lcs_tokens, &prepared.lcs_sentence_end);
    } else {
      Tokenize(lines_, prepared.tokens, &prepared.lcs_sentence_end);
      prepared.lcs_tokens = prepared.tokens;
    }
    if (unigram_counts_.size() < names_.size()) unigram_counts_.resize(names_.size(), 0);
    if (candidate_counts_.size() < names_.size()) candidate_counts_.resize(names_.size(), 0);
  }

  // A byte limit may cut the last line inside a character, which ROUGE-1.5.5
  // (bytes, ASCII tokens) never notices but the analyzer must not see.
  void DropPartialCharacter() {
    if (unicode_ && !lines_.empty()) lines_.back() = DropPartialUtf8Tail(lines_.back());
  }

  void MakeGrams(const PreparedText& text, Grams& grams) {
    for (int n = 1; n <= 4; ++n) {
      if (Wants(options_.measures, static_cast<RougeMeasure>(n - 1))) {
        SortNGrams(text.tokens, n, grams.ngrams[static_cast<std::size_t>(n - 1)]);
      }
    }
    if (Wants(options_.measures, RougeMeasure::kRougeSU4)) {
      SortSkipBigrams(text.tokens, kSu4MaxSkip, true, grams.skip_bigrams);
    }
  }

  Counts CountsAgainst(const PreparedText& reference) {
    Counts counts;
    const RougeMeasureSet wanted = options_.measures;
    for (std::size_t n = 1; n <= 4; ++n) {
      if (!Wants(wanted, static_cast<RougeMeasure>(n - 1))) continue;
      const SortedGrams& peer = candidate_grams_.ngrams[n - 1];
      const SortedGrams& model = reference_grams_.ngrams[n - 1];
      counts[n - 1] = {ClippedHits(peer, model), model.size(), peer.size()};
    }
    if (Wants(wanted, RougeMeasure::kRougeSU4)) {
      counts[static_cast<std::size_t>(RougeMeasure::kRougeSU4)] = {
          ClippedHits<std::uint64_t>(candidate_grams_.skip_bigrams, reference_grams_.skip_bigrams),
          reference_grams_.skip_bigrams.size(), candidate_grams_.skip_bigrams.size()};
    }
    if (Wants(wanted, RougeMeasure::kRougeL)) {
      counts[static_cast<std::size_t>(RougeMeasure::kRougeL)] = {
          LcsLength(reference.tokens, candidate_.tokens, lcs_scratch_), reference.tokens.size(),
          candidate_.tokens.size()};
    }
    if (Wants(wanted, RougeMeasure::kRougeLsum)) {
      counts[static_cast<std::size_t>(RougeMeasure::kRougeLsum)] = UnionLcs(reference);
    }
    return counts;
  }

  // ROUGE-1.5.5's summary-level LCS: per reference sentence, the union of its
  // LCS positions against every candidate sentence; each marked token is a
  // hit only while both texts' unigram counts (the token-stream tables)
  // still hold it.
  RougeCounts UnionLcs(const PreparedText& reference) {
    for (const std::uint32_t id : reference.tokens) ++unigram_counts_[id];
    for (const std::uint32_t id : candidate_.tokens) ++candidate_counts_[id];
    RougeCounts counts;
    counts.model = reference.lcs_tokens.size();
    counts.peer = candidate_.tokens.size();
    const std::size_t candidate_sentences = candidate_.lcs_sentence_end.size();
    for (std::size_t s = 0; s < reference.lcs_sentence_end.size(); ++s) {
      const std::span<const std::uint32_t> sentence = reference.LcsSentence(s);
      mask_.assign(sentence.size(), 0);
      for (std::size_t c = 0; c < candidate_sentences; ++c) {
        MarkLcs(sentence, candidate_.LcsSentence(c), mask_, lcs_scratch_);
      }
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (mask_[i] == 0) continue;
        const std::uint32_t id = sentence[i];
        if (unigram_counts_[id] > 0 && candidate_counts_[id] > 0) {
          ++counts.hit;
          --unigram_counts_[id];
          --candidate_counts_[id];
        }
      }
    }
    for (const std::uint32_t id : reference.tokens) unigram_counts_[id] = 0;
    for (const std::uint32_t id : candidate_.tokens) candidate_counts_[id] = 0;
    return counts;
  }

  void Combine(std::span<const Counts> per_reference, RougeResult& result) const {
    const double alpha = options_.alpha;
    const std::size_t none = per_reference.size();
    for (std::size_t m = 0; m < kRougeMeasureCount; ++m) {
      if (!Wants(options_.measures, static_cast<RougeMeasure>(m))) continue;
      RougeScore& score = result.scores[m];
      switch (options_.multi_reference) {
        case MultiReference::kPool:
          score = ScoreFromCounts(Pool(per_reference, m, none), alpha);
          break;
        case MultiReference::kBest: {
          // ROUGE-1.5.5 compares n-gram and skip-bigram recalls as printed
          // (rounded to 5 decimals), LCS recalls unrounded; the first
          // reference wins a tie.
          const bool rounded = m != static_cast<std::size_t>(RougeMeasure::kRougeL) &&
                               m != static_cast<std::size_t>(RougeMeasure::kRougeLsum);
          double best = -1;
          for (std::size_t r = 0; r < per_reference.size(); ++r) {
            const RougeScore candidate = ScoreFromCounts(per_reference[r][m], alpha);
            const double key =
                rounded ? RoundLikeRouge155(candidate, alpha).recall : candidate.recall;
            if (key > best) {
              best = key;
              score = candidate;
            }
          }
          break;
        }
        case MultiReference::kMax:
          for (std::size_t r = 0; r < per_reference.size(); ++r) {
            const RougeScore candidate = ScoreFromCounts(per_reference[r][m], alpha);
            if (r == 0 || candidate.f > score.f) score = candidate;
          }
          break;
        case MultiReference::kJackknife: {
          score = ScoreFromCounts(Pool(per_reference, m, none), alpha);
          if (per_reference.size() < 2) break;
          double recall = 0;
          double precision = 0;
          double f = 0;
          for (std::size_t held_out = 0; held_out < per_reference.size(); ++held_out) {
            const RougeScore subset = ScoreFromCounts(Pool(per_reference, m, held_out), alpha);
            recall += subset.recall;
            precision += subset.precision;
            f += subset.f;
          }
          const double k = static_cast<double>(per_reference.size());
          score.recall = recall / k;
          score.precision = precision / k;
          score.f = f / k;
          break;
        }
      }
    }
  }

  RougeOptions options_;
  const RougeWordLists& lists_;
  std::optional<UnicodeTokens> unicode_;  // set for RougeTokenizer::kUnicode
  IdMap token_ids_;
  IdMap form_ids_;
  std::vector<std::string> names_;

  // Scratch reused across calls.
  std::vector<std::string_view> lines_;
  PreparedText candidate_;
  PreparedText reference_;
  Grams candidate_grams_;
  Grams reference_grams_;
  std::vector<Counts> per_reference_;
  std::vector<std::int32_t> unigram_counts_;
  std::vector<std::int32_t> candidate_counts_;
  std::vector<std::uint8_t> mask_;
  LcsScratch lcs_scratch_;
};

Result<RougeScorer> RougeScorer::Create(const RougeOptions& options) {
  if (!(options.alpha >= 0 && options.alpha <= 1)) {
    return InvalidArgument("alpha must be in [0, 1]");
  }
  if ((options.measures & kAllRougeMeasures) == 0) {
    return InvalidArgument("no ROUGE measure selected");
  }
  if (options.word_limit > 0 && options.byte_limit > 0) {
    return InvalidArgument("set a word limit or a byte limit, not both");
  }
  std::optional<UnicodeTokens> unicode;
  if (options.tokenizer == RougeTokenizer::kUnicode) {
    Result<UnicodeTokens> created =
        UnicodeTokens::Create(options.language, options.stem, options.remove_stopwords);
    if (!created.ok()) return created.status();
    unicode.emplace(std::move(created).value());
  }
  return RougeScorer(std::make_unique<Impl>(options, std::move(unicode)));
}

RougeScorer::RougeScorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RougeScorer::RougeScorer(RougeScorer&&) noexcept = default;
RougeScorer& RougeScorer::operator=(RougeScorer&&) noexcept = default;
RougeScorer::~RougeScorer() = default;

RougeResult RougeScorer::Score(std::string_view candidate,
                               std::span<const std::string_view> references) {
  return impl_->Score(candidate, references);
}

std::vector<std::string> RougeScorer::Tokens(std::string_view text) { return impl_->Tokens(text); }

const RougeOptions& RougeScorer::options() const { return impl_->options(); }

}  // namespace precis::eval
