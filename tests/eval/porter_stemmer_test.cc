#include "precis/eval/porter_stemmer.h"

#include <gtest/gtest.h>

#include <utility>

namespace precis::eval {
namespace {

struct Case {
  const char* word;
  const char* stem;
};

// Examples from Porter's 1980 paper, step by step, run through the whole
// algorithm, plus the two rules of his reference implementation.
TEST(PorterStemmerTest, ClassicWordList) {
  const Case cases[] = {
      // Step 1a.
      {"caresses", "caress"},
      {"ponies", "poni"},
      {"ties", "ti"},
      {"caress", "caress"},
      {"cats", "cat"},
      // Step 1b.
      {"feed", "feed"},
      {"agreed", "agre"},
      {"plastered", "plaster"},
      {"bled", "bled"},
      {"motoring", "motor"},
      {"sing", "sing"},
      {"conflated", "conflat"},
      {"troubled", "troubl"},
      {"sized", "size"},
      {"hopping", "hop"},
      {"tanned", "tan"},
      {"falling", "fall"},
      {"hissing", "hiss"},
      {"fizzed", "fizz"},
      {"failing", "fail"},
      {"filing", "file"},
      // Step 1c.
      {"happy", "happi"},
      {"sky", "sky"},
      // Step 2.
      {"relational", "relat"},
      {"conditional", "condit"},
      {"rational", "ration"},
      {"generalization", "gener"},
      {"oscillators", "oscil"},
      {"digitizer", "digit"},
      {"differentli", "differ"},
      {"vietnamization", "vietnam"},
      {"predication", "predic"},
      {"operator", "oper"},
      {"feudalism", "feudal"},
      {"decisiveness", "decis"},
      {"hopefulness", "hope"},
      {"callousness", "callous"},
      {"formaliti", "formal"},
      {"sensitiviti", "sensit"},
      {"sensibiliti", "sensibl"},
      // Step 3.
      {"triplicate", "triplic"},
      {"formative", "form"},
      {"formalize", "formal"},
      {"electriciti", "electr"},
      {"electrical", "electr"},
      {"hopeful", "hope"},
      {"goodness", "good"},
      // Step 4.
      {"revival", "reviv"},
      {"allowance", "allow"},
      {"inference", "infer"},
      {"airliner", "airlin"},
      {"gyroscopic", "gyroscop"},
      {"adjustable", "adjust"},
      {"defensible", "defens"},
      {"irritant", "irrit"},
      {"replacement", "replac"},
      {"adjustment", "adjust"},
      {"dependent", "depend"},
      {"adoption", "adopt"},
      {"homologous", "homolog"},
      {"communism", "commun"},
      {"activate", "activ"},
      {"angulariti", "angular"},
      {"effective", "effect"},
      {"bowdlerize", "bowdler"},
      // Step 5.
      {"probate", "probat"},
      {"rate", "rate"},
      {"cease", "ceas"},
      {"controll", "control"},
      {"roll", "roll"},
      // The reference implementation's additions: bli -> ble, logi -> log.
      {"possibly", "possibl"},
      {"archaeology", "archaeolog"},
  };
  for (const Case& c : cases) EXPECT_EQ(PorterStem(c.word), c.stem) << c.word;
}

TEST(PorterStemmerTest, Rouge155VariantAgreesOnTheClassicList) {
  const Case cases[] = {
      {"caresses", "caress"},      {"ponies", "poni"},      {"relational", "relat"},
      {"generalization", "gener"}, {"agreed", "agre"},      {"adjustment", "adjust"},
      {"replacement", "replac"},   {"dependent", "depend"}, {"adoption", "adopt"},
      {"revival", "reviv"},        {"effective", "effect"}, {"hopeful", "hope"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PorterStem(c.word, PorterVariant::kRouge155), c.stem) << c.word;
  }
}

TEST(PorterStemmerTest, Rouge155VariantChainsMentAndEntInStep4) {
  // Reference: one step-4 suffix at most.
  EXPECT_EQ(PorterStem("environmental"), "environment");
  EXPECT_EQ(PorterStem("representation"), "represent");
  // ROUGE-1.5.5: "al" then "ment"; "ate" then "ent".
  EXPECT_EQ(PorterStem("environmental", PorterVariant::kRouge155), "environ");
  EXPECT_EQ(PorterStem("representation", PorterVariant::kRouge155), "repres");
  EXPECT_EQ(PorterStem("environment", PorterVariant::kRouge155), "environ");
}

TEST(PorterStemmerTest, ShortWordsUnchanged) {
  EXPECT_EQ(PorterStem(""), "");
  EXPECT_EQ(PorterStem("is"), "is");
  EXPECT_EQ(PorterStem("as"), "as");
}

TEST(PorterStemmerTest, InitialYIsAConsonant) {
  // "y" after a consonant is a vowel ("syzygy"), but at the start it is not:
  // "yelled" keeps its double l (m("yell") = 1).
  EXPECT_EQ(PorterStem("yelled"), "yell");
  EXPECT_EQ(PorterStem("youth"), "youth");
  EXPECT_EQ(PorterStem("crying"), "cry");
}

TEST(PorterStemmerTest, DigitsAreConsonants) {
  EXPECT_EQ(PorterStem("1990s"), "1990");
  EXPECT_EQ(PorterStem("mp3s"), "mp3");
}

}  // namespace
}  // namespace precis::eval
