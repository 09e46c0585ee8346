// Which sentences may appear in a summary. Scraped news carries lines that no
// reader wants in a summary: bylines and timestamps, "Scroll down for video",
// "Read more: ...", photo captions that lost their line break, pull quotes
// that repeat a sentence, table rows and list markers. They are recognised by
// their shape (SentenceFit below) and kept out of selection; they still count
// for the article's term statistics.
#pragma once

#include <string_view>
#include <vector>

#include "precis/text/analyzer.h"

namespace precis::summarize {

// Why a sentence is unfit for a summary.
enum class SentenceFit {
  kFit,
  // Fewer than kMinSummaryWords words ("Yes.", "2.", a list marker), or a
  // Markdown table row (starts with '|').
  kTooShort,
  // Starts with a boilerplate phrase ("Scroll down for video", "Read more",
  // "Advertisement", "Share this article", "Click here", "Published:", ...),
  // is a byline ("By Jane Smith": at most 6 words, all capitalised after
  // "By"), or is a short timestamp line (at most 16 words holding an hh:mm
  // time and "GMT", "BST", "EST", "EDT", "UTC", "published" or "updated"),
  // or lies wholly in a scraped page's furniture lines (text/page_furniture.h:
  // a footer's menu "Home | Contact us | Privacy", a breadcrumb trail).
  kBoilerplate,
  // A photo caption: it holds a picture note in brackets ("(left)",
  // "(centre)", "(pictured)", "(second right)", "(file photo)": brackets whose
  // words are all position or picture words), or it lacks end punctuation yet another sentence
  // follows on the same line (a caption run into the prose, split off by the sentence splitter's
  // run-on rule).
  kCaption,
  // The same text as an earlier sentence (a pull quote).
  kDuplicate,
  // A line above the headline (headline.h): a scraped page's navigation,
  // section name or advertisement label.
  kTitle,
};

inline constexpr std::size_t kMinSummaryWords = 3;

// The fit of every sentence of `analysis` (a sentence of `text`); `headline`
// is the headline's index or -1 (the headline is judged by the same rules
// except the caption rule). Linear in the text's length.
std::vector<SentenceFit> JudgeSentences(std::string_view text, const text::Analysis& analysis,
                                        int headline);

// Whether `sentence`, of `words` words, is a boilerplate line (kBoilerplate):
// its boilerplate phrases are text::StartsWithFurniturePhrase's.
bool IsBoilerplate(std::string_view sentence, std::size_t words);

}  // namespace precis::summarize
