// Stopword lists for the languages precis analyzes.
//
// The lists below were written by hand for this project: they hold the common function words
// (articles, pronouns, prepositions, conjunctions, auxiliary verbs and a few frequent adverbs)
// of each language, in NFKC case-folded form with U+0027 as the apostrophe. English contractions
// are single entries because the word breaker keeps "don't" as one token.
//
// Each list is sorted by byte value (which, for UTF-8, is code point order) and free of
// duplicates; static_asserts below enforce this so lookups can use binary search.

#include "text/stopwords.h"

#include <algorithm>
#include <functional>
#include <span>
#include <string_view>

namespace precis::text {
namespace {

// English.
constexpr std::string_view kEnglish[] = {
    "a",        "about",    "after",     "again",      "against",    "all",     "also",
    "am",       "an",       "and",       "any",        "are",        "aren't",  "as",
    "at",       "be",       "because",   "been",       "before",     "being",   "between",
    "both",     "but",      "by",        "can",        "can't",      "cannot",  "could",
    "couldn't", "did",      "didn't",    "do",         "does",       "doesn't", "doing",
    "don't",    "down",     "during",    "each",       "every",      "few",     "for",
    "from",     "had",      "hadn't",    "has",        "hasn't",     "have",    "haven't",
    "having",   "he",       "he'd",      "he'll",      "he's",       "her",     "here",
    "here's",   "hers",     "herself",   "him",        "himself",    "his",     "how",
    "i",        "i'd",      "i'll",      "i'm",        "i've",       "if",      "in",
    "into",     "is",       "isn't",     "it",         "it's",       "its",     "itself",
    "just",     "let's",    "may",       "me",         "might",      "more",    "most",
    "much",     "must",     "my",        "myself",     "no",         "nor",     "not",
    "now",      "of",       "off",       "on",         "only",       "or",      "other",
    "our",      "ours",     "ourselves", "out",        "over",       "own",     "same",
    "shall",    "she",      "she'd",     "she'll",     "she's",      "should",  "shouldn't",
    "so",       "some",     "such",      "than",       "that",       "that's",  "the",
    "their",    "theirs",   "them",      "themselves", "then",       "there",   "there's",
    "these",    "they",     "they'd",    "they'll",    "they're",    "they've", "this",
    "those",    "though",   "through",   "to",         "too",        "under",   "until",
    "up",       "us",       "very",      "was",        "wasn't",     "we",      "we'd",
    "we'll",    "we're",    "we've",     "were",       "weren't",    "what",    "what's",
    "when",     "where",    "where's",   "whether",    "which",      "while",   "who",
    "who's",    "whom",     "whose",     "why",        "will",       "with",    "won't",
    "would",    "wouldn't", "yet",       "you",        "you'd",      "you'll",  "you're",
    "you've",   "your",     "yours",     "yourself",   "yourselves",
};

// German.
constexpr std::string_view kGerman[] = {
    "aber",   "alle",     "allem",  "allen",  "aller",  "alles",  "als",    "am",     "an",
    "auch",   "auf",      "aus",    "bei",    "beim",   "bin",    "bis",    "da",     "damit",
    "dann",   "das",      "dass",   "dem",    "den",    "denn",   "der",    "des",    "die",
    "dies",   "diese",    "diesem", "diesen", "dieser", "dieses", "doch",   "dort",   "du",
    "durch",  "ein",      "eine",   "einem",  "einen",  "einer",  "eines",  "er",     "es",
    "für",    "gegen",    "habe",   "haben",  "hat",    "hatte",  "hatten", "hier",   "ich",
    "ihm",    "ihn",      "ihnen",  "ihr",    "ihre",   "ihrem",  "ihren",  "ihrer",  "im",
    "in",     "ist",      "kann",   "kein",   "keine",  "können", "man",    "mich",   "mir",
    "mit",    "muss",     "nach",   "nicht",  "noch",   "nun",    "nur",    "ob",     "oder",
    "ohne",   "schon",    "sehr",   "sein",   "seine",  "seinem", "seinen", "seiner", "sich",
    "sie",    "sind",     "so",     "soll",   "um",     "und",    "uns",    "unser",  "unter",
    "vom",    "von",      "vor",    "war",    "waren",  "was",    "weil",   "wenn",   "wer",
    "werden", "wie",      "wir",    "wird",   "wo",     "wurde",  "wurden", "zu",     "zum",
    "zur",    "zwischen", "über",
};

// French.
constexpr std::string_view kFrench[] = {
    "a",     "afin",    "ainsi", "alors", "après", "au",     "aucun", "aussi",  "autre",  "aux",
    "avait", "avant",   "avec",  "avoir", "c'est", "ce",     "ceci",  "cela",   "celle",  "celui",
    "ces",   "cet",     "cette", "chez",  "comme", "contre", "dans",  "de",     "depuis", "des",
    "donc",  "dont",    "du",    "déjà",  "elle",  "elles",  "en",    "encore", "entre",  "est",
    "et",    "eux",     "fait",  "il",    "ils",   "je",     "la",    "le",     "les",    "leur",
    "leurs", "lui",     "ma",    "mais",  "me",    "mes",    "moi",   "mon",    "même",   "ne",
    "ni",    "nos",     "notre", "nous",  "on",    "ont",    "ou",    "où",     "par",    "parce",
    "pas",   "pendant", "peu",   "plus",  "pour",  "quand",  "que",   "quel",   "quelle", "qui",
    "sa",    "sans",    "se",    "selon", "sera",  "ses",    "si",    "son",    "sont",   "sous",
    "sur",   "ta",      "te",    "tes",   "toi",   "ton",    "tous",  "tout",   "toute",  "toutes",
    "très",  "tu",      "un",    "une",   "vers",  "vos",    "votre", "vous",   "y",      "à",
    "ça",    "été",     "être",
};

// Spanish.
constexpr std::string_view kSpanish[] = {
    "a",      "al",    "algo",    "algunos", "ante",     "antes", "aquí",   "así",   "aunque",
    "bajo",   "cada",  "como",    "con",     "contra",   "cual",  "cuando", "cómo",  "de",
    "del",    "desde", "donde",   "durante", "dónde",    "e",     "el",     "ella",  "ellas",
    "ellos",  "en",    "entre",   "era",     "es",       "esa",   "ese",    "eso",   "esta",
    "estaba", "estas", "este",    "esto",    "estos",    "está",  "están",  "fue",   "fueron",
    "ha",     "había", "hacia",   "han",     "hasta",    "hay",   "la",     "las",   "le",
    "les",    "lo",    "los",     "me",      "mi",       "mis",   "mucho",  "muy",   "más",
    "nada",   "ni",    "no",      "nos",     "nosotros", "o",     "otra",   "otro",  "otros",
    "para",   "pero",  "poco",    "por",     "porque",   "que",   "quien",  "qué",   "se",
    "sea",    "según", "ser",     "si",      "sin",      "sino",  "sobre",  "son",   "su",
    "sus",    "sí",    "también", "tan",     "te",       "tiene", "todo",   "todos", "tu",
    "tú",     "u",     "un",      "una",     "uno",      "unos",  "y",      "ya",    "yo",
    "él",
};

// Italian.
constexpr std::string_view kItalian[] = {
    "a",      "ad",     "agli",   "ai",     "al",     "alla",  "alle",   "allo",    "anche",
    "ancora", "che",    "chi",    "ci",     "come",   "con",   "contro", "cui",     "da",
    "dai",    "dal",    "dalla",  "dalle",  "degli",  "dei",   "del",    "della",   "delle",
    "dello",  "di",     "dopo",   "dove",   "e",      "ed",    "era",    "essere",  "fra",
    "già",    "gli",    "ha",     "hanno",  "ho",     "i",     "il",     "in",      "io",
    "la",     "le",     "lei",    "lo",     "loro",   "lui",   "ma",     "mentre",  "mi",
    "mio",    "molto",  "ne",     "negli",  "nei",    "nel",   "nella",  "nelle",   "noi",
    "non",    "o",      "ogni",   "per",    "perché", "più",   "poi",    "proprio", "quale",
    "quando", "quella", "quello", "questa", "questo", "se",    "sempre", "senza",   "si",
    "sia",    "siamo",  "sono",   "stata",  "stato",  "su",    "sua",    "sue",     "sul",
    "sulla",  "suo",    "suoi",   "tra",    "tu",     "tutti", "tutto",  "un",      "una",
    "uno",    "voi",    "è",
};

// Portuguese.
constexpr std::string_view kPortuguese[] = {
    "a",    "ainda", "ao",     "aos",   "aquela", "aquele", "as",    "até",    "com",    "como",
    "da",   "das",   "de",     "dela",  "dele",   "depois", "do",    "dos",    "e",      "ela",
    "elas", "ele",   "eles",   "em",    "entre",  "era",    "essa",  "esse",   "esta",   "estava",
    "este", "estão", "eu",     "foi",   "foram",  "há",     "isso",  "isto",   "já",     "lhe",
    "lhes", "mais",  "mas",    "me",    "mesmo",  "meu",    "minha", "muito",  "na",     "nas",
    "nem",  "no",    "nos",    "num",   "numa",   "não",    "nós",   "o",      "onde",   "os",
    "ou",   "para",  "pela",   "pelas", "pelo",   "pelos",  "por",   "porque", "quando", "que",
    "quem", "se",    "sem",    "ser",   "seu",    "seus",   "sido",  "sobre",  "sua",    "suas",
    "são",  "só",    "também", "te",    "tem",    "ter",    "tu",    "têm",    "um",     "uma",
    "você", "vocês", "à",      "às",    "é",
};

// Dutch.
constexpr std::string_view kDutch[] = {
    "aan",    "al",    "alle",  "als", "bij",    "daar",  "dan",  "dat",   "de",     "deze",
    "die",    "dit",   "door",  "dus", "een",    "en",    "er",   "haar",  "had",    "heb",
    "hebben", "heeft", "hem",   "het", "hier",   "hij",   "hoe",  "hun",   "ik",     "in",
    "is",     "ja",    "je",    "jij", "kan",    "kon",   "maar", "me",    "meer",   "men",
    "met",    "mij",   "mijn",  "na",  "naar",   "nadat", "niet", "niets", "nog",    "nu",
    "of",     "om",    "omdat", "ons", "onze",   "ook",   "op",   "over",  "sinds",  "te",
    "tegen",  "toch",  "toen",  "tot", "tussen", "u",     "uit",  "van",   "veel",   "voor",
    "waar",   "want",  "waren", "was", "wat",    "we",    "wel",  "werd",  "wie",    "wij",
    "worden", "wordt", "zal",   "ze",  "zich",   "zij",   "zijn", "zo",    "zonder", "zou",
};

// Russian.
constexpr std::string_view kRussian[] = {
    "а",     "без",   "более", "бы",    "был", "была",  "были", "было",  "быть",   "в",
    "вам",   "вас",   "весь",  "во",    "вот", "все",   "всех", "всё",   "вы",     "где",
    "да",    "даже",  "для",   "до",    "его", "ее",    "ей",   "ему",   "если",   "есть",
    "еще",   "ещё",   "её",    "же",    "за",  "здесь", "и",    "из",    "или",    "им",
    "их",    "к",     "как",   "когда", "кто", "ли",    "либо", "между", "меня",   "мне",
    "может", "мы",    "на",    "над",   "нам", "нас",   "не",   "него",  "нее",    "нет",
    "неё",   "ни",    "них",   "но",    "ну",  "о",     "об",   "он",    "она",    "они",
    "оно",   "от",    "очень", "по",    "под", "после", "при",  "про",   "с",      "со",
    "так",   "также", "там",   "тем",   "то",  "тогда", "того", "тоже",  "только", "том",
    "тот",   "ты",    "у",     "уже",   "чем", "через", "что",  "чтобы", "эти",    "это",
    "этого", "этой",  "этом",  "этот",  "я",
};

// Swedish.
constexpr std::string_view kSwedish[] = {
    "alla",  "allt",  "att",    "av",     "bara",   "blev",  "bli",   "de",     "dem",   "den",
    "denna", "deras", "dess",   "det",    "detta",  "dig",   "din",   "ditt",   "du",    "där",
    "efter", "ej",    "eller",  "en",     "er",     "era",   "ett",   "från",   "för",   "ha",
    "hade",  "han",   "hans",   "har",    "hennes", "hon",   "honom", "hur",    "här",   "i",
    "in",    "inte",  "jag",    "kan",    "kunde",  "man",   "med",   "mellan", "men",   "mig",
    "min",   "mitt",  "mot",    "mycket", "ni",     "nu",    "när",   "någon",  "något", "några",
    "och",   "också", "om",     "oss",    "på",     "sedan", "sig",   "sin",    "sina",  "sitt",
    "själv", "ska",   "skulle", "som",    "så",     "till",  "under", "upp",    "ut",    "utan",
    "vad",   "var",   "vara",   "varit",  "vi",     "vid",   "vilka", "vilken", "vår",   "våra",
    "än",    "är",    "även",
};

// Japanese: particles, auxiliaries and function words as ICU's dictionary
// segments them.
constexpr std::string_view kJapanese[] = {
    "あっ", "あの", "あり", "ある", "あれ", "いた", "いる", "および", "か", "から", "が", "けど", "ここ", "こと", "この",
    "これ", "さらに", "され", "される", "し", "しかし", "した", "して", "する", "ずつ", "そこ", "そして", "その", "それ", "た",
    "ため", "だ", "だけ", "て", "で", "でした", "です", "でも", "と", "という", "として", "どこ", "な", "ない", "なっ",
    "など", "なり", "なる", "に", "において", "について", "による", "ね", "の", "ので", "のに", "は", "へ", "ほど", "ました",
    "ます", "また", "または", "まで", "も", "もの", "や", "よ", "よう", "より", "られる", "れる", "を",
};

// Chinese (simplified): particles, pronouns, conjunctions and prepositions as
// ICU's dictionary segments them.
constexpr std::string_view kChinese[] = {
    "一个", "不", "与", "个", "为", "之", "之一", "也", "了", "于", "从", "他", "他们", "以", "以及", "但", "但是",
    "你", "你们", "其", "其中", "又", "及", "可以", "向", "吗", "吧", "呢", "和", "啊", "因为", "在", "她", "她们",
    "如果", "它", "它们", "对", "将", "就", "已经", "并", "并且", "很", "我", "我们", "或", "所以", "把", "是", "有",
    "没有", "由", "的", "着", "等", "而", "虽然", "被", "过", "还", "这", "这个", "这些", "那", "那个", "那些", "都",
};

struct LanguageStopwords {
  std::string_view language;
  std::span<const std::string_view> words;
};

constexpr LanguageStopwords kLists[] = {
    {"de", kGerman}, {"en", kEnglish},    {"es", kSpanish}, {"fr", kFrench},  {"it", kItalian},
    {"ja", kJapanese}, {"nl", kDutch},  {"pt", kPortuguese}, {"ru", kRussian}, {"sv", kSwedish},
    {"zh", kChinese},
};

// True when `words` is strictly increasing, i.e. sorted and without duplicates.
constexpr bool IsStrictlySorted(std::span<const std::string_view> words) {
  return std::adjacent_find(words.begin(), words.end(), std::greater_equal<>()) == words.end();
}

constexpr bool AllListsStrictlySorted() {
  for (const LanguageStopwords& list : kLists) {
    if (list.words.empty() || !IsStrictlySorted(list.words)) return false;
  }
  return true;
}

static_assert(AllListsStrictlySorted(), "stopword lists must be sorted and unique");

constexpr const LanguageStopwords* FindList(std::string_view language) {
  for (const LanguageStopwords& list : kLists) {
    if (list.language == language) return &list;
  }
  return nullptr;
}

}  // namespace

bool IsStopword(std::string_view language, std::string_view folded_word) {
  const LanguageStopwords* list = FindList(language);
  if (list == nullptr || folded_word.empty()) return false;
  const auto it = std::lower_bound(list->words.begin(), list->words.end(), folded_word);
  return it != list->words.end() && *it == folded_word;
}

bool HasStopwords(std::string_view language) { return FindList(language) != nullptr; }

}  // namespace precis::text
