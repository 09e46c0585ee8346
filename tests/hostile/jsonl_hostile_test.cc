// JSONL input damage, through precis-split (every app shares the reader).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/app_runner.h"
#include "hostile/hostile_inputs.h"
#include "split/split.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;

AppRun SplitJsonl(const std::string& stream, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"--jsonl", "--format", "jsonl"};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunApp(cli::RunSplit, args, stream);
}

std::size_t Lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(JsonlHostileTest, EachDamagedLineYieldsOneErrorRecordInPlace) {
  const std::string stream =
      "{\"id\":\"ok1\",\"text\":\"One.\"}\n"
      "{\"id\":\"trunc\",\"text\":\"cut off\n"
      "[1,2,3]\n"
      "{\"id\":\"notext\"}\n"
      "{\"id\":\"num\",\"text\":42}\n"
      "{\"id\":\"arr\",\"text\":[\"a\"]}\n"
      "{\"id\":{\"x\":1},\"text\":\"Object id.\"}\n"
      "\n"
      "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
      "{\"id\":\"badutf8\",\"text\":\"\xFF\"}\n"
      "{\"id\":\"ok2\",\"text\":\"Two.\"}";
  const AppRun run = SplitJsonl(stream);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Lines(run.out), 11u) << run.out;  // one record per line, in order
  EXPECT_THAT(run.out, HasSubstr("\"line\":2,\"error\":\"malformed JSON"));
  EXPECT_THAT(run.out, HasSubstr("\"line\":3,\"error\":\"not a JSON object\""));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"notext\",\"line\":4,\"error\":\"field \\\"text\\\" is missing\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"num\",\"line\":5,\"error\":\"field \\\"text\\\" must be a string\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"arr\",\"line\":6,\"error\":\"field \\\"text\\\" must be a string\"}"));
  EXPECT_THAT(run.out, HasSubstr("\"line\":7,\"error\":\"field \\\"id\\\" must be a string\"}"));
  EXPECT_THAT(run.out, HasSubstr("\"line\":8,\"error\":\"empty line: each line must hold one JSON object\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"nul\",\"line\":9,\"error\":\"field \\\"text\\\" has a NUL character (\\\\u0000) at byte 1 of the text\"}"));
  EXPECT_THAT(run.out, HasSubstr("\"line\":10,\"error\":\"invalid UTF-8 at byte 24 of the line\"}"));
  EXPECT_THAT(run.out, HasSubstr("{\"id\":\"ok2\",\"index\":0,\"start\":0,\"end\":4,\"text\":\"Two.\"}"));
}

TEST(JsonlHostileTest, DuplicateIdsAreKeptInOrder) {
  const AppRun run = SplitJsonl("{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"x\",\"text\":\"B.\"}\n");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "{\"id\":\"x\",\"index\":0,\"start\":0,\"end\":2,\"text\":\"A.\"}\n"
            "{\"id\":\"x\",\"index\":0,\"start\":0,\"end\":2,\"text\":\"B.\"}\n");
}

TEST(JsonlHostileTest, HugeLineIsProcessed) {
  const std::string text = Repeat("Sentence here. ", 1 << 20);  // 15 MB
  const AppRun run = SplitJsonl("{\"id\":\"big\",\"text\":\"" + text + "\"}\n");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(Lines(run.out), std::size_t{1} << 20);
}

TEST(JsonlHostileTest, FinalLineWithoutNewlineIsARecord) {
  const AppRun run = SplitJsonl("{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}");
  EXPECT_EQ(Lines(run.out), 2u);
}

TEST(JsonlHostileTest, FailFastStopsAtTheFirstBadRecord) {
  const AppRun run = SplitJsonl("{\"id\":\"a\",\"text\":\"A.\"}\nbroken\n{\"id\":\"c\",\"text\":\"C.\"}\n",
                                {"--fail-fast"});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(Lines(run.out), 2u);  // the good record and the error record
  EXPECT_THAT(run.out, ::testing::Not(HasSubstr("\"id\":\"c\"")));
}

}  // namespace
}  // namespace precis::testing
