#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app_runner.h"
#include "precis/search/index.h"
#include "search/index_file.h"
#include "search/search.h"
#include "support/concurrent_runs.h"
#include "support/file_size_limit.h"

namespace precis::cli {
namespace {

using ::precis::testing::AppRun;
using ::testing::HasSubstr;
using ::testing::StartsWith;

AppRun Search(const std::vector<std::string>& args, const std::string& in = "") {
  return testing::RunApp(RunSearch, args, in);
}

// Small texts written for these tests (indexed with --window 4, so any shared
// run of 8 words is found): a wire story, a local paper that
// lifted two of its sentences, and one that did not.
constexpr char kCorpus[] =
    R"({"id": "wire", "text": "The city council approved a new budget on Tuesday after a long debate about bus routes. Funding for libraries rises by ten percent next year."})"
    "\n"
    R"({"id": "gazette", "text": "Residents were surprised. The city council approved a new budget on Tuesday after a long debate about bus routes, the mayor said. Funding for libraries rises by ten percent next year. Parks lose money."})"
    "\n"
    R"({"id": "herald", "text": "A storm closed the harbour bridge for six hours on Monday, and ferries ran late all evening."})"
    "\n";
constexpr char kQuery[] =
    R"({"id": "release", "text": "The city council approved a new budget on Tuesday after a long debate about bus routes."})"
    "\n"
    R"({"id": "unrelated", "text": "Nothing in this sentence appears anywhere in the indexed articles at all."})"
    "\n";

// What query writes for kQuery against kCorpus.
constexpr char kTextGolden[] =
    R"(release: 2 articles contain at least 0.5 of it (12 shingles, 2 candidates)
  1. wire: contains 1 of the query, is 0.571 in it; shared shingles 12 (query 12, article 21)
     [1] query 0-86, article 0-86, 12 shingles
         "The city council approved a new budget on Tuesday after a long debate about bus routes"
  2. gazette: contains 1 of the query, is 0.400 in it; shared shingles 12 (query 12, article 30)
     [1] query 0-86, article 26-112, 12 shingles
         "The city council approved a new budget on Tuesday after a long debate about bus routes"

unrelated: no articles contain at least 0.5 of it (8 shingles, 0 candidates)

)";
constexpr char kTsvGolden[] =
    "query\trank\tarticle\tcontainment_query\tcontainment_article\tjaccard\tshared\tshingles_"
    "query\tshingles_article\tpassages\n"
    "release\t1\twire\t1\t0.571429\t0.571429\t12\t12\t21\t0-86:0-86\n"
    "release\t2\tgazette\t1\t0.4\t0.4\t12\t12\t30\t0-86:26-112\n";
constexpr char kJsonlGolden[] =
    R"({"id":"release","candidates":2,"matches":[{"article":"wire","rank":1,"containment_query":1,"containment_article":0.571429,"jaccard":0.571429,"shared":12,"shingles_query":12,"shingles_article":21,"passages":[{"query_start":0,"query_end":86,"article_start":0,"article_end":86,"shingles":12,"query_text":"The city council approved a new budget on Tuesday after a long debate about bus routes","article_text":"The city council approved a new budget on Tuesday after a long debate about bus routes"}]},{"article":"gazette","rank":2,"containment_query":1,"containment_article":0.4,"jaccard":0.4,"shared":12,"shingles_query":12,"shingles_article":30,"passages":[{"query_start":0,"query_end":86,"article_start":26,"article_end":112,"shingles":12,"query_text":"The city council approved a new budget on Tuesday after a long debate about bus routes","article_text":"The city council approved a new budget on Tuesday after a long debate about bus routes"}]}]})"
    "\n"
    R"({"id":"unrelated","candidates":0,"matches":[]})"
    "\n";

class SearchCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (std::filesystem::temp_directory_path() /
            ("precis-search-cli." + std::to_string(::getpid()) + "." +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Index(const std::string& name = "idx") { return dir_ + "/" + name; }
  std::string IndexBytes(const std::string& name = "idx") {
    std::ifstream in(search::IndexFilePath(Index(name)), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  void Build(const std::string& name = "idx") {
    const AppRun run =
        Search({"--index", Index(name), "build", "--jsonl", "-q", "--window", "4"}, kCorpus);
    ASSERT_EQ(run.status, 0) << run.err;
  }
  std::string dir_;
};

TEST_F(SearchCliTest, TextGolden) {
  Build();
  const AppRun run = Search({"--index", Index(), "query", "--jsonl"}, kQuery);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, kTextGolden);
}

TEST_F(SearchCliTest, TsvGolden) {
  Build();
  const AppRun run =
      Search({"--index", Index(), "query", "--jsonl", "--format", "tsv", "--header"}, kQuery);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, kTsvGolden);
}

TEST_F(SearchCliTest, JsonlGolden) {
  Build();
  const AppRun run = Search({"--index", Index(), "query", "--jsonl", "--format", "jsonl"}, kQuery);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, kJsonlGolden);
}

TEST_F(SearchCliTest, ExitStatusIsGreps) {
  Build();
  const std::string release =
      R"({"id": "r", "text": "Funding for libraries rises by ten percent next year."})"
      "\n";
  const std::string other =
      R"({"id": "o", "text": "Nothing in this sentence appears anywhere in the index."})"
      "\n";
  const AppRun found = Search({"--index", Index(), "query", "--jsonl", "-q"}, release);
  EXPECT_EQ(found.status, 0);
  EXPECT_EQ(found.out, "");  // -q: the status is the answer
  EXPECT_EQ(found.err, "");
  EXPECT_EQ(Search({"--index", Index(), "query", "--jsonl", "-q"}, other).status, 1);
  // A bad query is an error (2), as for grep.
  EXPECT_EQ(Search({"--index", Index(), "query", "--jsonl"}, "{not json\n").status, 2);
  // A missing index too.
  const AppRun missing = Search({"--index", Index("none"), "query", "--jsonl"}, release);
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr("cannot open"));
}

TEST_F(SearchCliTest, MinContainmentDecides) {
  Build();
  // A third of the query (5 of its 15 shingles) is in the wire story and the gazette.
  const std::string half =
      R"({"id": "h", "text": "Funding for libraries rises by ten percent next year. Completely different words follow here for a while now."})"
      "\n";
  EXPECT_EQ(Search({"--index", Index(), "query", "--jsonl", "-q", "--min-containment", "0.3"}, half)
                .status,
            0);
  EXPECT_EQ(Search({"--index", Index(), "query", "--jsonl", "-q", "--min-containment", "0.9"}, half)
                .status,
            1);
}

TEST_F(SearchCliTest, RetriedAddKeepsTheSameBytesAndAnswers) {
  Build();
  const std::string first = IndexBytes();
  const AppRun before =
      Search({"--index", Index(), "query", "--jsonl", "--format", "jsonl"}, kQuery);
  const AppRun again = Search({"--index", Index(), "add", "--jsonl"}, kCorpus);
  // The index keeps its own options.
  EXPECT_EQ(Search({"--index", Index(), "add", "--jsonl", "--window", "8"}, kCorpus).status, 2);
  EXPECT_EQ(again.status, 0);
  EXPECT_THAT(again.err, HasSubstr("0 added, 3 unchanged, 0 replaced"));
  EXPECT_EQ(IndexBytes(), first);
  EXPECT_EQ(Search({"--index", Index(), "query", "--jsonl", "--format", "jsonl"}, kQuery).out,
            before.out);
  // add on a new directory is build.
  EXPECT_EQ(
      Search({"--index", Index("fresh"), "add", "--jsonl", "-q", "--window", "4"}, kCorpus).status,
      0);
  EXPECT_EQ(IndexBytes("fresh"), first);
}

// More articles than one batch of the build pipeline (read while the one
// before is indexed), with a retry and an edit after the first batch.
std::string ArticlesOverBatches() {
  std::string input;
  for (int i = 0; i < 2500; ++i) {
    input += R"({"id": "a)" + std::to_string(i) + R"(", "text": "Story )" + std::to_string(i) +
             R"( says the council met on day )" + std::to_string(i % 97) + R"( about roads."})" +
             "\n";
  }
  input += R"({"id": "a7", "text": "Story 7 says the council met on day 7 about roads."})"
           "\n";
  input += R"({"id": "a9", "text": "Story 9 was edited later."})"
           "\n";
  return input;
}

// The bytes and the counts do not depend on the threads, nor on whether the
// texts waited in memory or (--buffer-size 0) in a temporary file.
TEST_F(SearchCliTest, BuildAcrossBatchesDoesNotDependOnThreads) {
  const std::string input = ArticlesOverBatches();
  const std::vector<std::vector<std::string>> runs = {
      {"--threads", "1"},
      {"--threads", "3"},
      {"--threads", "1", "--buffer-size", "0"},
      {"--threads", "3", "--buffer-size", "0"},
  };
  std::vector<std::string> bytes;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const std::string name = "r" + std::to_string(r);
    std::vector<std::string> args = {"--index", Index(name), "build", "--jsonl"};
    args.insert(args.end(), runs[r].begin(), runs[r].end());
    const AppRun run = Search(args, input);
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_THAT(run.err, HasSubstr("2500 articles (2500 added, 1 unchanged, 1 replaced"));
    EXPECT_THAT(run.err, HasSubstr("a9: changed since it was indexed; replaced"));
    bytes.push_back(IndexBytes(name));
  }
  EXPECT_FALSE(bytes[0].empty());
  for (std::size_t r = 1; r < runs.size(); ++r) EXPECT_EQ(bytes[r], bytes[0]) << r;
}

// The temporary file of the texts cannot be made: exit 1, naming it, and
// no index.
TEST_F(SearchCliTest, UncreatableTemporaryFileFailsTheBuild) {
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before != nullptr ? before : "";
  setenv("TMPDIR", (dir_ + "/missing").c_str(), 1);
  const AppRun run =
      Search({"--index", Index(), "build", "--jsonl", "--buffer-size", "0"}, kCorpus);
  if (before != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(dir_ + "/missing/precis-search-"));
  EXPECT_FALSE(std::filesystem::exists(search::IndexFilePath(Index())));
}

// A full disk under the temporary file (a file size limit: EFBIG): exit 1,
// naming the file, and an earlier index is left as it was.
TEST_F(SearchCliTest, UnwritableTemporaryFileFailsTheBuild) {
  Build();
  const std::string before = IndexBytes();
  AppRun run;
  {
    const testing::FileSizeLimit limit(16 << 10);
    ASSERT_TRUE(limit.ok());
    run = Search({"--index", Index(), "build", "--jsonl", "--buffer-size", "0"},
                 ArticlesOverBatches());
  }
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("/precis-search-"));
  EXPECT_THAT(run.err, HasSubstr("(temporary file, deleted): writing failed"));
  EXPECT_EQ(IndexBytes(), before);
}

TEST_F(SearchCliTest, ChangedArticleIsReplacedWithAWarning) {
  Build();
  const std::string edited =
      R"({"id": "herald", "text": "The city council approved a new budget on Tuesday after a long debate about bus routes."})"
      "\n";
  const AppRun add = Search({"--index", Index(), "add", "--jsonl"}, edited);
  EXPECT_EQ(add.status, 0);
  EXPECT_THAT(add.err, HasSubstr("warning: herald: changed since it was indexed; replaced"));
  const AppRun run = Search({"--index", Index(), "query", "--jsonl", "--format", "tsv"}, kQuery);
  EXPECT_THAT(run.out, HasSubstr("release\t1\therald\t1\t1\t"));
}

TEST_F(SearchCliTest, DamagedIndexIsRefused) {
  Build();
  const std::string path = search::IndexFilePath(Index());
  const std::string good = IndexBytes();
  const Result<search::IndexHeader> header = search::DecodeHeader(good, good.size());
  ASSERT_TRUE(header.ok());
  std::string bytes = good;
  bytes[header->sections[search::kPostings].offset + 1] ^= 0x10;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  const AppRun query = Search({"--index", Index(), "query", "--jsonl"}, kQuery);
  EXPECT_EQ(query.status, 2);
  EXPECT_THAT(query.err, HasSubstr(path + ": damaged postings"));
  EXPECT_EQ(query.out, "");
  // add refuses it too and leaves it as it was.
  const AppRun add = Search({"--index", Index(), "add", "--jsonl"}, kCorpus);
  EXPECT_EQ(add.status, 1);
  EXPECT_EQ(IndexBytes(), bytes);
  // A damaged text is found when its article is a candidate: the query
  // stops there (2), naming the article.
  bytes = good;
  bytes[header->sections[search::kTexts].offset + 3] ^= 0x20;  // in "wire"
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  const AppRun text = Search({"--index", Index(), "query", "--jsonl"}, kQuery);
  EXPECT_EQ(text.status, 2);
  EXPECT_THAT(text.err, HasSubstr(path + ": damaged texts (article wire fails its checksum)"));
  std::filesystem::resize_file(path, bytes.size() / 2);
  EXPECT_THAT(Search({"--index", Index(), "query", "--jsonl"}, kQuery).err, HasSubstr("truncated"));
}

// Two adds to one index at once: the second waits for the first (the
// index's lock) and adds to what it wrote, so neither run's articles are lost.
TEST_F(SearchCliTest, ConcurrentAddsKeepBothRunsArticles) {
  const std::string corpus = kCorpus;
  const std::size_t second_line = corpus.find('\n') + 1;
  const auto [a, b] = testing::RunOverlapping(
      RunSearch, {"--index", Index(), "add", "--jsonl", "-q"}, corpus.substr(0, second_line),
      {"--index", Index(), "add", "--jsonl"}, corpus.substr(second_line));
  ASSERT_EQ(a.status, 0) << a.err;
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_THAT(b.err, HasSubstr("another run is updating " + Index()));
  Result<search::Index> index = search::Index::Open(search::IndexFilePath(Index()));
  ASSERT_TRUE(index.ok()) << index.status().message();
  std::vector<std::string> ids;
  for (std::uint32_t i = 0; i < index->size(); ++i) ids.emplace_back(index->Id(i));
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"gazette", "herald", "wire"}));
}

TEST_F(SearchCliTest, ShardsQueriedTogetherEqualTheSingleIndex) {
  Build("single");
  for (int s = 0; s < 3; ++s) {
    const AppRun run = Search({"--index", Index("s" + std::to_string(s)), "--shard",
                               std::to_string(s) + "/3", "build", "--jsonl", "--window", "4"},
                              kCorpus);
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_THAT(run.err, HasSubstr("of other shards skipped; shard " + std::to_string(s) + "/3"));
  }
  for (const char* format : {"text", "tsv", "jsonl"}) {
    const AppRun single =
        Search({"--index", Index("single"), "query", "--jsonl", "--format", format}, kQuery);
    const AppRun sharded = Search({"--index", Index("s0"), "--index", Index("s1"), "--index",
                                   Index("s2"), "query", "--jsonl", "--format", format},
                                  kQuery);
    EXPECT_EQ(sharded.status, single.status);
    EXPECT_EQ(sharded.out, single.out) << format;
  }
}

// Each match would be reported once per copy of its index.
TEST_F(SearchCliTest, SameIndexOrShardTwiceIsRefused) {
  Build();
  const AppRun twice =
      Search({"--index", Index(), "--index", Index() + "/", "query", "--jsonl"}, kQuery);
  EXPECT_EQ(twice.status, 2);
  EXPECT_EQ(twice.out, "");
  EXPECT_EQ(twice.err, "precis-search: " + Index() + " and " + Index() +
                           "/: the same index given twice (each match would be reported "
                           "twice)\n");
  for (const char* name : {"s0", "copy"}) {
    ASSERT_EQ(Search({"--index", Index(name), "--shard", "0/3", "build", "--jsonl", "-q"}, kCorpus)
                  .status,
              0);
  }
  const AppRun shard =
      Search({"--index", Index("s0"), "--index", Index("copy"), "query", "--jsonl"}, kQuery);
  EXPECT_EQ(shard.status, 2);
  EXPECT_THAT(shard.err,
              HasSubstr(Index("s0") + " and " + Index("copy") + ": both hold shard 0/3"));
}

TEST_F(SearchCliTest, IndexesCutDifferentlyAreNamedWithTheOption) {
  Build();
  ASSERT_EQ(Search({"--index", Index("unstemmed"), "build", "--jsonl", "-q", "--window", "4",
                    "--no-stem"},
                   kCorpus)
                .status,
            0);
  const AppRun mixed =
      Search({"--index", Index(), "--index", Index("unstemmed"), "query", "--jsonl"}, kQuery);
  EXPECT_EQ(mixed.status, 2);
  EXPECT_THAT(mixed.err,
              HasSubstr("precis-search: " + Index("unstemmed") + ": built with --no-stem on, but " +
                        Index() + " with --no-stem off"));
}

TEST_F(SearchCliTest, RouteSendsEachArticleToItsShard) {
  const AppRun run = Search({"--shards", "3", "route", "--jsonl"}, kCorpus);
  ASSERT_EQ(run.status, 0) << run.err;
  std::string expected;
  for (const char* id : {"wire", "gazette", "herald"}) {
    EXPECT_THAT(run.out, HasSubstr(std::to_string(search::ShardOf(id, 3)) + "\t{\"id\":\"" + id +
                                   "\",\"text\":\""));
  }
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
  // Routed records build the shard they name: route, then build each shard
  // from its lines, equals building with --shard.
  Build("whole");
  std::string lines[3];
  std::istringstream routed(run.out);
  for (std::string line; std::getline(routed, line);) {
    lines[line[0] - '0'] += line.substr(2) + "\n";
  }
  for (int s = 0; s < 3; ++s) {
    const std::string shard = std::to_string(s) + "/3";
    ASSERT_EQ(Search({"--index", Index("r" + std::to_string(s)), "--shard", shard, "build",
                      "--jsonl", "-q", "--window", "4"},
                     lines[s])
                  .status,
              0);
    ASSERT_EQ(Search({"--index", Index("b" + std::to_string(s)), "--shard", shard, "build",
                      "--jsonl", "-q", "--window", "4"},
                     kCorpus)
                  .status,
              0);
    EXPECT_EQ(IndexBytes("r" + std::to_string(s)), IndexBytes("b" + std::to_string(s)));
  }
}

TEST_F(SearchCliTest, UsageErrorsComeBeforeInput) {
  // stdin holds a query that would be read; every misuse stops before it.
  const std::vector<std::vector<std::string>> misuses = {
      {"query"},                                            // no --index
      {"--index", "x"},                                     // no command
      {"--index", "x", "find"},                             // unknown command
      {"--index", "x", "query", "--min-containment", "0"},  // out of range
      {"--index", "x", "query", "--min-containment", "1.5"},
      {"--index", "x", "query", "--window", "8"},             // build-only
      {"--index", "x", "query", "--shard", "0/2"},            // build/add only
      {"--index", "x", "build", "--min-containment", "0.5"},  // query-only
      {"--index", "x", "build", "--shard", "2/2"},            // bad shard
      {"--index", "x", "build", "--shard", "a/b"},
      {"--index", "x", "build", "--window", "0"},
      {"--index", "x", "build", "--buffer-size", "-1"},
      {"--index", "x", "query", "--buffer-size", "8"},  // build/add only
      {"--index", "x", "--index", "y", "build"},        // one index to write
      {"--index", "x", "query", "--format", "xml"},
      {"--index", "x", "query", "--header"},       // needs tsv
      {"route", "--jsonl"},                        // route needs --shards
      {"--shards", "2", "--index", "x", "route"},  // and no index
      {"--shards", "0", "route"},
      {"--shards", "2", "route", "--format", "tsv"},  // route writes one shape
      {"--shards", "2", "--index", "x", "query"},     // --shards is route's
  };
  for (const auto& args : misuses) {
    const AppRun run = Search(args, kQuery);
    EXPECT_EQ(run.status, 2) << ::testing::PrintToString(args);
    EXPECT_EQ(run.out, "");
    EXPECT_THAT(run.err, StartsWith("precis-search: ")) << ::testing::PrintToString(args);
  }
  EXPECT_FALSE(std::filesystem::exists("x"));
}

TEST_F(SearchCliTest, BadArticleIsReportedAndTheOthersIndexed) {
  const std::string input = std::string(kCorpus) + "{broken\n";
  const AppRun run = Search({"--index", Index(), "build", "--jsonl"}, input);
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("line 4"));
  EXPECT_THAT(run.err, HasSubstr("3 articles"));
}

TEST_F(SearchCliTest, BadQueryRecordNamesFileLineAndByte) {
  Build();
  const std::string release =
      R"({"id": "r", "text": "Funding for libraries rises by ten percent next year."})"
      "\n";
  const AppRun run =
      Search({"--index", Index(), "query", "--jsonl", "--format", "jsonl"}, release + "{broken\n");
  EXPECT_EQ(run.status, 2);
  const std::string where = "-: line 2 (byte " + std::to_string(release.size()) + "): ";
  EXPECT_THAT(run.out, HasSubstr("\n{\"id\":null,\"line\":2,\"error\":\"" + where));
  EXPECT_THAT(run.err, StartsWith("precis-search: " + where));
}

TEST_F(SearchCliTest, EmptyStdinIsNoArticle) {
  // Not one empty article named '-': nothing was given to index.
  for (const char* command : {"build", "add"}) {
    const AppRun run = Search({"--index", Index(), command});
    EXPECT_EQ(run.status, 1) << command;
    EXPECT_THAT(run.err, HasSubstr("precis-search: -: stdin is empty: no article to index\n"));
    EXPECT_THAT(run.err, HasSubstr("0 articles")) << run.err;
  }
  // Empty JSON Lines are no records: an empty feed adds nothing, and says so.
  const AppRun feed = Search({"--index", Index(), "add", "--jsonl"});
  EXPECT_EQ(feed.status, 0) << feed.err;
  EXPECT_THAT(feed.err, HasSubstr("0 articles (0 added"));
}

TEST_F(SearchCliTest, HelpNamesTheCommands) {
  const AppRun run = Search({"--help"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("build|add|query"));
  EXPECT_THAT(run.out, HasSubstr("--min-containment"));
}

}  // namespace
}  // namespace precis::cli
