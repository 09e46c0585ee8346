#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "compare/compare.h"
#include "compare/compare_html.h"
#include "precis/text/decode.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

AppRun Compare(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunCompare, args, stdin_text);
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = ScratchPath(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string::size_type start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

const std::string kBudgetA = SourcePath("corpus/en-council-budget-a.txt");
const std::string kBudgetB = SourcePath("corpus/en-council-budget-b.txt");
const std::string kBridge = SourcePath("corpus/en-harbour-bridge.txt");

constexpr char kStory[] =
    "The city council voted on Tuesday to close the old library after a long debate. "
    "Campaigners had fought the plan for two years and promised to keep going.";

TEST(CompareCliTest, TextReportsScoresPassagesAndSentences) {
  const AppRun run = Compare({kBudgetA, kBudgetB});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_THAT(run.out,
              StartsWith("A: " + kBudgetA + "\nB: " + kBudgetB + "\ncontainment of A in B "));
  EXPECT_THAT(run.out, HasSubstr("\npassages: "));
  // The libraries paragraph and the leader's quotes, moved apart in B, are
  // one passage (docs/compare.md, Passages, step 4).
  EXPECT_THAT(run.out, HasSubstr("A \"four of the town\u2019s seven branch libraries"));
  EXPECT_THAT(run.out, HasSubstr("Council leader Priya Halloran said"));
  EXPECT_THAT(run.out, HasSubstr("\nsentences of A mostly in B (coverage >= 0.5): "));
}

TEST(CompareCliTest, APdfCopyMatchesItsSourceAndQuotesWithoutPageFurniture) {
  // pdftotext's page breaks with page numbers and a running head: not words
  // (so every shingle of the copy is in the source) and not quoted.
  const std::string pdf = WriteTemp(
      "pdf-copy.txt", std::string(kStory).substr(0, 58) + "\n\nPage 1\n\n\fCity Gazette\n\n" +
                          std::string(kStory).substr(59, 66) + "\n\nPage 2\n\n\fCity Gazette\n\n" +
                          std::string(kStory).substr(126));
  const std::string source = WriteTemp("pdf-source.txt", kStory);
  const AppRun run = Compare({pdf, source});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("containment of A in B 1, "));
  const std::string story(kStory);
  EXPECT_THAT(run.out, HasSubstr("      A \"" + story.substr(0, story.size() - 1) + "\"\n"));
  EXPECT_THAT(run.out, Not(HasSubstr("Gazette")));
}

TEST(CompareCliTest, AHardWrappedHyphenatedCopyMatchesItsSource) {
  // "debate" and "cam-paigners" hyphenated at line ends, as justified PDF
  // text comes out of pdftotext -layout: each word is one word again, so the
  // copy is all in the source, and quoted joined.
  const std::string copy = WriteTemp(
      "wrapped-copy.txt",
      "The city council voted on Tuesday to close the old library after a long de-\n"
      "bate. Cam-\npaigners had fought the plan for two years and promised to keep going.\n");
  const AppRun run = Compare({copy, WriteTemp("wrapped-source.txt", kStory)});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("containment of A in B 1, of B in A 1, jaccard 1, "));
  EXPECT_THAT(run.out, HasSubstr("after a long debate. Campaigners had fought"));
}

TEST(CompareCliTest, ASitesMenuAndFooterAreNoOverlapUnlessKept) {
  // Two unrelated corpus articles scraped from one site: the same menu above
  // them and the same footer below.
  auto scraped = [](const std::string& name, const std::string& article_path) {
    std::ifstream article(article_path, std::ios::binary);
    std::ostringstream page;
    page << "Skip to content\nHome | News | Sport | Business | Weather\nUK\n\nAdvertisement\n\n"
         << article.rdbuf()
         << "\n\nShare this article\nFacebook Twitter Email\n\nRelated stories\n"
            "More from News\n\nWe use cookies to improve your experience.\n"
            "\u00A9 2024 Northshore Wire. All rights reserved.\n";
    return WriteTemp(name, page.str());
  };
  const std::string a = scraped("bridge-page.txt", kBridge);
  const std::string b = scraped("budget-page.txt", kBudgetA);
  const AppRun run = Compare({"--format", "tsv", a, b});
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_THAT(run.out, HasSubstr("\t0\t0\t0\t0\t"));  // containments, Jaccard, shared
  const AppRun kept = Compare({"--keep-furniture", a, b});
  EXPECT_EQ(kept.status, 0) << kept.err;
  EXPECT_THAT(kept.out, HasSubstr("passages: 2\n"));
  EXPECT_THAT(kept.out, HasSubstr("\"Share this article Facebook Twitter Email"));
}

TEST(CompareCliTest, TextShowsScoresWithThreeDecimals) {
  const AppRun run = Compare({kBudgetA, kBudgetB, "--no-passages", "--no-coverage"});
  EXPECT_THAT(run.out, HasSubstr("\ncontainment of A in B 0.520, of B in A 0.472, jaccard 0.329, "
                                 "shared shingles 221 (A 425, B 468)\n"));
}

TEST(CompareCliTest, TextNeverRoundsPartialOverlapToAllOrNothing) {
  // 2,600 distinct words; B lacks the last one, so one of A's 2,596 shingles
  // is missing: containment 0.9996, which must not read as "1".
  std::string a;
  for (int i = 0; i < 2600; ++i) a += "w" + std::to_string(i) + " ";
  const std::string b = a.substr(0, a.size() - std::string("w2599 ").size());
  const AppRun run = Compare({WriteTemp("a.txt", a), WriteTemp("b.txt", b), "--no-passages",
                              "--no-coverage"});
  EXPECT_THAT(run.out, HasSubstr("\ncontainment of A in B >0.999, of B in A 1, jaccard >0.999,"));
  // B is A's first shingle alone: 1 of A's 2,600 shingles, 0.0004.
  const AppRun trace = Compare({WriteTemp("a.txt", a), WriteTemp("five.txt", "w0 w1 w2 w3 w4"),
                                "--no-passages", "--no-coverage"});
  EXPECT_THAT(trace.out, HasSubstr("\ncontainment of A in B <0.001, of B in A 1,"));
}

TEST(CompareCliTest, TsvGoldenForIdenticalAndDisjoint) {
  const std::string a = WriteTemp("a.txt", kStory);
  const std::string empty = WriteTemp("empty.txt", "");
  const AppRun run = Compare({"--format", "tsv", "--header", a, a, kBridge, empty});
  EXPECT_EQ(run.status, 0);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0],
            "a\tb\tcontainment_a\tcontainment_b\tjaccard\tshared\tshingles_a\tshingles_b\tpassages"
            "\tpassage_coverage_a\tpassage_coverage_b");
  // 28 words -> 24 five-word shingles; one passage over all of it.
  EXPECT_EQ(lines[1], a + "\t" + a + "\t1\t1\t1\t24\t24\t24\t1\t1\t1");
  EXPECT_THAT(lines[2], StartsWith(a + "\t" + kBridge + "\t0\t0\t0\t0\t24\t"));
  EXPECT_EQ(lines[3], a + "\t" + empty + "\t0\t0\t0\t0\t24\t0\t0\t0\t0");
}

TEST(CompareCliTest, DashReadsStdin) {
  const std::string a = WriteTemp("story.txt", kStory);
  const AppRun run = Compare({"--format", "tsv", "-", a}, kStory);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "-\t" + a + "\t1\t1\t1\t24\t24\t24\t1\t1\t1\n");
}

TEST(CompareCliTest, QuoteInsideArticleHasFullContainmentButLowJaccard) {
  const std::string quote =
      WriteTemp("quote.txt", "Campaigners had fought the plan for two years and promised");
  const std::string story = WriteTemp("story.txt", kStory);
  const AppRun run = Compare({"--format", "jsonl", "--no-coverage", quote, story});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"containment_a\":1,"));
  EXPECT_THAT(run.out, HasSubstr("\"jaccard\":0.25,"));  // 6 of 24
  EXPECT_THAT(run.out, HasSubstr("\"a_start\":0,\"a_end\":58,\"b_start\":80,\"b_end\":138"));
}

TEST(CompareCliTest, JsonlInputComparesFirstRecordWithTheOthers) {
  const std::string input = std::string("{\"id\":\"q\",\"text\":\"") + kStory +
                            "\"}\n{\"id\":\"same\",\"text\":\"" + kStory +
                            "\"}\n{\"id\":\"other\",\"text\":\"Snow closed the mountain pass.\"}\n";
  const AppRun run = Compare({"--jsonl", "--format", "tsv"}, input);
  EXPECT_EQ(run.status, 0);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], StartsWith("q\tsame\t1\t1\t1\t"));
  EXPECT_THAT(lines[1], StartsWith("q\tother\t0\t0\t0\t"));
  // One record has nothing to be compared with.
  EXPECT_EQ(Compare({"--jsonl"}, "{\"id\":\"q\",\"text\":\"alone\"}\n").status, 1);
}

TEST(CompareCliTest, PairsFileSelectsIdPairsAndReportsUnknownIds) {
  const std::string docs = WriteTemp(
      "docs.jsonl", std::string("{\"id\":\"a\",\"text\":\"") + kStory +
                        "\"}\n{\"id\":\"b\",\"text\":\"" + kStory +
                        "\"}\n{\"id\":\"c\",\"text\":\"Snow closed the mountain pass.\"}\n");
  const std::string pairs = WriteTemp("pairs.tsv", "# id pairs\nb\ta\nc\ta\na\tnobody\n");
  const AppRun run = Compare(
      {"--jsonl", "--pairs", pairs, "--format", "jsonl", "--no-passages", "--no-coverage", docs});
  EXPECT_EQ(run.status, 1);
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[0], StartsWith("{\"a\":\"b\",\"b\":\"a\",\"containment_a\":1,"));
  EXPECT_THAT(lines[1], StartsWith("{\"a\":\"c\",\"b\":\"a\",\"containment_a\":0,"));
  // The error names the pairs file, its line and the line's byte offset.
  const std::string error = pairs + ": line 4 (byte 19): unknown id 'nobody'";
  EXPECT_EQ(lines[2], "{\"a\":\"a\",\"b\":\"nobody\",\"error\":\"" + error + "\"}");
  EXPECT_EQ(run.err, "precis-compare: " + error + "\n");
}

TEST(CompareCliTest, PairsReportEveryBadRecordPairedOrNot) {
  const std::string good = std::string("{\"id\":\"a\",\"text\":\"") + kStory + "\"}\n";
  const std::string bad_json = "{\"id\":\"x\",\"text\":\n";
  const std::string no_text = "{\"id\":\"y\"}\n";
  const std::string docs = WriteTemp(
      "bad-records.jsonl",
      good + bad_json + no_text + std::string("{\"id\":\"b\",\"text\":\"") + kStory + "\"}\n");
  const std::string pairs = WriteTemp("good-pair.tsv", "a\tb\n");
  const AppRun run = Compare({"--jsonl", "--pairs", pairs, "--format", "tsv", docs});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.out, StartsWith("a\tb\t1\t1\t1\t"));
  const std::vector<std::string> errors = Lines(run.err);
  ASSERT_EQ(errors.size(), 2u) << run.err;
  EXPECT_THAT(errors[0], StartsWith("precis-compare: " + docs + ": line 2 (byte " +
                                    std::to_string(good.size()) + "): "));
  EXPECT_THAT(errors[1], StartsWith("precis-compare: " + docs + ": line 3 (byte " +
                                    std::to_string(good.size() + bad_json.size()) + "): "));
  // In grep's contract an error is 2, though the pair met the bound.
  EXPECT_EQ(Compare({"--jsonl", "--pairs", pairs, "--min-containment", "0.5", docs}).status, 2);
  // A paired bad record gets its error record, and its stderr line once.
  const std::string bad_pair = WriteTemp("bad-pair.tsv", "a\ty\n");
  const AppRun paired = Compare({"--jsonl", "--pairs", bad_pair, "--format", "jsonl", docs});
  EXPECT_EQ(paired.status, 1);
  EXPECT_EQ(Lines(paired.err).size(), 2u) << paired.err;
  EXPECT_THAT(paired.out, StartsWith("{\"a\":\"a\",\"b\":\"y\",\"error\":\"" + docs + ": line 3"));
  // --fail-fast stops at the first bad record.
  const AppRun fast =
      Compare({"--jsonl", "--fail-fast", "--pairs", pairs, "--format", "tsv", docs});
  EXPECT_EQ(fast.status, 1);
  EXPECT_EQ(fast.out, "");
  EXPECT_EQ(Lines(fast.err).size(), 1u) << fast.err;
}

TEST(CompareCliTest, PairsFromStdin) {
  const std::string docs =
      WriteTemp("docs2.jsonl", std::string("{\"id\":\"a\",\"text\":\"") + kStory +
                                   "\"}\n{\"id\":\"b\",\"text\":\"" + kStory + "\"}\n");
  const AppRun run = Compare({"--jsonl", "--pairs", "-", "--format", "tsv", docs}, "a\tb\n");
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith("a\tb\t1\t1\t1\t"));
}

TEST(CompareCliTest, PredicatesFollowGrepsContract) {
  const AppRun met = Compare({"--min-containment", "0.5", "--format", "tsv", kBudgetA, kBudgetB});
  EXPECT_EQ(met.status, 0);
  EXPECT_EQ(Lines(met.out).size(), 1u);
  const AppRun not_met = Compare({"--min-jaccard", "0.9", "--format", "tsv", kBudgetA, kBudgetB});
  EXPECT_EQ(not_met.status, 1);
  EXPECT_EQ(not_met.out, "");
  // Only pairs meeting the bound are written; any met -> 0.
  const AppRun some =
      Compare({"--min-containment", "0.3", "--format", "tsv", kBudgetA, kBridge, kBudgetB});
  EXPECT_EQ(some.status, 0);
  EXPECT_THAT(some.out, StartsWith(kBudgetA + "\t" + kBudgetB + "\t"));
  const AppRun error = Compare({"--min-containment", "0.5", kBudgetA, "/nonexistent/b.txt"});
  EXPECT_EQ(error.status, 2);
  EXPECT_THAT(error.err, HasSubstr("/nonexistent/b.txt"));
  EXPECT_EQ(Compare({"--min-containment", "1.5", kBudgetA, kBudgetB}).status, 2);
}

TEST(CompareCliTest, BadInputIsADataErrorWithoutPredicates) {
  const std::string bad = WriteTemp("bad.txt", "caf\xE9 au lait");
  const AppRun run = Compare({"--format", "jsonl", kBudgetA, bad});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(bad + ": "));
  EXPECT_THAT(run.err, HasSubstr("byte 3"));
  EXPECT_THAT(run.out, HasSubstr("\"error\":"));
  // --encoding auto converts it instead.
  EXPECT_EQ(Compare({"--encoding", "auto", "-q", kBudgetA, bad}).status, 0);
}

TEST(CompareCliTest, UsageErrors) {
  EXPECT_EQ(Compare({kBudgetA}).status, 2);
  EXPECT_EQ(Compare({"--format", "xml", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--unit", "syllable", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--pairs", "p.tsv", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"-k", "0", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--estimate", "--perms", "0", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"--no-such-flag", kBudgetA, kBudgetB}).status, 2);
  EXPECT_EQ(Compare({"-", "-"}, "same text twice").status, 2);
  EXPECT_EQ(Compare({"--jsonl", "--pairs", "-"}, "{}").status, 2);
}

TEST(CompareCliTest, HelpAndVersion) {
  const AppRun help = Compare({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_THAT(help.out, HasSubstr("--min-containment"));
  EXPECT_THAT(help.out, HasSubstr("--ignore-common"));
  EXPECT_EQ(Compare({"--version"}).status, 0);
}

TEST(CompareCliTest, EstimateAddsMinHashFigures) {
  const AppRun run = Compare({"--estimate", "--perms", "256", "--format", "jsonl", "--no-passages",
                              "--no-coverage", kBudgetA, kBudgetB});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"estimate\":{\"jaccard\":"));
  EXPECT_THAT(run.out, HasSubstr("\"permutations\":256}"));
}

TEST(CompareCliTest, IgnoreCommonDropsBoilerplate) {
  const std::string signoff = " Reporting by Ann Lee in Leeds; editing by Tom Fox.";
  const std::string a = WriteTemp("wire-a.txt", "Flood water reached the town centre." + signoff);
  const std::string b = WriteTemp("wire-b.txt", "The mayor opened a new bridge today." + signoff);
  const std::string list =
      WriteTemp("boiler.txt", "Reporting by Ann Lee in Leeds; editing by Tom Fox\n");
  const AppRun plain = Compare({"--format", "tsv", a, b});
  EXPECT_THAT(plain.out, HasSubstr("\t6\t"));  // 10 sign-off words -> 6 shared shingles
  const AppRun guarded = Compare({"--format", "tsv", "--ignore-common", list, a, b});
  EXPECT_EQ(guarded.status, 0);
  EXPECT_THAT(guarded.out, StartsWith(a + "\t" + b + "\t0\t0\t0\t0\t"));
  EXPECT_EQ(Compare({"--ignore-common", "/nonexistent/list", a, b}).status, 1);
}

TEST(CompareCliTest, ReorderedParagraphsOfOneRegionAreOnePassage) {
  const std::string p1 = "Flood water reached the town centre before dawn and shops stayed shut.";
  const std::string p2 = "Engineers expect the river to fall slowly over the next three days.";
  const std::string a = WriteTemp("p12.txt", p1 + "\n\n" + p2 + "\n");
  const std::string b = WriteTemp("p21.txt", p2 + "\n\n" + p1 + "\n");
  const AppRun run = Compare({"--format", "tsv", a, b});
  EXPECT_EQ(run.status, 0);
  // 24 words -> 20 shingles, 4 across the paragraph join; one passage.
  EXPECT_EQ(run.out, a + "\t" + b + "\t0.8\t0.8\t0.666667\t16\t20\t20\t1\t1\t1\n");
  const AppRun all = Compare({"--format", "tsv", "--all-alignments", a, b});
  EXPECT_EQ(all.out, a + "\t" + b + "\t0.8\t0.8\t0.666667\t16\t20\t20\t2\t1\t1\n");
}

TEST(CompareCliTest, RepeatedSourceGivesOnePassageWithAlternatives) {
  const std::string quote =
      "the minister said the new rail line would be finished before the end of the decade";
  const std::string a = WriteTemp("quote-a.txt", "In a speech, " + quote + ", to applause.\n");
  const std::string b =
      WriteTemp("quote-b.txt", "Earlier, " + quote + ". Later he repeated that " + quote + ".\n");
  const AppRun run = Compare({"--no-coverage", a, b});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("passages: 1\n"));
  EXPECT_THAT(run.out, HasSubstr(", also matches 1 other place in B\n"));
  const AppRun jsonl = Compare({"--format", "jsonl", "--no-coverage", a, b});
  EXPECT_THAT(jsonl.out, HasSubstr("\"alternatives\":1"));
}

TEST(CompareCliTest, ShortTextsUseTheFallback) {
  const std::string a = WriteTemp("short-a.txt", "Library closes");
  const std::string b = WriteTemp("short-b.txt", "LIBRARY closes!");
  const AppRun run = Compare({"--format", "jsonl", "--no-coverage", a, b});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("\"jaccard\":1,"));
  EXPECT_THAT(run.out, HasSubstr("\"short_text\":true"));
}

TEST(CompareCliTest, CharacterShinglesForChinese) {
  const std::string zh = SourcePath("corpus/zh-weather.txt");
  const AppRun run = Compare({"--unit", "char", "--lang", "zh", "--format", "tsv", zh, zh});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, StartsWith(zh + "\t" + zh + "\t1\t1\t1\t"));
}

// --- --format html -------------------------------------------------------

// The <section> of an HTML report (from "<section" to "</section>\n"), or "".
std::string Section(const std::string& html, std::size_t index = 0) {
  std::string::size_type start = 0;
  for (std::size_t i = 0; i <= index; ++i) {
    start = html.find("<section", i == 0 ? 0 : start + 1);
    if (start == std::string::npos) return "";
  }
  const auto end = html.find("</section>\n", start);
  return end == std::string::npos ? "" : html.substr(start, end + 11 - start);
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

// Empty when every tag outside <style> and <script> is closed in order;
// otherwise what went wrong. The report's text is escaped, so a '<' always
// starts a tag.
std::string TagProblems(const std::string& html) {
  static const std::vector<std::string> kVoid = {"meta", "br", "!DOCTYPE"};
  std::vector<std::string> open;
  std::string::size_type at = 0;
  while ((at = html.find('<', at)) != std::string::npos) {
    const auto end = html.find('>', at);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(at);
    const std::string tag = html.substr(at + 1, end - at - 1);
    at = end + 1;
    if (tag.starts_with('/')) {
      if (open.empty() || open.back() != tag.substr(1)) {
        return "</" + tag.substr(1) + "> closes <" + (open.empty() ? "" : open.back()) + "> at " +
               std::to_string(at);
      }
      open.pop_back();
      continue;
    }
    const std::string name = tag.substr(0, tag.find_first_of(" \n"));
    if (std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end()) continue;
    if (name == "style" || name == "script") {
      at = html.find("</" + name + ">", at);
      if (at == std::string::npos) return "unclosed <" + name + ">";
      at += name.size() + 3;
      continue;
    }
    open.push_back(name);
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

TEST(CompareCliTest, HtmlGoldenForASmallPair) {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"Rain <b>&amp; wind</b> closed the coast road on Monday night.\\n"
      "The council said the road would reopen when the storm passed over the hills.\\n\"}\n"
      "{\"id\":\"b\",\"text\":\"Police said the council said the road would reopen when the storm "
      "passed.\\nRain <b>&amp; wind</b> closed the coast road on Monday.\\n\"}\n";
  // Every alignment, so the two passages cross between the columns.
  const AppRun run = Compare({"--jsonl", "--format", "html", "--all-alignments"}, input);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_THAT(run.out, StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n"));
  EXPECT_THAT(run.out, HasSubstr("<title>a compared with b</title>"));
  EXPECT_THAT(run.out, HasSubstr("@page{size:A4;"));
  EXPECT_THAT(run.out, EndsWith("</script>\n</body>\n</html>\n"));
  // Self-contained: nothing is fetched.
  EXPECT_THAT(run.out, Not(HasSubstr("src=")));
  EXPECT_THAT(run.out, Not(HasSubstr("<link")));
  EXPECT_THAT(run.out, Not(HasSubstr("http")));
  EXPECT_EQ(TagProblems(run.out), "");
  EXPECT_EQ(Section(run.out),
            R"html(<section class="pair" id="p1">
<h1><span class="lbl">A</span> <bdi>a</bdi> <span class="vs">compared with</span> <span class="lbl">B</span> <bdi>b</bdi></h1>
<div class="scores">
<p class="headline"><b>64%</b> of A appears in B<span class="meter" aria-hidden="true"><span style="width:63.6%"></span></span></p>
<p><b>70%</b> of B appears in A.</p>
<p class="detail">Measured on 5-word shingles: A has 22 distinct, B 20, and 14 are in both (Jaccard similarity 50%). 2 passages cover 85% of A’s words and 92% of B’s.</p>
</div>
<p class="legend"><span class="h0">Highlights</span>mark passages found in both texts, in the same colour in each; click one to see its partner. Sentences of A are shaded by how much of each is in B: <span class="s1">a little</span><span class="s3">half</span><span class="s5">all</span></p>
<div class="cols">
<div class="col">
<h2><span class="lbl">A</span> <bdi>a</bdi></h2>
<div class="text" id="p1-a" dir="auto">
<p dir="auto"><span class="s3" title="58% of this sentence is in B"><span class="t" id="p1-a1"></span><a class="m h0" href="#p1-b1" data-k="p1-1" title="passage 1 · A bytes 0-54 · B bytes 74-128 · shared shingles 7 · other places in B 0">Rain &lt;b&gt;&amp;amp; wind&lt;/b&gt; closed the coast road on Monday</a> night.</span></p>
<p dir="auto"><span class="s3" title="50% of this sentence is in B"><span class="t" id="p1-a2"></span><a class="m h1" href="#p1-b2" data-k="p1-2" title="passage 2 · A bytes 62-122 · B bytes 12-72 · shared shingles 7 · other places in B 0">The council said the road would reopen when the storm passed</a> over the hills.</span></p>
</div>
</div>
<div class="col">
<h2><span class="lbl">B</span> <bdi>b</bdi></h2>
<div class="text" id="p1-b" dir="auto">
<p dir="auto">Police said <span class="t" id="p1-b2"></span><a class="m h1" href="#p1-a2" data-k="p1-2" title="passage 2 · A bytes 62-122 · B bytes 12-72 · shared shingles 7 · other places in B 0">the council said the road would reopen when the storm passed</a>.</p>
<p dir="auto"><span class="t" id="p1-b1"></span><a class="m h0" href="#p1-a1" data-k="p1-1" title="passage 1 · A bytes 0-54 · B bytes 74-128 · shared shingles 7 · other places in B 0">Rain &lt;b&gt;&amp;amp; wind&lt;/b&gt; closed the coast road on Monday</a>.</p>
</div>
</div>
</div>
<h2>Passages (2)</h2>
<p class="note">Byte offsets [start, end) into each text as UTF-8.</p>
<table>
<thead><tr><th>#</th><th>A bytes</th><th>B bytes</th><th>shared shingles</th><th>other places in B</th><th>text</th></tr></thead>
<tbody>
<tr id="p1-l1"><td class="n"><a class="sw h0" href="#p1-a1" data-k="p1-1">1</a></td><td class="n"><a href="#p1-a1" data-k="p1-1">0-54</a></td><td class="n"><a href="#p1-b1" data-k="p1-1">74-128</a></td><td class="n">7</td><td class="n">0</td><td class="q" dir="auto">Rain &lt;b&gt;&amp;amp; wind&lt;/b&gt; closed the coast road on Monday</td></tr>
<tr id="p1-l2"><td class="n"><a class="sw h1" href="#p1-a2" data-k="p1-2">2</a></td><td class="n"><a href="#p1-a2" data-k="p1-2">62-122</a></td><td class="n"><a href="#p1-b2" data-k="p1-2">12-72</a></td><td class="n">7</td><td class="n">0</td><td class="q" dir="auto">The council said the road would reopen when the storm passed<br><i>B:</i> <bdi>the council said the road would reopen when the storm passed</bdi></td></tr>
</tbody>
</table>
</section>
)html");
}

TEST(CompareCliTest, HtmlEscapesTextAndFileNames) {
  const std::string attack = "<script>alert(1)</script> <img src=x onerror=\"alert(2)\"> & 'q'";
  const std::string a = WriteTemp("a<i>&'\".txt", attack + " " + kStory);
  const std::string b = WriteTemp("b.txt", std::string(kStory) + " " + attack);
  const AppRun run = Compare({"--format", "html", a, b});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(Count(run.out, "<script"), 1u);  // the page's own
  EXPECT_THAT(run.out, Not(HasSubstr("<img")));
  EXPECT_THAT(run.out, Not(HasSubstr("<i>&")));
  // A passage may start inside the attack, so its pieces are checked.
  EXPECT_THAT(run.out, HasSubstr("script&gt;alert(1)&lt;/script&gt; &lt;img src=x "
                                 "onerror=&quot;alert(2)&quot;&gt; &amp; &#39;q"));
  EXPECT_THAT(run.out, HasSubstr("a&lt;i&gt;&amp;&#39;&quot;.txt</bdi>"));
  EXPECT_EQ(TagProblems(run.out), "");
}

TEST(CompareCliTest, HtmlReportNestsOverlappingPassagesAndNeverSplitsACharacter) {
  // Passages as the comparer may give them when texts repeat themselves
  // (overlapping, nested, sharing a start), plus offsets inside a character
  // and past the end, which must not corrupt the page.
  const std::string a = "Première ligne où l’été brûle.\nDeuxième ligne, 東京の夏。\n";
  const std::string b = "東京の夏。 Première ligne où l’été brûle.\n";
  overlap::Comparison comparison;
  comparison.scores = {.shingles_a = 10,
                       .shingles_b = 8,
                       .shared = 6,
                       .jaccard = 0.5,
                       .containment_a = 0.6,
                       .containment_b = 0.75};
  comparison.passages = {{{0, 20}, {17, 37}, 3},  {{0, 20}, {0, 12}, 2}, {{5, 40}, {18, 50}, 4},
                         {{12, 14}, {20, 21}, 1}, {{2, 3}, {1, 2}, 1},   {{30, 200}, {0, 99}, 1}};
  comparison.coverage = {{{0, 33}, 4, 3, 0.75}, {{33, 69}, 4, 1, 0.25}};
  overlap::PreparedText prepared_a;
  prepared_a.text = a;
  overlap::PreparedText prepared_b;
  prepared_b.text = b;
  std::ostringstream out;
  cli::HtmlReport report(out, {});
  report.AddPair(
      {.a_id = "a", .b_id = "b", .a = &prepared_a, .b = &prepared_b, .comparison = &comparison});
  report.Finish();
  const std::string html = out.str();
  EXPECT_EQ(TagProblems(html), "");
  EXPECT_EQ(text::FindInvalidUtf8(html), std::string::npos);
  for (int i = 1; i <= 6; ++i) {
    for (const std::string side : {"a", "b"}) {
      EXPECT_EQ(Count(html, "id=\"p1-" + side + std::to_string(i) + "\""), 1u) << side << i;
      EXPECT_THAT(html, HasSubstr("href=\"#p1-" + side + std::to_string(i) + "\""));
    }
  }
  EXPECT_THAT(html, HasSubstr("class=\"m h2 x\""));  // overlapping passages say so
}

TEST(CompareCliTest, HtmlWritesOneSectionPerPairInOneDocument) {
  const std::string story = WriteTemp("story.txt", kStory);
  const std::string missing = "/nonexistent/b.txt";
  const AppRun run = Compare({"--format", "html", story, story, missing, kBridge});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Count(run.out, "<!DOCTYPE html>"), 1u);
  EXPECT_EQ(Count(run.out, "</html>"), 1u);
  EXPECT_EQ(Count(run.out, "<section class=\"pair\""), 3u);
  EXPECT_THAT(Section(run.out, 0), HasSubstr("<b>100%</b> of A appears in B"));
  EXPECT_THAT(Section(run.out, 1), HasSubstr("<p class=\"err\">Could not compare: "));
  EXPECT_THAT(Section(run.out, 2), HasSubstr("<b>0%</b> of A appears in B"));
  // Ids stay unique across sections.
  EXPECT_THAT(Section(run.out, 2), HasSubstr("id=\"p3-a\""));
  EXPECT_THAT(run.out, HasSubstr("3 pairs</footer>"));
  EXPECT_EQ(TagProblems(run.out), "");
  // No pair meets the bound: still a whole page, saying so; exit 1.
  const AppRun none = Compare({"--format", "html", "--min-containment", "0.9", story, kBridge});
  EXPECT_EQ(none.status, 1);
  EXPECT_THAT(none.out, HasSubstr("No pair to show"));
  EXPECT_THAT(none.out, EndsWith("</html>\n"));
}

TEST(CompareCliTest, HtmlWithoutPassagesOrCoverage) {
  const AppRun run =
      Compare({"--format", "html", "--no-passages", "--no-coverage", kBudgetA, kBudgetB});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("Passages were not computed (--no-passages)."));
  EXPECT_THAT(run.out, Not(HasSubstr("<a class=\"m")));
  EXPECT_THAT(run.out, Not(HasSubstr("<span class=\"s")));
  EXPECT_THAT(run.out, Not(HasSubstr("<table>")));
  EXPECT_THAT(run.out, Not(HasSubstr("class=\"legend\"")));
}

TEST(CompareCliTest, HtmlIsAcceptedByCompareOnly) {
  EXPECT_THAT(Compare({"--help"}).out, HasSubstr("text, tsv, jsonl or html"));
  const AppRun bad = Compare({"--format", "pdf", kBudgetA, kBudgetB});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("unknown --format 'pdf' (text, tsv, jsonl or html)"));
}

// --- -q and --no-passages ------------------------------------------------

TEST(CompareCliTest, QuietPredicateWritesNothingAndExitsLikeGrepQ) {
  for (const std::string format : {"text", "tsv", "jsonl", "html"}) {
    const AppRun run =
        Compare({"-q", "--min-jaccard", "0.1", "--format", format, kBudgetA, kBudgetB});
    EXPECT_EQ(run.status, 0) << format;
    EXPECT_EQ(run.out, "") << format;
    EXPECT_EQ(run.err, "") << format;
  }
  const AppRun met = Compare({"-q", "--min-containment", "0.5", kBudgetA, kBudgetB});
  EXPECT_EQ(met.status, 0);
  EXPECT_EQ(met.out, "");
  const AppRun not_met = Compare({"-q", "--min-containment", "0.9", kBudgetA, kBudgetB});
  EXPECT_EQ(not_met.status, 1);
  EXPECT_EQ(not_met.out, "");
  const AppRun error = Compare({"-q", "--min-containment", "0.5", kBudgetA, "/nonexistent/b"});
  EXPECT_EQ(error.status, 2);
  EXPECT_EQ(error.out + error.err, "");
  // As grep -q: the first match ends the run with 0, errors met before it
  // or not (later files are not even read).
  EXPECT_EQ(
      Compare({"-q", "--min-containment", "0.5", kBudgetA, "/nonexistent/b", kBudgetB}).status, 0);
  EXPECT_EQ(
      Compare({"-q", "--min-containment", "0.5", kBudgetA, kBudgetB, "/nonexistent/b"}).status, 0);
  EXPECT_EQ(Compare({"-q", "--min-containment", "2", kBudgetA, kBudgetB}).status, 2);
  // Without a predicate the status has nothing to tell: -q only silences
  // diagnostics, as in every app; a bad input is still 1.
  const AppRun plain = Compare({"-q", "--format", "tsv", kBudgetA, "/nonexistent/b", kBudgetB});
  EXPECT_EQ(plain.status, 1);
  EXPECT_EQ(plain.err, "");
  EXPECT_THAT(plain.out, StartsWith(kBudgetA + "\t" + kBudgetB + "\t0.52\t"));
}

TEST(CompareCliTest, NoPassagesLeavesPassageFieldsUnmeasured) {
  const std::string a = WriteTemp("a.txt", kStory);
  const AppRun tsv = Compare({"--format", "tsv", "--header", "--no-passages", a, a});
  EXPECT_EQ(tsv.status, 0);
  const std::vector<std::string> lines = Lines(tsv.out);
  ASSERT_EQ(lines.size(), 2u);
  // Same columns as ever; passages and passage coverage empty, not 0.
  EXPECT_EQ(lines[1], a + "\t" + a + "\t1\t1\t1\t24\t24\t24\t\t\t");
  const AppRun jsonl = Compare({"--format", "jsonl", "--no-passages", "--no-coverage", a, a});
  EXPECT_EQ(jsonl.out, "{\"a\":\"" + a + "\",\"b\":\"" + a +
                           "\",\"containment_a\":1,\"containment_b\":1,\"jaccard\":1,"
                           "\"shared\":24,\"shingles_a\":24,\"shingles_b\":24,"
                           "\"passage_coverage_a\":null,\"passage_coverage_b\":null,"
                           "\"short_text\":false}\n");
  // With --estimate the estimate columns stay where they were.
  const AppRun estimate = Compare({"--format", "tsv", "--no-passages", "--estimate", a, a});
  EXPECT_THAT(estimate.out, StartsWith(a + "\t" + a + "\t1\t1\t1\t24\t24\t24\t\t\t\t1\t0\n"));
}

}  // namespace
}  // namespace precis::testing
