#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/app_runner.h"
#include "dedup/dedup.h"
#include "dedup/run_summary.h"
#include "sketch/sketch.h"
#include "support/concurrent_runs.h"
#include "support/read_file.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

AppRun Dedup(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunDedup, args, stdin_text);
}
AppRun Sketch(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return RunApp(cli::RunSketch, args, stdin_text);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

std::string TempPath(const std::string& name) {
  return ScratchPath(name).string();
}

// `articles` articles of made-up words ("id" d000..), and for every fifth an
// edited copy ("d005c") with one word in 60 replaced: Jaccard of word
// 3-shingles about 0.9.
struct Collection {
  std::string jsonl;
  std::vector<std::string> ids;
  std::set<std::pair<std::string, std::string>> planted;
};

Collection MakeCollection(int articles, unsigned seed = 7) {
  std::mt19937 random(seed);
  const std::string syllables = "bdfgklmnprstvz";
  const std::string vowels = "aeiou";
  auto word = [&] {
    std::string w;
    const int n = 2 + static_cast<int>(random() % 3);
    for (int i = 0; i < n; ++i) {
      w += syllables[random() % syllables.size()];
      w += vowels[random() % vowels.size()];
    }
    return w;
  };
  auto text_of = [](const std::vector<std::string>& words) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
      text += words[i];
      text += (i % 12 == 11) ? ". " : " ";
    }
    return text;
  };
  Collection collection;
  for (int i = 0; i < articles; ++i) {
    std::vector<std::string> words(120 + random() % 200);
    for (auto& w : words) w = word();
    char id[16];
    std::snprintf(id, sizeof id, "d%03d", i);
    collection.jsonl +=
        "{\"id\": \"" + std::string(id) + "\", \"text\": \"" + text_of(words) + "\"}\n";
    collection.ids.push_back(id);
    if (i % 5 == 0) {
      for (std::size_t j = 0; j < words.size(); j += 60) words[j] = word();
      collection.jsonl +=
          "{\"id\": \"" + std::string(id) + "c\", \"text\": \"" + text_of(words) + "\"}\n";
      collection.ids.push_back(std::string(id) + "c");
      collection.planted.insert({id, std::string(id) + "c"});
    }
  }
  return collection;
}

std::set<std::pair<std::string, std::string>> PairsOf(const std::string& tsv) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (const std::string& line : Lines(tsv)) {
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = line.find('\t', tab1 + 1);
    pairs.insert({line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1)});
  }
  return pairs;
}

// Cluster member sets from "cluster TAB representative TAB member ..." lines.
std::set<std::set<std::string>> ClustersOf(const std::string& tsv) {
  std::map<std::string, std::set<std::string>> by_cluster;
  for (const std::string& line : Lines(tsv)) {
    std::istringstream fields(line);
    std::string cluster, representative, member;
    std::getline(fields, cluster, '\t');
    std::getline(fields, representative, '\t');
    std::getline(fields, member, '\t');
    by_cluster[cluster].insert(member);
  }
  std::set<std::set<std::string>> clusters;
  for (auto& [name, members] : by_cluster) clusters.insert(members);
  return clusters;
}

TEST(DedupCliTest, FindsPlantedPairsWithScores) {
  const Collection collection = MakeCollection(60);
  const AppRun run = Dedup({"--jsonl", "--format", "tsv"}, collection.jsonl);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(PairsOf(run.out), collection.planted);
  for (const std::string& line : Lines(run.out)) {
    EXPECT_THAT(line, ::testing::MatchesRegex("d[0-9]+\td[0-9]+c\t0\\.[89][0-9]*\t.*\texact"));
  }
  EXPECT_THAT(run.err, HasSubstr("21 bands x 6 rows (catch probability 0.9983 at Jaccard 0.8)"));
  EXPECT_THAT(run.err, HasSubstr("peak memory"));
}

TEST(DedupCliTest, OneArticleServedByTwoSitesIsADuplicateWhateverTheirFurniture) {
  // A corpus article scraped from two sites, each with its own menu and
  // footer; and another article of the first site.
  const std::string article = ReadFileBytes(
      std::filesystem::path(PRECIS_SOURCE_DIR) / "corpus" / "en-council-budget-c.txt");
  const std::string other = ReadFileBytes(
      std::filesystem::path(PRECIS_SOURCE_DIR) / "corpus" / "en-harbour-bridge.txt");
  const std::string site_a_head =
      "Skip to content\nHome | News | Sport | Business | Weather | Culture | Travel\nUK\n\n"
      "Advertisement\n\n";
  const std::string site_a_foot =
      "\n\nShare this article\nFacebook Twitter Email\n\nRelated stories\nMore from News\n"
      "Most read\n\nWe use cookies to improve your experience.\nAccept all cookies\n"
      "Cookie policy\n\u00A9 2024 Northshore Wire. All rights reserved.\n";
  const std::string site_b_head =
      "Skip to main content\nWorld \u203A Europe \u203A Business\n\nAdvertisement\n\n";
  const std::string site_b_foot =
      "\n\nShare on Facebook\nShare on Twitter\nMost popular\nYou may also like\n"
      "Cookie settings\nCopyright \u00A9 2024 Harbour Times Media Ltd\n";
  auto record = [](const std::string& id, const std::string& text) {
    std::string escaped;
    for (const char c : text) {
      if (c == '\n') {
        escaped += "\\n";
      } else if (c == '"' || c == '\\') {
        escaped += std::string("\\") + c;
      } else {
        escaped += c;
      }
    }
    return "{\"id\":\"" + id + "\",\"text\":\"" + escaped + "\"}\n";
  };
  const std::string jsonl = record("a/budget", site_a_head + article + site_a_foot) +
                            record("b/budget", site_b_head + article + site_b_foot) +
                            record("a/bridge", site_a_head + other + site_a_foot);
  const AppRun run = Dedup({"--jsonl", "--format", "tsv", "-q"}, jsonl);
  ASSERT_EQ(run.status, 0) << run.err;
  // Jaccard 0.976: only the shingles that bridge furniture and article differ.
  EXPECT_THAT(run.out,
              ::testing::MatchesRegex("a/budget\tb/budget\t0\\.97[0-9]*\t.*\texact\n"));
  // Shingled with the furniture, the two copies fall below 0.8.
  const AppRun kept = Dedup({"--jsonl", "--format", "tsv", "-q", "--keep-furniture"}, jsonl);
  ASSERT_EQ(kept.status, 0) << kept.err;
  EXPECT_EQ(kept.out, "");
}

TEST(DedupCliTest, ResultsDoNotDependOnThreads) {
  const Collection collection = MakeCollection(80);
  for (const char* output : {"pairs", "clusters", "unique"}) {
    const AppRun one =
        Dedup({"--jsonl", "--threads", "1", "--output", output, "-q"}, collection.jsonl);
    const AppRun four =
        Dedup({"--jsonl", "--threads", "4", "--output", output, "-q"}, collection.jsonl);
    EXPECT_EQ(one.out, four.out) << output;
    EXPECT_FALSE(one.out.empty());
  }
}

TEST(DedupCliTest, ClustersHaveEarliestRepresentative) {
  // Three copies of one story, the earliest last in id order.
  const std::string text =
      "The harbour bridge will close for repairs next month, the council said on Tuesday, "
      "and ferries will run every ten minutes while engineers replace the cables.";
  const std::string input = "{\"id\": \"z\", \"text\": \"" + text + "\"}\n" +
                            "{\"id\": \"other\", \"text\": \"A quite different story about "
                            "rain in the mountains and a festival that went ahead.\"}\n" +
                            "{\"id\": \"a\", \"text\": \"" + text + "\"}\n" +
                            "{\"id\": \"m\", \"text\": \"" + text + " More later.\"}\n";
  const AppRun text_run = Dedup({"--jsonl", "--output", "clusters", "-q"}, input);
  ASSERT_EQ(text_run.status, 0) << text_run.err;
  EXPECT_THAT(text_run.out, StartsWith("cluster 1: 3 articles, representative z\n  z\n  a  "
                                       "jaccard 1 exact\n  m  jaccard 0."));
  const AppRun jsonl = Dedup({"--jsonl", "--output", "clusters", "--format", "jsonl", "-q"}, input);
  EXPECT_THAT(jsonl.out, StartsWith("{\"cluster\":1,\"representative\":\"z\",\"size\":3,"));
  EXPECT_THAT(jsonl.out, HasSubstr("\"pairs\":[{\"a\":\"z\",\"b\":\"a\",\"jaccard\":1"));
  const AppRun unique = Dedup({"--jsonl", "--output", "unique", "-q"}, input);
  EXPECT_EQ(unique.out, "z\nother\n");
  const AppRun unique_jsonl =
      Dedup({"--jsonl", "--output", "unique", "--format", "jsonl", "-q"}, input);
  EXPECT_EQ(Lines(unique_jsonl.out).size(), 2u);
  EXPECT_THAT(unique_jsonl.out, StartsWith("{\"id\":\"z\",\"text\":\"The harbour bridge"));
}

TEST(DedupCliTest, ContainmentFindsQuotedPassage) {
  const std::string quote =
      "The harbour bridge will close for repairs next month, the council said on Tuesday.";
  const std::string input = "{\"id\": \"short\", \"text\": \"" + quote + "\"}\n" +
                            "{\"id\": \"long\", \"text\": \"Ferries will run every ten minutes. " +
                            quote +
                            " Engineers will replace the cables, which date from the 1930s.\"}\n";
  const AppRun jaccard = Dedup({"--jsonl", "-q"}, input);
  EXPECT_EQ(jaccard.out, "");
  const AppRun containment =
      Dedup({"--jsonl", "--containment", "0.9", "--format", "tsv", "-q"}, input);
  EXPECT_THAT(containment.out, StartsWith("short\tlong\t0.4"));
  EXPECT_THAT(containment.out, HasSubstr("\t1\t0."));
}

TEST(DedupCliTest, SignatureInputGivesSameClustersByEstimate) {
  const Collection collection = MakeCollection(60);
  const AppRun sketched = Sketch({"--jsonl"}, collection.jsonl);
  ASSERT_EQ(sketched.status, 0);
  const AppRun from_signatures = Dedup({"--signatures", "--format", "tsv", "-q"}, sketched.out);
  ASSERT_EQ(from_signatures.status, 0) << from_signatures.err;
  EXPECT_EQ(PairsOf(from_signatures.out), collection.planted);
  EXPECT_THAT(from_signatures.out, HasSubstr("\testimate\n"));
}

TEST(DedupCliTest, RefusesSignaturesMadeWithOtherParameters) {
  const Collection collection = MakeCollection(5);
  const std::string index = TempPath("precis-dedup-index");
  std::filesystem::remove(index);
  ASSERT_EQ(Dedup({"--jsonl", "--index", index, "-q"}, collection.jsonl).status, 0);
  const AppRun other = Dedup({"--jsonl", "--index", index, "-K", "64"}, collection.jsonl);
  EXPECT_EQ(other.status, 1);
  EXPECT_THAT(other.err, HasSubstr("K=128"));
  EXPECT_THAT(other.err, HasSubstr("do not compare"));
  const AppRun garbage = Dedup({"--signatures"}, "id\t3\tabc\n");
  EXPECT_EQ(garbage.status, 1);
  EXPECT_THAT(garbage.err, HasSubstr("not a precis signature stream"));
  std::filesystem::remove(index);
}

// With --signatures the stream's header sets the parameters; a sketch
// option given with them must agree, as with --index, not be ignored.
TEST(DedupCliTest, SketchOptionsGivenWithSignaturesMustMatchTheStream) {
  const Collection collection = MakeCollection(5);
  const AppRun sketched = Sketch({"--jsonl", "-q"}, collection.jsonl);
  ASSERT_EQ(sketched.status, 0) << sketched.err;
  const AppRun other_k = Dedup({"--signatures", "-k", "5"}, sketched.out);
  EXPECT_EQ(other_k.status, 1);
  EXPECT_EQ(other_k.out, "");
  EXPECT_THAT(other_k.err, HasSubstr("precis-dedup: - was made with k=3, but k=5 is in use"));
  const AppRun several = Dedup({"--signatures", "-K", "64", "--method", "kh"}, sketched.out);
  EXPECT_EQ(several.status, 1);
  EXPECT_THAT(several.err, HasSubstr("method=oph, but method=kh is in use"));
  for (const std::vector<std::string>& option : {std::vector<std::string>{"--no-stem"},
                                                 {"--drop-stopwords"},
                                                 {"--keep-furniture"},
                                                 {"--unit", "char"},
                                                 {"--lang", "de"},
                                                 {"--shingle-seed", "9"},
                                                 {"--minhash-seed", "9"},
                                                 {"--seed", "9"}}) {
    std::vector<std::string> args = {"--signatures", "-q"};
    args.insert(args.end(), option.begin(), option.end());
    EXPECT_EQ(Dedup(args, sketched.out).status, 1) << option[0];
  }
  // Options equal to the stream's, given or not, are fine.
  const AppRun same =
      Dedup({"--signatures", "-q", "-k", "3", "-K", "128", "--method", "oph"}, sketched.out);
  EXPECT_EQ(same.status, 0) << same.err;
  EXPECT_EQ(same.out, Dedup({"--signatures", "-q"}, sketched.out).out);
}

// Header and end lines of a signature stream start with '#': articles whose
// ids do too must survive precis-sketch -> precis-dedup and an --index.
TEST(DedupCliTest, IdsStartingWithHashSurviveStreamsAndTheIndex) {
  const std::vector<std::string> ids = {"#precis-signatures v3 k=3 unit=word", "#precis-signatures",
                                        "#precis-signatures-end", "#hash"};
  const Collection collection = MakeCollection(static_cast<int>(ids.size()));
  std::string articles;
  std::size_t next = 0;
  for (const std::string& line : Lines(collection.jsonl)) {
    if (line.find("c\", \"text") != std::string::npos) continue;  // the edited copy
    const std::size_t id = line.find("\"d");
    articles += line.substr(0, id) + "\"" + ids[next++] + line.substr(id + 5) + "\n";
  }
  ASSERT_EQ(next, ids.size());
  auto labeled_ids = [](const std::string& tsv) {
    std::vector<std::string> found;
    for (const std::string& line : Lines(tsv)) found.push_back(line.substr(0, line.find('\t')));
    return found;
  };

  const AppRun sketched = Sketch({"--jsonl", "-q"}, articles);
  ASSERT_EQ(sketched.status, 0) << sketched.err;
  const AppRun read =
      Dedup({"--signatures", "--output", "labeled", "--format", "tsv"}, sketched.out);
  ASSERT_EQ(read.status, 0) << read.err;
  EXPECT_EQ(labeled_ids(read.out), ids);

  const std::string index = TempPath("hash-ids.idx");
  std::filesystem::remove(index);
  ASSERT_EQ(Dedup({"--jsonl", "-q", "--index", index}, articles).status, 0);
  const AppRun again = Dedup({"--jsonl", "--index", index}, articles);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr(": 0 new articles, 4 indexed;"));
  const AppRun indexed = Dedup({"--signatures", "--output", "labeled", "--format", "tsv", index});
  ASSERT_EQ(indexed.status, 0) << indexed.err;
  EXPECT_EQ(labeled_ids(indexed.out), ids);
  std::filesystem::remove(index);
}

// Two runs adding to one --index at once: the second waits for the first
// (the index's lock) and adds to what it wrote, so neither run's articles
// are lost.
TEST(DedupCliTest, ConcurrentRunsOnOneIndexKeepBothRunsArticles) {
  const Collection first = MakeCollection(6, 1);
  Collection second = MakeCollection(6, 2);
  for (std::size_t at = 0; (at = second.jsonl.find("\"d", at)) != std::string::npos;) {
    second.jsonl[++at] = 'e';  // ids of their own
  }
  const std::string index = TempPath("concurrent.idx");
  std::filesystem::remove(index);
  const auto [a, b] = RunOverlapping(cli::RunDedup, {"--jsonl", "--index", index, "-q"},
                                     first.jsonl, {"--jsonl", "--index", index}, second.jsonl);
  ASSERT_EQ(a.status, 0) << a.err;
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_THAT(b.err, HasSubstr("waiting for " + std::filesystem::weakly_canonical(index).string() +
                               ".lock: another run is updating " + index));
  std::set<std::string> indexed;
  for (const std::string& line : Lines(ReadFileBytes(index))) {
    if (!line.starts_with('#')) indexed.insert(line.substr(0, line.find('\t')));
  }
  EXPECT_EQ(indexed.size(), first.ids.size() + second.ids.size());
  for (const std::string& id : first.ids) EXPECT_EQ(indexed.count(id), 1u) << id;
  for (std::string id : second.ids) EXPECT_EQ(indexed.count(id.replace(0, 1, "e")), 1u) << id;
  std::filesystem::remove(index);
}

TEST(DedupCliTest, IndexReportsOnlyWhatInvolvesNewArticles) {
  const Collection collection = MakeCollection(40);
  const auto lines = Lines(collection.jsonl);
  std::string first, second;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // The copy of d020 arrives in the second run, its original in the first.
    (lines[i].find("\"d02") != std::string::npos || i >= lines.size() / 2 ? second : first) +=
        lines[i] + "\n";
  }
  const std::string index = TempPath("precis-dedup-incremental");
  std::filesystem::remove(index);
  const AppRun run1 = Dedup({"--jsonl", "--index", index, "--format", "tsv", "-q"}, first);
  ASSERT_EQ(run1.status, 0) << run1.err;
  ASSERT_TRUE(std::filesystem::exists(index));
  const AppRun run2 = Dedup({"--jsonl", "--index", index, "--format", "tsv"}, second);
  ASSERT_EQ(run2.status, 0) << run2.err;
  auto all = PairsOf(run1.out);
  const auto later = PairsOf(run2.out);
  for (const auto& pair : later) EXPECT_EQ(all.count(pair), 0u) << pair.first;
  all.insert(later.begin(), later.end());
  EXPECT_EQ(all, collection.planted);
  EXPECT_THAT(run2.err, HasSubstr(" indexed;"));
  // A copy of an indexed article under a new id is not unique; the indexed
  // article itself, sent again, is recognised and stays what it was (unique:
  // the earliest of its cluster).
  std::string copy = lines[0];
  copy.replace(copy.find("\"d000\""), 6, "\"late\"");
  const AppRun late =
      Dedup({"--jsonl", "--index", index, "--output", "unique", "-q"}, copy + "\n");
  EXPECT_EQ(late.out, "");
  const AppRun again =
      Dedup({"--jsonl", "--index", index, "--output", "unique", "-q"}, lines[0] + "\n");
  EXPECT_EQ(again.out, "d000\n");
  std::filesystem::remove(index);
}

// Sorts lines as `LC_ALL=C sort` does.
std::string SortLines(const std::string& text) {
  auto lines = Lines(text);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

TEST(DedupCliTest, DistributedStepsGiveSingleProcessClusters) {
  const Collection collection = MakeCollection(120, 11);
  const auto lines = Lines(collection.jsonl);
  // The map split in three arbitrary parts, as parallel jobs would.
  std::string parts[3];
  for (std::size_t i = 0; i < lines.size(); ++i) parts[(i * 7) % 3] += lines[i] + "\n";
  std::string bands;
  for (const std::string& part : parts) {
    const AppRun map = Sketch({"--jsonl", "--emit-bands"}, part);
    ASSERT_EQ(map.status, 0);
    bands += map.out;
  }
  const AppRun reduce = Dedup({"--reduce-bands"}, SortLines(bands));
  ASSERT_EQ(reduce.status, 0) << reduce.err;
  const AppRun components = Dedup({"--components", "--format", "tsv"}, reduce.out);
  ASSERT_EQ(components.status, 0) << components.err;
  const AppRun single =
      Dedup({"--jsonl", "--verify", "none", "--output", "clusters", "--format", "tsv", "-q"},
            collection.jsonl);
  ASSERT_EQ(single.status, 0);
  EXPECT_EQ(ClustersOf(components.out), ClustersOf(single.out));
  EXPECT_EQ(ClustersOf(single.out).size(), collection.planted.size());
  // Verified clusters agree too on this collection (no borderline pairs).
  const AppRun verified =
      Dedup({"--jsonl", "--output", "clusters", "--format", "tsv", "-q"}, collection.jsonl);
  EXPECT_EQ(ClustersOf(verified.out), ClustersOf(single.out));
}

TEST(DedupCliTest, ReduceRefusesMixedParameters) {
  const std::string bands =
      "00000000000000aa:0000:0000000000000001\tx\n00000000000000bb:0000:0000000000000001\ty\n";
  const AppRun run = Dedup({"--reduce-bands"}, bands);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("different sketch parameters"));
}

TEST(DedupCliTest, ReduceEmitsStarToSmallestId) {
  const AppRun run =
      Dedup({"--reduce-bands"}, "f:0000:01\tc\nf:0000:01\ta\nf:0000:01\tb\nf:0001:02\td\n");
  ASSERT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "a\tb\na\tc\n");
}

// The built precis-sketch and precis-dedup for shell pipelines with GNU
// parallel, or a reason to skip: the apps are found through PRECIS_BIN_DIR.
struct PipelineApps {
  std::string sketch, dedup, missing;
};
PipelineApps FindPipelineApps() {
  PipelineApps apps;
  const char* bin = std::getenv("PRECIS_BIN_DIR");
  if (bin == nullptr || std::system("parallel --version > /dev/null 2>&1") != 0) {
    apps.missing = "needs GNU parallel and PRECIS_BIN_DIR";
    return apps;
  }
  apps.sketch = std::string(bin) + "/sketch/precis-sketch";
  apps.dedup = std::string(bin) + "/dedup/precis-dedup";
  if (!std::filesystem::exists(apps.sketch) || !std::filesystem::exists(apps.dedup)) {
    apps.missing = "apps not built";
  }
  return apps;
}

// The shell pipeline itself, with the map split over GNU parallel jobs.
TEST(DedupCliTest, ShellPipelineWithGnuParallel) {
  const PipelineApps apps = FindPipelineApps();
  if (!apps.missing.empty()) GTEST_SKIP() << apps.missing;
  const std::string& sketch = apps.sketch;
  const std::string& dedup = apps.dedup;
  const Collection collection = MakeCollection(150, 5);
  const std::string input = TempPath("precis-dedup-parallel.jsonl");
  const std::string output = input + ".clusters";
  std::ofstream(input) << collection.jsonl;
  const std::string command = "parallel --will-cite --pipe -N 40 -j 3 " + sketch +
                              " --jsonl --emit-bands < " + input + " | LC_ALL=C sort | " + dedup +
                              " --reduce-bands | " + dedup + " --components --format tsv > " +
                              output;
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const std::string distributed = ReadFileBytes(output);
  const AppRun single =
      Dedup({"--jsonl", "--verify", "none", "--output", "clusters", "--format", "tsv", "-q"},
            collection.jsonl);
  EXPECT_EQ(ClustersOf(distributed), ClustersOf(single.out));
  EXPECT_FALSE(ClustersOf(distributed).empty());
  std::filesystem::remove(input);
  std::filesystem::remove(output);
}

TEST(DedupCliTest, SignaturesSketchedByParallelJobsConcatenate) {
  // `parallel --pipe precis-sketch` writes one part (header, records, end
  // line) per job; precis-dedup --signatures reads the concatenation whole.
  const PipelineApps apps = FindPipelineApps();
  if (!apps.missing.empty()) GTEST_SKIP() << apps.missing;
  const std::string& sketch = apps.sketch;
  const std::string& dedup = apps.dedup;
  const Collection collection = MakeCollection(150, 5);
  const std::string input = TempPath("precis-dedup-parallel-sig.jsonl");
  const std::string output = input + ".pairs";
  std::ofstream(input) << collection.jsonl;
  // -k keeps the jobs' order, so the pairs come out as from one process.
  const std::string command = "set -o pipefail; parallel --will-cite -k --pipe -N 40 -j 3 " +
                              sketch + " --jsonl -q < " + input + " | " + dedup +
                              " --signatures --format tsv -q > " + output;
  ASSERT_EQ(std::system(("bash -c '" + command + "'").c_str()), 0) << command;
  const std::string pairs = ReadFileBytes(output);
  const AppRun single = Dedup({"--signatures", "--format", "tsv", "-q"},
                              Sketch({"--jsonl"}, collection.jsonl).out);
  ASSERT_EQ(single.status, 0) << single.err;
  EXPECT_EQ(pairs, single.out);
  EXPECT_FALSE(pairs.empty());
  std::filesystem::remove(input);
  std::filesystem::remove(output);
}

TEST(DedupCliTest, UsageErrors) {
  EXPECT_EQ(Dedup({"--output", "groups"}).status, 2);
  EXPECT_EQ(Dedup({"--threshold", "0"}).status, 2);
  EXPECT_EQ(Dedup({"--verify", "maybe"}).status, 2);
  EXPECT_EQ(Dedup({"--reduce-bands", "--components"}).status, 2);
}

TEST(DedupCliTest, ThresholdAndContainmentExcludeEachOther) {
  // --containment replaces the Jaccard threshold: both at once is no run.
  const AppRun both = Dedup({"--threshold", "0.8", "--containment", "0.5"});
  EXPECT_EQ(both.status, 2);
  EXPECT_EQ(both.err,
            "precis-dedup: --threshold and --containment exclude each other (try --help)\n");
  EXPECT_EQ(both.out, "");
  EXPECT_EQ(Dedup({"--containment", "0.5"}).status, 0);
}

TEST(DedupCliTest, NumbersOutOfRangeAreUsageErrorsNamingTheOption) {
  // Boost's unsigned parsing used to wrap "-1" around: --threads -1 asked for
  // 4294967295 threads and ate gigabytes. Every numeric option is checked
  // before any input is read (the input here does not exist).
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--threads", "-1"}, "--threads must be an integer in 0..1024 (got -1)"},
      {{"--threads=1000000"}, "--threads must be an integer in 0..1024 (got 1000000)"},
      {{"--threads", "2x"}, "--threads must be an integer in 0..1024 (got 2x)"},
      {{"-K", "-5"}, "--permutations must be an integer in 1..4096 (got -5)"},
      {{"-K", "0"}, "--permutations must be an integer in 1..4096 (got 0)"},
      {{"-k", "257"}, "--shingle-size must be an integer in 1..256 (got 257)"},
      {{"--seed=-1"}, "--seed must be an integer in 0..18446744073709551615 (got -1)"},
      {{"--seed", "18446744073709551616"},
       "--seed must be an integer in 0..18446744073709551615 (got 18446744073709551616)"},
      {{"--bands=-1", "--rows", "2"}, "--bands must be an integer in 0..4096 (got -1)"},
      {{"--rows", "1e3"}, "--rows must be an integer in 0..4096 (got 1e3)"},
      {{"--threshold", "1.5"}, "--threshold must be a number in (0, 1] (got 1.5)"},
      {{"--threshold", "nan"}, "--threshold must be a number in (0, 1] (got nan)"},
      {{"--containment", "0"}, "--containment must be a number in (0, 1] (got 0)"},
      {{"--max-size-ratio", "inf"}, "--max-size-ratio must be a number in [1, 100] (got inf)"},
      {{"--max-size-ratio", "0.5"}, "--max-size-ratio must be a number in [1, 100] (got 0.5)"},
  };
  for (const auto& [options, message] : cases) {
    std::vector<std::string> args = options;
    args.push_back(TempPath("no-such-input.txt"));
    const AppRun run = Dedup(args);
    EXPECT_EQ(run.status, 2) << message;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "precis-dedup: " + message + " (try --help)\n");
  }
  // The extremes of each range are accepted.
  const std::string article = "{\"id\": \"a\", \"text\": \"One two three four.\"}\n";
  for (const std::vector<std::string>& options :
       {std::vector<std::string>{"--threads", "0"}, {"--seed", "18446744073709551615"},
        {"-K", "4096"}, {"-k", "256"}, {"--threshold", "1"}, {"--max-size-ratio", "100"}}) {
    std::vector<std::string> args = {"--jsonl", "-q"};
    args.insert(args.end(), options.begin(), options.end());
    const AppRun run = Dedup(args, article);
    EXPECT_EQ(run.status, 0) << options[0] << " " << run.err;
  }
}

TEST(DedupCliTest, ThreadsBeyondFourPerCoreAreCappedWithANote) {
  const Collection collection = MakeCollection(30);
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const AppRun capped = Dedup({"--jsonl", "--format", "tsv", "--threads", "1024"}, collection.jsonl);
  ASSERT_EQ(capped.status, 0) << capped.err;
  EXPECT_THAT(capped.err, StartsWith("precis-dedup: --threads 1024 capped at " +
                                     std::to_string(4 * cores) + " (4 per core, " +
                                     std::to_string(cores) + " cores)\n"));
  EXPECT_EQ(capped.out, Dedup({"--jsonl", "--format", "tsv", "--threads", "1", "-q"},
                              collection.jsonl).out);
  const AppRun quiet =
      Dedup({"--jsonl", "--format", "tsv", "--threads", "1024", "-q"}, collection.jsonl);
  EXPECT_EQ(quiet.err, "");
}

TEST(DedupCliTest, SummaryPrintsTheDurationAtAFixedPrecision) {
  EXPECT_EQ(cli::FormatDuration(0.0041926), "4.2 ms");
  EXPECT_EQ(cli::FormatDuration(0.000899644), "0.9 ms");
  EXPECT_EQ(cli::FormatDuration(0.009996), "10 ms");
  EXPECT_EQ(cli::FormatDuration(0.38), "380 ms");
  EXPECT_EQ(cli::FormatDuration(0.99996), "1.00 s");
  EXPECT_EQ(cli::FormatDuration(1.25), "1.25 s");
  EXPECT_EQ(cli::FormatDuration(56.8), "56.8 s");
  EXPECT_EQ(cli::FormatDuration(373.6), "374 s");
  const AppRun run = Dedup({"--jsonl"}, "{\"id\": \"a\", \"text\": \"One two three.\"}\n");
  ASSERT_EQ(run.status, 0);
  EXPECT_THAT(run.err, ::testing::ContainsRegex(
                           " clusters; ([0-9]+(\\.[0-9])? ms|[0-9]+(\\.[0-9][0-9]?)? s); peak memory "));
}

// --index and ids seen before (precis/corpus/article_ids.h): a retry or an
// overlapping feed poll must not report articles as duplicates of themselves.
class DedupIndexRetryTest : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::remove(index_); }
  void TearDown() override { std::filesystem::remove(index_); }
  AppRun Run(const std::string& jsonl, std::vector<std::string> extra) {
    std::vector<std::string> args = {"--jsonl", "--index", index_};
    args.insert(args.end(), extra.begin(), extra.end());
    return Dedup(args, jsonl);
  }
  std::string Index() const { return ReadFileBytes(index_); }
  const std::string index_ = TempPath("precis-dedup-retry.idx");
};

TEST_F(DedupIndexRetryTest, RetryWritesTheSameOutputAndTheSameIndex) {
  // Monday's articles, then Tuesday's (copies of Monday's among them) twice:
  // the retry must write what the first Tuesday run wrote, for every output,
  // and leave the index byte for byte as the first Tuesday run left it.
  const Collection collection = MakeCollection(40);
  const auto lines = Lines(collection.jsonl);
  std::string monday, tuesday;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    (i % 3 == 0 ? monday : tuesday) += lines[i] + "\n";
  }
  for (const std::vector<std::string>& output :
       {std::vector<std::string>{"--format", "tsv"},
        {"--output", "clusters", "--format", "jsonl"},
        {"--output", "unique", "--format", "jsonl"},
        {"--output", "unique", "--format", "tsv"}}) {
    std::filesystem::remove(index_);
    ASSERT_EQ(Run(monday, {"-q"}).status, 0);
    const AppRun first = Run(tuesday, output);
    ASSERT_EQ(first.status, 0) << first.err;
    const std::string index_after_first = Index();
    const AppRun retry = Run(tuesday, output);
    ASSERT_EQ(retry.status, 0) << retry.err;
    EXPECT_FALSE(first.out.empty()) << output[1];
    EXPECT_EQ(retry.out, first.out) << output[1];
    EXPECT_EQ(Index(), index_after_first) << output[1];
    // One note for the lot, not one line per article.
    const std::size_t tuesday_count = Lines(tuesday).size();
    EXPECT_THAT(retry.err, StartsWith("precis-dedup: " + std::to_string(tuesday_count) +
                                      " articles seen before with the same id and signature (in "
                                      "the index or earlier in the input): not added again\n"));
    EXPECT_THAT(retry.err, HasSubstr(": 0 new articles, " +
                                     std::to_string(Lines(collection.jsonl).size()) + " indexed;"));
    EXPECT_EQ(Lines(retry.err).size(), 2u) << retry.err;
  }
}

TEST_F(DedupIndexRetryTest, OverlappingPollAddsOnlyWhatIsNew) {
  const Collection collection = MakeCollection(30);
  const auto lines = Lines(collection.jsonl);
  std::string first_poll, second_poll, all;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i < 24) first_poll += lines[i] + "\n";
    if (i >= 12) second_poll += lines[i] + "\n";
  }
  ASSERT_EQ(Run(first_poll, {"-q"}).status, 0);
  const AppRun second = Run(second_poll, {"--format", "tsv"});
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_THAT(second.err, HasSubstr(": " + std::to_string(lines.size() - 24) + " new articles, 24 "
                                    "indexed;"));
  // The index equals one made from the whole collection in one run.
  const std::string polled = Index();
  std::filesystem::remove(index_);
  ASSERT_EQ(Run(collection.jsonl, {"-q"}).status, 0);
  EXPECT_EQ(polled, Index());
  // No article is its own duplicate; every planted pair in the second poll's
  // range is still found.
  for (const auto& [a, b] : PairsOf(second.out)) EXPECT_NE(a, b);
  EXPECT_FALSE(second.out.empty());
}

TEST_F(DedupIndexRetryTest, ChangedContentReplacesTheSignatureWithAWarning) {
  const std::string v1 =
      "{\"id\": \"story\", \"text\": \"The council approved the harbour budget on Monday "
      "after a long debate about repairs to the old bridge.\"}\n";
  const std::string v2 =
      "{\"id\": \"story\", \"text\": \"Rain fell on the bridge all day and the river rose "
      "to its highest level in twenty years.\"}\n";
  ASSERT_EQ(Run(v1, {"-q"}).status, 0);
  const AppRun changed = Run(v2, {"--output", "unique"});
  EXPECT_EQ(changed.status, 0) << changed.err;
  EXPECT_EQ(changed.out, "story\n");
  EXPECT_THAT(changed.err,
              StartsWith("precis-dedup: -: line 1 (byte 0): id 'story' was seen before with "
                         "other content: this version replaces it\n"));
  EXPECT_THAT(changed.err, HasSubstr(": 0 new articles, 1 indexed;"));
  // The index now holds v2 only: byte for byte what a first run on v2 makes.
  const std::string replaced = Index();
  std::filesystem::remove(index_);
  ASSERT_EQ(Run(v2, {"-q"}).status, 0);
  EXPECT_EQ(replaced, Index());
}

TEST_F(DedupIndexRetryTest, RepeatedIdsInOneInputFollowTheSameRules) {
  const std::string a =
      "{\"id\": \"a\", \"text\": \"The council approved the harbour budget on Monday after "
      "a long debate about repairs to the old bridge.\"}\n";
  const std::string a_edited =
      "{\"id\": \"a\", \"text\": \"Rain fell on the bridge all day and the river rose to "
      "its highest level in twenty years.\"}\n";
  const std::string b =
      "{\"id\": \"b\", \"text\": \"The council approved the harbour budget on Monday after "
      "a long debate about repairs to the old bridge.\"}\n";
  // The same line twice: one article, no pair with itself.
  const AppRun repeated = Dedup({"--jsonl", "--format", "tsv"}, a + a + b);
  EXPECT_EQ(repeated.status, 0);
  EXPECT_EQ(repeated.out, "a\tb\t1\t1\t1\texact\n");
  EXPECT_THAT(repeated.err, StartsWith("precis-dedup: 1 articles seen before with the same id"));
  // An edited version later in the input replaces the first, in its place.
  const AppRun edited = Dedup({"--jsonl", "--format", "tsv", "-K", "32"}, a + b + a_edited);
  EXPECT_EQ(edited.status, 0);
  EXPECT_EQ(edited.out, "");
  EXPECT_THAT(edited.err, StartsWith("precis-dedup: -: line 3 (byte " +
                                     std::to_string(a.size() + b.size()) +
                                     "): id 'a' was seen before with other content"));
  EXPECT_THAT(edited.err, HasSubstr(": 2 new articles, 0 indexed;"));
}

TEST(DedupCliTest, UniqueFromSignaturesIsIdAndClusterSize) {
  // No texts in a signature stream: the jsonl record carries what the tsv
  // line does, by name (golden).
  const std::string articles =
      "{\"id\": \"a\", \"text\": \"The council approved the harbour budget on Monday after "
      "a long debate about repairs to the old bridge.\"}\n"
      "{\"id\": \"b\", \"text\": \"The council approved the harbour budget on Monday after "
      "a long debate about repairs to the old bridge.\"}\n"
      "{\"id\": \"c\", \"text\": \"Rain fell on the bridge all day and the river rose to its "
      "highest level in twenty years.\"}\n";
  const AppRun sketched = Sketch({"--jsonl"}, articles);
  ASSERT_EQ(sketched.status, 0);
  const AppRun jsonl =
      Dedup({"--signatures", "--output", "unique", "--format", "jsonl", "-q"}, sketched.out);
  EXPECT_EQ(jsonl.status, 0);
  EXPECT_EQ(jsonl.out, "{\"id\":\"a\",\"cluster_size\":2}\n{\"id\":\"c\",\"cluster_size\":1}\n");
  const AppRun tsv =
      Dedup({"--signatures", "--output", "unique", "--format", "tsv", "-q"}, sketched.out);
  EXPECT_EQ(tsv.out, "a\t2\nc\t1\n");
  EXPECT_THAT(Dedup({"--help"}).out, HasSubstr("{\"id\", \"cluster_size\"}"));
}

TEST(DedupCliTest, BadRecordIsReportedAndRestDeduplicated) {
  const Collection collection = MakeCollection(10);
  const AppRun run = Dedup({"--jsonl", "--format", "tsv"}, collection.jsonl + "{oops\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(PairsOf(run.out), collection.planted);
  EXPECT_THAT(run.err, HasSubstr("line "));
}

// The BBC dev split holds stories filed twice; skipped when the data is absent.
TEST(DedupCliTest, FindsDuplicateStoriesInBbcDev) {
  const std::filesystem::path articles =
      std::filesystem::path(PRECIS_DATA_DIR) / "bbc-dev/articles";
  if (!std::filesystem::exists(articles)) GTEST_SKIP() << "no " << articles;
  std::vector<std::string> args = {"--output", "clusters", "--format", "tsv", "-q"};
  for (const auto& category : std::filesystem::directory_iterator(articles)) {
    for (const auto& file : std::filesystem::directory_iterator(category.path())) {
      args.push_back(file.path().string());
    }
  }
  const AppRun run = Dedup(args);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_GE(ClustersOf(run.out).size(), 5u);
}

}  // namespace
}  // namespace precis::testing
