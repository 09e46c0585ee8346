#include "compare/compare_html.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "precis/text/decode.h"
#include "precis/version.h"

namespace precis::cli {
namespace {

// Highlight colours cycle through this many classes (.h0 ... .h7).
constexpr std::size_t kColours = 8;
// Bytes of a passage quoted in the passage list before it is cut.
constexpr std::size_t kExcerptBytes = 240;

// The page's style: reading width, two scrolling columns on screen, both
// columns in full on A4 paper. Highlight colours are opaque, so a passage
// has exactly the same colour in both columns whatever shading lies below.
constexpr std::string_view kStyle = R"css(
:root{--ink:#1f2328;--muted:#59636e;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0;padding:20px 28px;color:var(--ink);background:#fff;font:16px/1.55 Georgia,"Noto Serif","DejaVu Serif",serif}
h1,h2,.scores,.legend,table,footer,.note{font-family:system-ui,"Noto Sans","DejaVu Sans",Arial,sans-serif}
h1{font-size:1.3rem;margin:0 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1rem;margin:1rem 0 .4rem;overflow-wrap:anywhere}
.pair{margin:0 0 2.5rem}
.pair+.pair{border-top:3px solid var(--line);padding-top:1.2rem}
.lbl{display:inline-block;min-width:1.4em;padding:0 .3em;border-radius:4px;background:#1f2328;color:#fff;text-align:center;font-size:.85em}
.vs{color:var(--muted);font-weight:normal}
.scores p{margin:.15rem 0}
.headline{font-size:1.25rem}
.headline b{font-size:1.5rem}
.meter{display:inline-block;vertical-align:middle;width:12rem;height:.7rem;margin-inline-start:.6rem;background:#eaeef2;border-radius:4px;overflow:hidden}
.meter span{display:block;height:100%;background:#cf222e}
.detail,.legend,.note{color:var(--muted);font-size:.9rem}
.legend span{display:inline-block;padding:0 .4em;margin-inline-end:.3em;border-radius:3px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;margin-top:.8rem}
.text{position:relative;height:78vh;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:10px 16px;overflow-wrap:anywhere}
.text p{margin:0 0 .8em}
.s1{background:rgba(110,119,129,.08)}.s2{background:rgba(110,119,129,.15)}.s3{background:rgba(110,119,129,.23)}.s4{background:rgba(110,119,129,.31)}.s5{background:rgba(110,119,129,.40)}
a.m{color:inherit;text-decoration:none;border-bottom:2px solid rgba(0,0,0,.25);-webkit-box-decoration-break:clone;box-decoration-break:clone}
a.m.x{border-bottom:3px double #24292f}
.h0{background:#fff06c}.h1{background:#a9e4ff}.h2{background:#c8ff9a}.h3{background:#f9c0d3}
.h4{background:#d9c4ff}.h5{background:#ffc27a}.h6{background:#99f5de}.h7{background:#d5c9c5}
.on{outline:2px solid #cf222e;outline-offset:1px}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin-top:.4rem}
th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:start;vertical-align:top}
td.q{font-family:Georgia,"Noto Serif","DejaVu Serif",serif;overflow-wrap:anywhere}
td.n{white-space:nowrap;font-variant-numeric:tabular-nums}
.sw{display:inline-block;min-width:1.8em;text-align:center;border-radius:3px;color:inherit}
.err{color:#cf222e}
footer{color:var(--muted);font-size:.8rem;margin-top:1rem}
@media screen and (max-width:800px){.cols{grid-template-columns:minmax(0,1fr)}.text{height:60vh}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{padding:0;font-size:9.5pt;line-height:1.4}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.text{height:auto;overflow:visible;border:0;padding:0}
.cols{gap:6mm}
.pair+.pair{break-before:page;border-top:0;padding-top:0}
tr{break-inside:avoid}
.on{outline:0}
}
)css";

// Click a highlight or a list entry: scroll its partner into view inside its
// column (plain #anchors do the same without script, e.g. in a mail reader)
// and outline the passage in both columns.
constexpr std::string_view kScript = R"js(
document.addEventListener('click', function (e) {
  var a = e.target.closest ? e.target.closest('a[data-k]') : null, t = a && document.getElementById(a.hash.slice(1));
  if (!t) return;
  e.preventDefault();
  var c = t.closest('.text');
  if (c) { c.scrollTop = t.offsetTop - c.clientHeight / 3; c.scrollIntoView({block: 'nearest'}); } else t.scrollIntoView();
  document.querySelectorAll('.on').forEach(function (x) { x.classList.remove('on'); });
  document.querySelectorAll('[data-k="' + a.dataset.k + '"]').forEach(function (x) { x.classList.add('on'); });
});
)js";

// Appends `text` escaped for HTML text and attribute values. Bytes that are not
// valid UTF-8 (possible in file names) and control characters other than tab
// and line breaks become U+FFFD, so the page is always valid UTF-8 HTML.
void AppendEscaped(std::string& out, std::string_view text) {
  while (!text.empty()) {
    std::size_t valid = std::min(text::FindInvalidUtf8(text), text.size());
    for (std::size_t i = 0; i < valid; ++i) {
      const char c = text[i];
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
              c == 0x7F) {
            out += "\xEF\xBF\xBD";
          } else {
            out += c;
          }
      }
    }
    if (valid == text.size()) break;
    out += "\xEF\xBF\xBD";
    text.remove_prefix(valid + 1);
  }
}

std::string Escaped(std::string_view text) {
  std::string out;
  AppendEscaped(out, text);
  return out;
}

// A share as people say it. Rounding never turns a partial overlap into
// "100%" or a trace of one into "0%".
std::string Percent(double share) {
  if (!(share > 0.0)) return "0%";
  if (share >= 1.0) return "100%";
  const long rounded = std::lround(share * 100.0);
  if (rounded <= 0) return "under 1%";
  if (rounded >= 100) return "over 99%";
  return std::to_string(rounded) + "%";
}

// The largest offset <= `offset` that starts a UTF-8 character of `text`, so
// that no highlight boundary splits a character (precis' spans never do;
// this keeps a stray offset from corrupting the page).
std::uint32_t CharBoundary(std::string_view text, std::uint32_t offset) {
  offset = static_cast<std::uint32_t>(std::min<std::size_t>(offset, text.size()));
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  return offset;
}

std::string Range(ByteSpan span) {
  return std::to_string(span.begin) + "-" + std::to_string(span.end);
}

// Every passage field the report shows, in one place: the passage list's
// columns and the highlights' tooltips are both made from this table. A new
// Passage field (say, how many other places in B a passage also matches) is
// one more row here.
struct PassageField {
  std::string_view heading;
  // 'a' or 'b': the cell links to the passage in that text; 0: plain.
  char link;
  std::string (*value)(const overlap::Passage&);
};
constexpr PassageField kPassageFields[] = {
    {"A bytes", 'a', [](const overlap::Passage& p) { return Range(p.a); }},
    {"B bytes", 'b', [](const overlap::Passage& p) { return Range(p.b); }},
    {"shared shingles", 0,
     [](const overlap::Passage& p) { return std::to_string(p.shared_shingles); }},
    {"other places in B", 0,
     [](const overlap::Passage& p) { return std::to_string(p.alternatives); }},
};

std::string Tooltip(const overlap::Passage& passage, std::size_t number) {
  std::string tip = "passage " + std::to_string(number);
  for (const PassageField& field : kPassageFields) {
    tip += " \xC2\xB7 ";  // middle dot
    tip += field.heading;
    tip += ' ';
    tip += field.value(passage);
  }
  return tip;
}

// A range of one text (on character boundaries) and the sentence-coverage
// shade (1..5) it gets.
struct Shade {
  ByteSpan span;
  int level = 0;
  std::string title;
};

// The lines of `text` that hold more than white space: each becomes a
// paragraph (<p dir="auto">), so every paragraph finds its own direction.
std::vector<ByteSpan> Paragraphs(std::string_view text) {
  std::vector<ByteSpan> paragraphs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t last = end;
    while (last > start &&
           (text[last - 1] == '\r' || text[last - 1] == ' ' || text[last - 1] == '\t')) {
      --last;
    }
    std::size_t first = start;
    while (first < last && (text[first] == ' ' || text[first] == '\t')) ++first;
    if (first < last) {
      paragraphs.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last)});
    }
    start = end + 1;
  }
  return paragraphs;
}

// One column's text with its highlights, in O((n + p + s) log) for n bytes,
// p passages and s shades. The text is cut at every paragraph, shade and
// passage boundary; elements nest paragraph > shade > highlight and are
// closed and reopened at each cut, so overlapping passages never produce
// crossing tags. Where passages overlap, the one that started last is shown
// (and linked), marked as overlapping. Every passage gets an empty anchor
// <span id> at its start, the target of the links from the other column.
class ColumnWriter {
 public:
  ColumnWriter(std::string& html, std::string_view text, std::string_view pair_key, char side)
      : html_(html),
        text_(text),
        pair_key_(pair_key),
        side_(side),
        other_(side == 'a' ? 'b' : 'a') {}

  // `spans[i]` is passage i's range in this text; `tooltips[i]` its title.
  void Write(std::span<const ByteSpan> spans, std::span<const std::string> tooltips,
             std::span<const Shade> shades) {
    const std::vector<ByteSpan> paragraphs = Paragraphs(text_);
    std::vector<ByteSpan> passages(spans.begin(), spans.end());
    std::vector<std::uint32_t> cuts;
    cuts.reserve(2 * (paragraphs.size() + passages.size() + shades.size()) + 1);
    for (ByteSpan& span : passages) {
      span.begin = CharBoundary(text_, span.begin);
      span.end = std::max(span.begin, CharBoundary(text_, span.end));
      cuts.push_back(span.begin);
      cuts.push_back(span.end);
    }
    for (const ByteSpan& span : paragraphs) {
      cuts.push_back(span.begin);
      cuts.push_back(span.end);
    }
    for (const Shade& shade : shades) {
      cuts.push_back(shade.span.begin);
      cuts.push_back(shade.span.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    std::vector<std::size_t> by_begin(passages.size());
    for (std::size_t i = 0; i < by_begin.size(); ++i) by_begin[i] = i;
    std::vector<std::size_t> by_end = by_begin;
    std::stable_sort(by_begin.begin(), by_begin.end(), [&](std::size_t x, std::size_t y) {
      return passages[x].begin < passages[y].begin;
    });
    std::stable_sort(by_end.begin(), by_end.end(), [&](std::size_t x, std::size_t y) {
      return passages[x].end < passages[y].end;
    });
    // Active passages ordered by (start, index): the last one is shown.
    std::set<std::pair<std::uint32_t, std::size_t>> active;
    std::size_t next_begin = 0;
    std::size_t next_end = 0;
    std::size_t paragraph = 0;
    std::size_t shade = 0;

    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
      const std::uint32_t from = cuts[c];
      const std::uint32_t to = cuts[c + 1];
      while (next_end < by_end.size() && passages[by_end[next_end]].end <= from) {
        const std::size_t i = by_end[next_end++];
        active.erase({passages[i].begin, i});
      }
      while (next_begin < by_begin.size() && passages[by_begin[next_begin]].begin <= from) {
        const std::size_t i = by_begin[next_begin++];
        pending_anchors_.push_back(i);
        if (passages[i].end > from) active.insert({passages[i].begin, i});
      }
      while (paragraph < paragraphs.size() && paragraphs[paragraph].end <= from) ++paragraph;
      while (shade < shades.size() && shades[shade].span.end <= from) ++shade;
      const bool in_paragraph =
          paragraph < paragraphs.size() && paragraphs[paragraph].begin <= from;
      if (!in_paragraph) {
        CloseParagraph();
        continue;
      }
      const std::optional<std::size_t> want_shade =
          shade < shades.size() && shades[shade].span.begin <= from
              ? std::optional<std::size_t>(shade)
              : std::nullopt;
      const std::optional<std::size_t> want_mark =
          active.empty() ? std::nullopt : std::optional<std::size_t>(active.rbegin()->second);
      const bool overlapping = active.size() > 1;
      if (open_paragraph_ != paragraph) {
        CloseParagraph();
        html_ += "<p dir=\"auto\">";
        open_paragraph_ = paragraph;
      } else if (open_shade_ != want_shade) {
        CloseShade();
      } else if (open_mark_ != want_mark || open_overlapping_ != overlapping) {
        CloseMark();
      }
      if (want_shade && !open_shade_) {
        html_ += "<span class=\"s" + std::to_string(shades[*want_shade].level) + "\" title=\"";
        AppendEscaped(html_, shades[*want_shade].title);
        html_ += "\">";
        open_shade_ = want_shade;
      }
      WriteAnchors();
      if (want_mark && !open_mark_) {
        const std::size_t i = *want_mark;
        const std::string number = std::to_string(i + 1);
        html_ += "<a class=\"m h" + std::to_string(i % kColours) + (overlapping ? " x" : "") +
                 "\" href=\"#" + std::string(pair_key_) + "-" + other_ + number + "\" data-k=\"" +
                 std::string(pair_key_) + "-" + number + "\" title=\"";
        AppendEscaped(html_, tooltips[i]);
        if (overlapping) html_ += " (overlaps another passage)";
        html_ += "\">";
        open_mark_ = want_mark;
        open_overlapping_ = overlapping;
      }
      AppendEscaped(html_, text_.substr(from, to - from));
    }
    CloseParagraph();
    // Passages past the last paragraph (none in practice) still get their
    // anchors, so every link has a target.
    while (next_begin < by_begin.size()) pending_anchors_.push_back(by_begin[next_begin++]);
    WriteAnchors();
  }

 private:
  void CloseMark() {
    if (open_mark_) html_ += "</a>";
    open_mark_.reset();
  }
  void CloseShade() {
    CloseMark();
    if (open_shade_) html_ += "</span>";
    open_shade_.reset();
  }
  void CloseParagraph() {
    CloseShade();
    if (open_paragraph_) html_ += "</p>\n";
    open_paragraph_.reset();
  }
  void WriteAnchors() {
    for (const std::size_t i : pending_anchors_) {
      html_ += "<span class=\"t\" id=\"" + std::string(pair_key_) + "-" + side_ +
               std::to_string(i + 1) + "\"></span>";
    }
    pending_anchors_.clear();
  }

  std::string& html_;
  std::string_view text_;
  std::string_view pair_key_;
  char side_;
  char other_;
  std::optional<std::size_t> open_paragraph_;
  std::optional<std::size_t> open_shade_;
  std::optional<std::size_t> open_mark_;
  bool open_overlapping_ = false;
  std::vector<std::size_t> pending_anchors_;
};

// Up to kExcerptBytes of `text`, cut at a character boundary.
std::string Excerpt(std::string_view text) {
  if (text.size() <= kExcerptBytes) return Escaped(text);
  const std::uint32_t cut = CharBoundary(text, static_cast<std::uint32_t>(kExcerptBytes));
  return Escaped(text.substr(0, cut)) + "\xE2\x80\xA6";  // ellipsis
}

void AppendIds(std::string& html, std::optional<std::string_view> a_id,
               std::optional<std::string_view> b_id) {
  html += "<h1><span class=\"lbl\">A</span> <bdi>";
  AppendEscaped(html, a_id.value_or("(unreadable id)"));
  html += "</bdi> <span class=\"vs\">compared with</span> <span class=\"lbl\">B</span> <bdi>";
  AppendEscaped(html, b_id.value_or("(unreadable id)"));
  html += "</bdi></h1>\n";
}

}  // namespace

HtmlReport::HtmlReport(std::ostream& out, HtmlOptions options)
    : out_(out), options_(std::move(options)) {}

void HtmlReport::BeginOnce(std::string_view title) {
  if (begun_) return;
  begun_ = true;
  std::string html = "<!DOCTYPE html>\n<html lang=\"";
  AppendEscaped(html, options_.language);
  html +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"precis-compare ";
  html += kVersion;
  html += "\">\n<title>";
  AppendEscaped(html, title);
  html += "</title>\n<style>";
  html += kStyle;
  html += "</style>\n</head>\n<body>\n";
  out_ << html;
}

void HtmlReport::AddPair(const PairRecord& r) {
  const overlap::Comparison& c = *r.comparison;
  BeginOnce(std::string(r.a_id) + " compared with " + std::string(r.b_id));
  ++sections_;
  const std::string key = "p" + std::to_string(sections_);
  std::string html;
  html.reserve(2 * (r.a->text.size() + r.b->text.size()) + 4096);
  html += "<section class=\"pair\" id=\"" + key + "\">\n";
  AppendIds(html, r.a_id, r.b_id);

  html += "<div class=\"scores\">\n<p class=\"headline\"><b>" + Percent(c.scores.containment_a) +
          "</b> of A appears in B<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:";
  char width[32];
  std::snprintf(width, sizeof width, "%.1f%%", 100.0 * c.scores.containment_a);
  html += width;
  html += "\"></span></span></p>\n<p><b>" + Percent(c.scores.containment_b) +
          "</b> of B appears in A.</p>\n<p class=\"detail\">Measured on " +
          Escaped(options_.shingle_description) + ": A has " + std::to_string(c.scores.shingles_a) +
          " distinct, B " + std::to_string(c.scores.shingles_b) + ", and " +
          std::to_string(c.scores.shared) + " are in both (Jaccard similarity " +
          Percent(c.scores.jaccard) + ").";
  if (options_.passages) {
    html += " " + std::to_string(c.passages.size()) +
            (c.passages.size() == 1 ? " passage covers " : " passages cover ") +
            Percent(c.passage_coverage_a) + " of A\xE2\x80\x99s words and " +
            Percent(c.passage_coverage_b) + " of B\xE2\x80\x99s.";
  } else {
    html += " Passages were not computed (--no-passages).";
  }
  html += "</p>\n";
  if (r.estimate) {
    html += "<p class=\"detail\">MinHash estimate (" + std::to_string(r.estimate->permutations) +
            " permutations): Jaccard " + Percent(r.estimate->jaccard) + " \xC2\xB1 " +
            Percent(r.estimate->standard_error) + ", A in B " + Percent(r.estimate->containment_a) +
            ".</p>\n";
  }
  if (c.short_text) {
    html += "<p class=\"note\">A text shorter than the shingle size was compared as a whole.</p>\n";
  }
  html += "</div>\n";

  std::vector<Shade> shades;
  if (options_.coverage) {
    shades.reserve(c.coverage.size());
    for (const overlap::SentenceCoverage& s : c.coverage) {
      if (s.shared == 0 || s.fraction <= 0) continue;
      const int level = s.fraction >= 1.0 ? 5 : 1 + std::min(3, static_cast<int>(s.fraction * 4));
      const std::uint32_t begin = CharBoundary(r.a->text, s.sentence.begin);
      shades.push_back({{begin, std::max(begin, CharBoundary(r.a->text, s.sentence.end))},
                        level,
                        Percent(s.fraction) + " of this sentence is in B"});
    }
  }
  std::string legend;
  if (options_.passages) {
    legend +=
        "<span class=\"h0\">Highlights</span>mark passages found in both texts, in the same "
        "colour in each; click one to see its partner. ";
  }
  if (options_.coverage) {
    legend +=
        "Sentences of A are shaded by how much of each is in B: "
        "<span class=\"s1\">a little</span><span class=\"s3\">half</span>"
        "<span class=\"s5\">all</span>";
  }
  if (!legend.empty()) html += "<p class=\"legend\">" + legend + "</p>\n";

  std::vector<ByteSpan> a_spans;
  std::vector<ByteSpan> b_spans;
  std::vector<std::string> tooltips;
  if (options_.passages) {
    a_spans.reserve(c.passages.size());
    b_spans.reserve(c.passages.size());
    tooltips.reserve(c.passages.size());
    for (std::size_t i = 0; i < c.passages.size(); ++i) {
      a_spans.push_back(c.passages[i].a);
      b_spans.push_back(c.passages[i].b);
      tooltips.push_back(Tooltip(c.passages[i], i + 1));
    }
  }
  html += "<div class=\"cols\">\n";
  for (const char side : {'a', 'b'}) {
    const bool is_a = side == 'a';
    html += std::string("<div class=\"col\">\n<h2><span class=\"lbl\">") + (is_a ? "A" : "B") +
            "</span> <bdi>";
    AppendEscaped(html, is_a ? r.a_id : r.b_id);
    html += "</bdi></h2>\n<div class=\"text\" id=\"" + key + "-" + side + "\" dir=\"auto\">\n";
    ColumnWriter(html, is_a ? r.a->text : r.b->text, key, side)
        .Write(is_a ? a_spans : b_spans, tooltips,
               is_a ? std::span<const Shade>(shades) : std::span<const Shade>());
    html += "</div>\n</div>\n";
  }
  html += "</div>\n";

  if (options_.passages) {
    html += "<h2>Passages (" + std::to_string(c.passages.size()) + ")</h2>\n";
    if (!c.passages.empty()) {
      html +=
          "<p class=\"note\">Byte offsets [start, end) into each text as UTF-8.</p>\n"
          "<table>\n<thead><tr><th>#</th>";
      for (const PassageField& field : kPassageFields) {
        html += "<th>" + Escaped(field.heading) + "</th>";
      }
      html += "<th>text</th></tr></thead>\n<tbody>\n";
      for (std::size_t i = 0; i < c.passages.size(); ++i) {
        const overlap::Passage& p = c.passages[i];
        const std::string number = std::to_string(i + 1);
        const std::string k = key + "-" + number;
        html += "<tr id=\"" + key + "-l" + number + "\"><td class=\"n\"><a class=\"sw h" +
                std::to_string(i % kColours) + "\" href=\"#" + key + "-a" + number +
                "\" data-k=\"" + k + "\">" + number + "</a></td>";
        for (const PassageField& field : kPassageFields) {
          html += "<td class=\"n\">";
          if (field.link != 0) {
            html += std::string("<a href=\"#") + key + "-" + field.link + number + "\" data-k=\"" +
                    k + "\">" + Escaped(field.value(p)) + "</a>";
          } else {
            html += Escaped(field.value(p));
          }
          html += "</td>";
        }
        const std::string_view a_text = p.a.In(r.a->text);
        const std::string_view b_text = p.b.In(r.b->text);
        html += "<td class=\"q\" dir=\"auto\">" + Excerpt(a_text);
        if (a_text != b_text) html += "<br><i>B:</i> <bdi>" + Excerpt(b_text) + "</bdi>";
        html += "</td></tr>\n";
      }
      html += "</tbody>\n</table>\n";
    }
  }
  html += "</section>\n";
  out_ << html;
}

void HtmlReport::AddError(std::optional<std::string_view> a_id,
                          std::optional<std::string_view> b_id, std::string_view message) {
  BeginOnce("precis-compare report");
  ++sections_;
  std::string html = "<section class=\"pair\" id=\"p" + std::to_string(sections_) + "\">\n";
  AppendIds(html, a_id, b_id);
  html += "<p class=\"err\">Could not compare: ";
  AppendEscaped(html, message);
  html += "</p>\n</section>\n";
  out_ << html;
}

void HtmlReport::Finish() {
  BeginOnce("precis-compare report");
  std::string html;
  if (sections_ == 0) {
    html +=
        "<p class=\"note\">No pair to show: none met the --min-containment / --min-jaccard "
        "bounds.</p>\n";
  }
  html += "<footer>Made by precis-compare ";
  html += kVersion;
  html += " \xC2\xB7 " + std::to_string(sections_) + (sections_ == 1 ? " pair" : " pairs") +
          "</footer>\n<script>";
  html += kScript;
  html += "</script>\n</body>\n</html>\n";
  out_ << html;
}

}  // namespace precis::cli
