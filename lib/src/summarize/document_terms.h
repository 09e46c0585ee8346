// Per-article term statistics that every scorer shares: dense term indices,
// sparse sentence vectors, document and sentence frequencies, IDF and TF-IDF
// weights. Built once per article in time linear in its tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::tfidf {
class IdfModel;
}  // namespace precis::tfidf

namespace precis::summarize {

// One (term, count) entry of a sentence vector; `term` is a dense index.
struct TermCount {
  std::uint32_t term;
  std::uint32_t count;
};

struct DocumentTerms {
  // Per dense term index.
  std::vector<std::uint64_t> term_id;       // analyzer term id
  std::vector<std::uint32_t> doc_count;     // occurrences in the text
  std::vector<std::uint32_t> sentence_freq;  // sentences containing it
  std::vector<std::uint32_t> first_token;   // index of its first token
  std::vector<double> idf;                  // blended IDF
  std::vector<double> weight;               // keyword weight: (1 + ln tf) * model IDF
  std::vector<bool> in_headline;

  // Per sentence: its distinct content terms are
  // entries[entry_begin[s], entry_begin[s + 1]), sorted by term.
  std::vector<std::uint32_t> entry_begin{0};
  std::vector<TermCount> entries;
  std::vector<std::uint32_t> content_tokens;  // non-stopword tokens
  std::vector<std::uint32_t> word_tokens;     // all tokens (for word budgets)
  std::vector<double> norm;                   // Euclidean norm of the TF-IDF vector

  std::size_t sentence_count() const { return entry_begin.size() - 1; }
  const TermCount* begin(std::size_t s) const { return entries.data() + entry_begin[s]; }
  const TermCount* end(std::size_t s) const { return entries.data() + entry_begin[s + 1]; }
};

// Reusable builder: keeps its hash table and buffers across articles.
class DocumentTermsBuilder {
 public:
  // `idf` may be null (input IDF only). `input_idf` in [0, 1] blends the
  // model's IDF with IDF over the text's own sentences. `headline` is the
  // sentence index of the headline or -1.
  void Build(const text::Analysis& analysis, const tfidf::IdfModel* idf, double input_idf,
             int headline, DocumentTerms& terms);

 private:
  // The dense index of `term`, adding it to `terms` when new.
  std::uint32_t Intern(std::uint64_t term, DocumentTerms& terms);
  // Doubles the table and re-inserts the terms interned so far.
  void Grow(const DocumentTerms& terms);
  // Stores `term` (not yet in the table) with dense index `index`.
  void Place(std::uint64_t term, std::uint32_t index);

  // Open addressing from term id to dense index, sized by distinct terms.
  struct Slot {
    std::uint64_t term;
    std::uint32_t index;  // dense index + 1; 0 = empty
  };
  std::vector<Slot> slots_;
  std::vector<std::size_t> used_slots_;  // to empty the table for the next article
  std::vector<std::uint32_t> sentence_terms_;
};

// Cosine similarity of two sentences' TF-IDF vectors, in [0, 1].
double Cosine(const DocumentTerms& terms, std::size_t a, std::size_t b);

}  // namespace precis::summarize
