#include "summarize/document_terms.h"

#include <algorithm>
#include <cmath>

#include "precis/tfidf/idf_model.h"

namespace precis::summarize {

namespace {

// Initial table size. The table is kept across articles and only grows, to the
// distinct terms of the largest article seen (not its tokens: a huge text
// repeats a modest vocabulary).
constexpr std::size_t kInitialSlots = 1024;

}  // namespace

void DocumentTermsBuilder::Place(std::uint64_t term, std::uint32_t index) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = term & mask;
  while (slots_[i].index != 0) i = (i + 1) & mask;
  slots_[i] = Slot{term, index + 1};
  used_slots_.push_back(i);
}

void DocumentTermsBuilder::Grow(const DocumentTerms& terms) {
  slots_.assign(slots_.size() * 2, Slot{0, 0});
  used_slots_.clear();
  for (std::size_t index = 0; index < terms.term_id.size(); ++index) {
    Place(terms.term_id[index], static_cast<std::uint32_t>(index));
  }
}

std::uint32_t DocumentTermsBuilder::Intern(std::uint64_t term, DocumentTerms& terms) {
  // At most half full, so probes stay short; term ids are hashes already, so
  // their low bits index the table.
  if ((terms.term_id.size() + 1) * 2 > slots_.size()) Grow(terms);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = term & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.index == 0) {
      slot.term = term;
      slot.index = static_cast<std::uint32_t>(terms.term_id.size()) + 1;
      used_slots_.push_back(i);
      terms.term_id.push_back(term);
      terms.doc_count.push_back(0);
      terms.sentence_freq.push_back(0);
      terms.first_token.push_back(0);
      return slot.index - 1;
    }
    if (slot.term == term) return slot.index - 1;
  }
}

void DocumentTermsBuilder::Build(const text::Analysis& analysis, const tfidf::IdfModel* idf,
                                 double input_idf, int headline, DocumentTerms& terms) {
  terms.term_id.clear();
  terms.doc_count.clear();
  terms.sentence_freq.clear();
  terms.first_token.clear();
  terms.entry_begin.assign(1, 0);
  terms.entries.clear();
  terms.content_tokens.clear();
  terms.word_tokens.clear();

  if (slots_.empty()) slots_.assign(kInitialSlots, Slot{0, 0});
  for (std::size_t i : used_slots_) slots_[i].index = 0;
  used_slots_.clear();

  const std::size_t sentences = analysis.sentences.size();
  for (std::size_t s = 0; s < sentences; ++s) {
    sentence_terms_.clear();
    std::uint32_t content = 0;
    const std::uint32_t token_begin = analysis.sentence_token_begin[s];
    const std::uint32_t token_end = analysis.sentence_token_begin[s + 1];
    for (std::uint32_t t = token_begin; t < token_end; ++t) {
      const text::Token& token = analysis.tokens[t];
      if (token.stopword()) continue;
      const std::uint32_t index = Intern(token.term, terms);
      if (terms.doc_count[index]++ == 0) terms.first_token[index] = t;
      sentence_terms_.push_back(index);
      ++content;
    }
    std::sort(sentence_terms_.begin(), sentence_terms_.end());
    for (std::size_t i = 0; i < sentence_terms_.size();) {
      std::size_t j = i;
      while (j < sentence_terms_.size() && sentence_terms_[j] == sentence_terms_[i]) ++j;
      terms.entries.push_back({sentence_terms_[i], static_cast<std::uint32_t>(j - i)});
      ++terms.sentence_freq[sentence_terms_[i]];
      i = j;
    }
    terms.entry_begin.push_back(static_cast<std::uint32_t>(terms.entries.size()));
    terms.content_tokens.push_back(content);
    terms.word_tokens.push_back(token_end - token_begin);
  }

  const std::size_t term_count = terms.term_id.size();
  terms.in_headline.assign(term_count, false);
  if (headline >= 0) {
    for (const TermCount* e = terms.begin(static_cast<std::size_t>(headline));
         e != terms.end(static_cast<std::size_t>(headline)); ++e) {
      terms.in_headline[e->term] = true;
    }
  }

  // Model IDF ranges up to ln(1 + N); input IDF (sentences as documents) is
  // rescaled to the same range so that blending mixes like with like.
  const bool have_model = idf != nullptr && idf->document_count() > 0;
  const double blend = have_model ? input_idf : 1.0;
  const double model_max = have_model ? std::log(1.0 + double(idf->document_count())) : 1.0;
  const double input_max = std::log(1.0 + double(sentences));
  terms.idf.resize(term_count);
  terms.weight.resize(term_count);
  for (std::size_t i = 0; i < term_count; ++i) {
    double value = 0;
    if (blend < 1.0) value += (1.0 - blend) * idf->Idf(terms.term_id[i]);
    if (blend > 0.0 && input_max > 0) {
      const double input =
          std::log((1.0 + double(sentences)) / (1.0 + double(terms.sentence_freq[i])));
      value += blend * input / input_max * model_max;
    }
    terms.idf[i] = value;
    // Keywords weigh terms against the corpus model when there is one: within
    // a short text, sentence-level IDF marks the topic word, which recurs in
    // every sentence, as the least informative.
    const double keyword_idf = have_model ? idf->Idf(terms.term_id[i]) : value;
    terms.weight[i] = (1.0 + std::log(double(terms.doc_count[i]))) * keyword_idf;
  }

  terms.norm.resize(sentences);
  for (std::size_t s = 0; s < sentences; ++s) {
    double sum = 0;
    for (const TermCount* e = terms.begin(s); e != terms.end(s); ++e) {
      const double x = double(e->count) * terms.idf[e->term];
      sum += x * x;
    }
    terms.norm[s] = std::sqrt(sum);
  }
}

double Cosine(const DocumentTerms& terms, std::size_t a, std::size_t b) {
  if (terms.norm[a] == 0 || terms.norm[b] == 0) return 0;
  const TermCount* x = terms.begin(a);
  const TermCount* x_end = terms.end(a);
  const TermCount* y = terms.begin(b);
  const TermCount* y_end = terms.end(b);
  double dot = 0;
  while (x != x_end && y != y_end) {
    if (x->term < y->term) {
      ++x;
    } else if (y->term < x->term) {
      ++y;
    } else {
      const double w = terms.idf[x->term];
      dot += double(x->count) * double(y->count) * w * w;
      ++x;
      ++y;
    }
  }
  return std::min(1.0, dot / (terms.norm[a] * terms.norm[b]));
}

}  // namespace precis::summarize
