#include "precis/text/page_furniture.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace precis::text {
namespace {

// Case-folded openings of a page's labels, links and footer lines. Phrases
// of several words, or ending in ':' or ' ', so that a short headline that
// happens to open with the same word ("Publicidad engañosa ...") is not one.
// clang-format off
constexpr auto kFurniturePhrases = std::to_array<std::string_view>({
    // English
    "scroll down for video", "read more", "advertisement", "skip to ", "share this",
    "share on ", "click here", "published:", "updated:", "last updated", "follow us",
    "sign up for", "subscribe to", "related articles", "related stories", "related:",
    "see also:", "watch the video", "video:", "comments (", "more from", "most read",
    "most popular", "you may also like", "recommended for you", "we use cookies",
    "accept all cookies", "cookie policy", "cookie settings", "all rights reserved",
    "\u00A9 ", "copyright \u00A9", "facebook twitter", "tags:", "topics:", "print this",
    "email this", "back to top",
    // German
    "zum inhalt springen", "zum seitenanfang", "zur startseite", "mehr zum thema",
    "lesen sie auch", "lesen sie mehr", "das könnte sie auch interessieren", "artikel teilen",
    "teilen auf ", "folgen sie uns", "newsletter abonnieren", "alle rechte vorbehalten",
    "aktualisiert am ", "veröffentlicht am ", "wir verwenden cookies",
    // French
    "aller au contenu", "retour en haut", "lire aussi", "à lire aussi", "lire la suite",
    "sur le même sujet", "articles similaires", "partager sur ", "partager cet article",
    "suivez-nous", "abonnez-vous", "tous droits réservés", "mis à jour le ", "publié le ",
    "nous utilisons des cookies",
    // Spanish
    "ir al contenido", "volver arriba", "leer más", "lee también", "lea también",
    "te puede interesar", "noticias relacionadas", "compartir en ", "comparte esta noticia",
    "síguenos en", "suscríbete a", "todos los derechos reservados", "actualizado:",
    "publicado:", "utilizamos cookies",
    // Italian
    "vai al contenuto", "torna su", "leggi anche", "articoli correlati", "condividi su ",
    "seguici su", "iscriviti alla newsletter", "tutti i diritti riservati",
    // Portuguese
    "ir para o conteúdo", "voltar ao topo", "leia também", "leia mais", "notícias relacionadas",
    "compartilhe", "siga-nos", "todos os direitos reservados",
    // Russian
    "перейти к содержанию", "читайте также", "новости по теме", "по теме:", "поделиться",
    "подписывайтесь на", "все права защищены", "обновлено:", "опубликовано:",
});
// Labels that are furniture only as a whole line: as the first word of a
// line they may open a headline ("Anzeige gegen den Bürgermeister").
constexpr auto kFurnitureLabels = std::to_array<std::string_view>({
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "реклама",
});
// clang-format on

// What separates the items of a menu. All but '|' also close a quotation
// («подшипник», »so«), join the parts of a word (Catalan "col·legi") or mark
// a list item ("• Libraries close"): between items they stand between blanks.
constexpr std::array<std::string_view, 5> kSeparators = {"|", "\u2022", "\u00B7", "\u203A",
                                                         "\u00BB"};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view TrimBlanks(std::string_view line) {
  while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
  while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
  return line;
}

// Byte offset of the first `separator` in `line`, at or after `from`, that
// stands between two items (see HasNavigationSeparator), or npos.
std::size_t FindSeparator(std::string_view line, std::string_view separator, std::size_t from) {
  for (std::size_t at = line.find(separator, from); at != std::string_view::npos;
       at = line.find(separator, at + 1)) {
    const std::size_t after = at + separator.size();
    const bool items =
        !TrimBlanks(line.substr(0, at)).empty() && !TrimBlanks(line.substr(after)).empty();
    if (items && (separator == "|" || (IsBlank(line[at - 1]) && IsBlank(line[after])))) return at;
  }
  return std::string_view::npos;
}

// The bytes of `line` that open with `folded` (case folded, simple
// folding: "Lire aussi" and "LIRE AUSSI" open with "lire aussi") as a whole
// word ("Torna su" is no opening of "Torna sulla scena"), or 0.
std::size_t FoldedPrefixLength(std::string_view line, std::string_view folded) {
  // A code point folds to one of at most 4 bytes: no longer prefix can
  // match, and the next code point decides the word's end.
  const auto* written = reinterpret_cast<const std::uint8_t*>(line.data());
  const auto* wanted = reinterpret_cast<const std::uint8_t*>(folded.data());
  const auto line_length = static_cast<std::int32_t>(std::min(line.size(), 4 * folded.size() + 4));
  const auto folded_length = static_cast<std::int32_t>(folded.size());
  std::int32_t i = 0;
  std::int32_t j = 0;
  while (j < folded_length) {
    if (i >= line_length) return 0;
    if (written[i] < 0x80) {  // most lines and phrases are ASCII
      if (AsciiLower(line[i]) != folded[j]) return 0;
      ++i;
      ++j;
      continue;
    }
    UChar32 c;
    UChar32 want;
    U8_NEXT(written, i, line_length, c);
    U8_NEXT(wanted, j, folded_length, want);
    if (c < 0 || u_foldCase(c, U_FOLD_CASE_DEFAULT) != want) return 0;
  }
  if (i == line_length || folded_length == 0) return static_cast<std::size_t>(i);
  std::int32_t last_begin = folded_length - 1;
  while (last_begin > 0 && (wanted[last_begin] & 0xC0) == 0x80) --last_begin;
  UChar32 last;
  U8_NEXT(wanted, last_begin, folded_length, last);
  UChar32 next;
  std::int32_t at = i;
  U8_NEXT(written, at, line_length, next);
  return u_isalnum(last) && next >= 0 && u_isalnum(next) ? 0 : static_cast<std::size_t>(i);
}

// The first bytes of the phrases and labels, and every byte that opens a
// multibyte character (whose folding is not known until it is decoded).
constexpr std::array<bool, 256> kOpeningBytes = [] {
  std::array<bool, 256> opening{};
  for (std::size_t byte = 0xC0; byte < 256; ++byte) opening[byte] = true;
  for (std::string_view phrase : kFurniturePhrases)
    opening[static_cast<unsigned char>(phrase[0])] = true;
  for (std::string_view label : kFurnitureLabels)
    opening[static_cast<unsigned char>(label[0])] = true;
  return opening;
}();

enum class LineKind { kText, kFurniture, kLabel };

struct Line {
  ByteSpan span;  // blanks trimmed
  LineKind kind = LineKind::kText;
};

// Whether `line`, whose words are `tokens`, is a menu: items of at most
// kMaxMenuItemWords words between separators, no digits, no end punctuation.
bool IsMenu(std::string_view line, std::uint32_t line_begin, std::span<const Token> tokens) {
  // Cheapest tests first: most lines of an article end with a full stop.
  if (tokens.empty() || EndsWithSentencePunctuation(line) || !HasNavigationSeparator(line) ||
      std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  // Cut the line at every separator; count each item's tokens.
  std::vector<std::uint32_t> cuts;
  for (std::string_view separator : kSeparators) {
    for (std::size_t at = FindSeparator(line, separator, 0); at != std::string_view::npos;
         at = FindSeparator(line, separator, at + 1)) {
      cuts.push_back(line_begin + static_cast<std::uint32_t>(at));
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::size_t item_words = 0;
  std::size_t cut = 0;
  for (const Token& token : tokens) {
    while (cut < cuts.size() && cuts[cut] < token.span.begin) {
      ++cut;
      item_words = 0;
    }
    if (++item_words > kMaxMenuItemWords) return false;
  }
  return true;
}

}  // namespace

bool StartsWithFurniturePhrase(std::string_view line) {
  // Most short lines open with a letter no phrase opens with.
  if (line.empty() || !kOpeningBytes[static_cast<unsigned char>(AsciiLower(line[0]))]) {
    return false;
  }
  const auto opens = [&](std::string_view phrase) { return FoldedPrefixLength(line, phrase) > 0; };
  if (std::any_of(kFurniturePhrases.begin(), kFurniturePhrases.end(), opens)) return true;
  for (std::string_view label : kFurnitureLabels) {
    const std::size_t length = FoldedPrefixLength(line, label);
    if (length > 0 &&
        TrimBlanks(line.substr(length)).find_first_not_of(":.") == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool EndsWithSentencePunctuation(std::string_view line) {
  while (!line.empty()) {
    const char c = line.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      line.remove_suffix(1);
    } else if (line.ends_with("\u00BB")) {
      line.remove_suffix(2);
    } else if (line.ends_with("\u2019") || line.ends_with("\u201D") || line.ends_with("\u300D")) {
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  if (line.empty()) return false;
  const char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || line.ends_with("\u2026") ||
         line.ends_with("\u3002") || line.ends_with("\uFF01") || line.ends_with("\uFF1F");
}

bool HasNavigationSeparator(std::string_view line) {
  return std::any_of(kSeparators.begin(), kSeparators.end(), [&](std::string_view separator) {
    return FindSeparator(line, separator, 0) != std::string_view::npos;
  });
}

std::vector<ByteSpan> FindFurnitureLines(std::string_view text, const Analysis& analysis) {
  // The non-blank lines and their kinds.
  std::vector<Line> lines;
  auto next_token = analysis.tokens.begin();
  bool any_furniture = false;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view line = TrimBlanks(raw);
    if (!line.empty()) {
      const auto line_begin = static_cast<std::uint32_t>(line.data() - text.data());
      const auto line_end = static_cast<std::uint32_t>(line_begin + line.size());
      // Tokens are in text order: the line's are found by two binary searches
      // (a paragraph's hundreds of words need not be stepped over one by one).
      const auto starts_before = [](const Token& t, std::uint32_t offset) {
        return t.span.begin < offset;
      };
      const auto first =
          std::lower_bound(next_token, analysis.tokens.end(), line_begin, starts_before);
      next_token = std::lower_bound(first, analysis.tokens.end(), line_end, starts_before);
      const std::span<const Token> tokens(first, next_token);
      const std::size_t words = tokens.size();
      LineKind kind = LineKind::kText;
      if ((words <= kMaxFurnitureWords && StartsWithFurniturePhrase(line)) ||
          IsMenu(line, line_begin, tokens)) {
        kind = LineKind::kFurniture;
        any_furniture = true;
      } else if (words <= kMaxLabelWords && !EndsWithSentencePunctuation(line)) {
        kind = LineKind::kLabel;
      }
      lines.push_back({{line_begin, line_end}, kind});
    }
    begin = end + 1;
  }
  std::vector<ByteSpan> furniture;
  if (!any_furniture) return furniture;
  // A run of labels next to furniture is furniture: a section name under the menu.
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].kind != LineKind::kLabel) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lines.size() && lines[j].kind == LineKind::kLabel) ++j;
    const bool next_to_furniture = (i > 0 && lines[i - 1].kind == LineKind::kFurniture) ||
                                   (j < lines.size() && lines[j].kind == LineKind::kFurniture);
    if (next_to_furniture) {
      for (std::size_t k = i; k < j; ++k) lines[k].kind = LineKind::kFurniture;
    }
    i = j;
  }
  for (const Line& line : lines) {
    if (line.kind == LineKind::kFurniture) furniture.push_back(line.span);
  }
  return furniture;
}

std::vector<bool> FindFurnitureTokens(std::string_view text, const Analysis& analysis) {
  std::vector<bool> furniture;
  const std::vector<ByteSpan> lines = FindFurnitureLines(text, analysis);
  if (lines.empty()) return furniture;
  furniture.reserve(analysis.tokens.size());
  std::size_t line = 0;
  for (const Token& token : analysis.tokens) {
    while (line < lines.size() && lines[line].end <= token.span.begin) ++line;
    furniture.push_back(line < lines.size() && lines[line].begin <= token.span.begin);
  }
  return furniture;
}

}  // namespace precis::text
