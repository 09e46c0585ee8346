// precis-compare --format html in a real browser. Each test writes a report
// from texts made for it (markup that must stay text, "&amp;", Arabic,
// Chinese, a ~20,000-word article), opens it in headless Chromium with a
// fresh profile and no network services, and checks what a reader would get:
// the DOM (passages, links both ways, escaping, clicks scrolling the other
// column), a screenshot that is not blank, and an A4 PDF. Skipped when no
// chromium is installed (scripts/install-deps.sh --test, which scripts/test.sh runs, installs Debian's).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/app_runner.h"
#include "compare/compare.h"
#include "support/read_file.h"
#include "support/scratch_path.h"

namespace precis::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Chromium: $PRECIS_CHROMIUM, else the first of these names on PATH.
std::string FindChromium() {
  if (const char* chosen = std::getenv("PRECIS_CHROMIUM"); chosen != nullptr && *chosen != 0) {
    return chosen;
  }
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  for (const char* name : {"chromium", "chromium-browser"}) {
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      const std::filesystem::path candidate = std::filesystem::path(dir) / name;
      if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return "";
}

std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

struct Shell {
  int status = -1;
  std::string out;
};

// Runs `command` with sh, capturing stdout (stderr is dropped: Chromium
// logs D-Bus and GPU noise there even when all is well).
Shell RunShell(const std::string& command) {
  Shell result;
  FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

// The values of every `name="..."` attribute in `html`, in order.
std::vector<std::string> Attributes(const std::string& html, const std::string& name) {
  std::vector<std::string> values;
  const std::string key = " " + name + "=\"";
  for (auto at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
    const auto start = at + key.size();
    values.push_back(html.substr(start, html.find('"', start) - start));
  }
  return values;
}

constexpr char kArabic[] =
    "أعلن المجلس البلدي يوم الثلاثاء إغلاق المكتبة القديمة بعد نقاش طويل استمر حتى منتصف الليل.";
constexpr char kChinese[] =
    "市议会周二投票决定关闭旧图书馆，此前经过了长时间的辩论。活动人士已经反对这项计划两年，并承诺继"
    "续努力。";
constexpr char kMarkup[] =
    "Readers wrote <script>alert(1)</script> and <b id=injected>bold</b> and "
    "<img src=x onerror=\"document.title='pwned'\"> into the comment box, said Smith &amp; Sons "
    "on Tuesday evening after the meeting.";

// A deterministic article of about `words` words in paragraphs of sentences.
std::string Article(std::uint32_t seed, std::size_t words) {
  static const std::vector<std::string> kWords = {
      "council", "river",   "budget",  "school",   "harbour", "minister", "library", "voters",
      "storm",   "bridge",  "market",  "nurses",   "railway", "village",  "debate",  "report",
      "water",   "housing", "taxes",   "election", "police",  "museum",   "farmers", "court",
      "flood",   "airport", "workers", "station",  "plan",    "winter",   "summer",  "hospital",
      "said",    "would",   "after",   "before",   "under",   "over",     "with",    "against",
      "new",     "old",     "early",   "late",     "large",   "small",    "public",  "local",
      "and",     "the",     "a",       "of",       "to",      "in",       "for",     "on"};
  std::uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  auto next = [&state](std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  std::string text;
  std::size_t written = 0;
  while (written < words) {
    const std::size_t sentences = 3 + next(4);
    for (std::size_t s = 0; s < sentences && written < words; ++s) {
      const std::size_t length = 8 + next(14);
      for (std::size_t w = 0; w < length; ++w, ++written) {
        std::string word = kWords[next(kWords.size())];
        if (w == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
        text += word;
        text += w + 1 == length ? ". " : " ";
      }
    }
    text.back() = '\n';
  }
  return text;
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::stringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) paragraphs.push_back(line);
  return paragraphs;
}

class CompareReportBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindChromium();
    if (chromium_.empty()) GTEST_SKIP() << "no chromium on PATH (scripts/install-deps.sh)";
    // A: markup, Arabic, Chinese, then a long article; B: the same special
    // paragraphs in another order, every third paragraph of the article, and
    // text of its own, so passages lie far apart in the two columns.
    const std::vector<std::string> article = Paragraphs(Article(7, 20'000));
    std::string a = "Library closes after long debate\n\n" + std::string(kMarkup) + "\n\n" +
                    kArabic + "\n\n" + kChinese + "\n\n";
    std::string b = "Town loses its library\n\n" + std::string(kChinese) + "\n\n" + kArabic +
                    "\n\n" + kMarkup + "\n\n";
    const std::vector<std::string> own = Paragraphs(Article(11, 8'000));
    for (std::size_t i = 0; i < article.size(); ++i) {
      a += article[i] + "\n";
      if (i % 3 == 0) b += article[i] + "\n";
      if (i < own.size()) b += own[i] + "\n";
    }
    const std::string a_path = ScratchPath("article a.txt");
    const std::string b_path = ScratchPath("article-b.txt");
    std::ofstream(a_path, std::ios::binary) << a;
    std::ofstream(b_path, std::ios::binary) << b;
    const AppRun run = RunApp(cli::RunCompare, {"--format", "html", a_path, b_path});
    ASSERT_EQ(run.status, 0) << run.err;
    report_ = run.out;
    report_path_ = ScratchPath("report.html");
    std::ofstream(report_path_, std::ios::binary) << report_;
  }

  // Runs Chromium headless on `page` with `flags`, in a fresh profile and
  // with the background services that would reach the network turned off.
  Shell Chromium(const std::string& flags, const std::string& page) {
    const std::string profile = ScratchPath("profile-" + std::to_string(runs_++));
    std::filesystem::create_directories(profile);
    return RunShell(
        "timeout 120 " + ShellQuote(chromium_) +
        " --headless --no-sandbox --disable-gpu --disable-background-networking"
        " --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage"
        " --user-data-dir=" +
        ShellQuote(profile) + " " + flags + " " + ShellQuote("file://" + page));
  }

  std::string chromium_;
  std::string report_;
  std::string report_path_;
  int runs_ = 0;
};

TEST_F(CompareReportBrowserTest, DomHasEveryPassageLinkedBothWaysAndNoInjectedMarkup) {
  const Shell dom = Chromium("--dump-dom", report_path_);
  ASSERT_EQ(dom.status, 0);
  ASSERT_THAT(dom.out, HasSubstr("</html>"));
  const std::size_t passages = Count(report_, "<tr id=\"p1-l");
  ASSERT_GE(passages, 50u);  // about one per copied paragraph, and the special ones
  for (std::size_t i = 1; i <= passages; ++i) {
    const std::string n = std::to_string(i);
    for (const std::string side : {"a", "b"}) {
      EXPECT_EQ(Count(dom.out, "id=\"p1-" + side + n + "\""), 1u) << side << n;
      EXPECT_THAT(dom.out, HasSubstr("href=\"#p1-" + side + n + "\"")) << side << n;
    }
  }
  // Every link in the page has its target.
  const std::vector<std::string> id_list = Attributes(dom.out, "id");
  const std::set<std::string> ids(id_list.begin(), id_list.end());
  EXPECT_EQ(ids.size(), id_list.size());  // unique
  const std::vector<std::string> links = Attributes(dom.out, "href");
  for (const std::string& link : links) {
    ASSERT_TRUE(link.starts_with('#')) << link;  // nothing outside the page
    EXPECT_EQ(ids.count(link.substr(1)), 1u) << link;
  }
  EXPECT_GT(links.size(), 4 * passages);
  // The column of A links to B and the column of B to A.
  const std::string column_a = dom.out.substr(dom.out.find("id=\"p1-a\""));
  EXPECT_THAT(column_a.substr(0, column_a.find("id=\"p1-b\"")), HasSubstr("href=\"#p1-b1\""));
  EXPECT_THAT(dom.out.substr(dom.out.find("id=\"p1-b\"")), HasSubstr("href=\"#p1-a1\""));

  // The article's markup is text: the page's own script is the only one,
  // and nothing the article wrote became an element or ran.
  EXPECT_EQ(Count(dom.out, "<script"), 1u);
  EXPECT_THAT(dom.out, Not(HasSubstr("<img")));
  EXPECT_THAT(dom.out, Not(HasSubstr("id=\"injected\"")));
  EXPECT_THAT(dom.out, Not(HasSubstr("<title>pwned")));
  EXPECT_THAT(dom.out, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(dom.out, HasSubstr("Smith &amp;amp; Sons"));

  // Arabic and Chinese arrive intact, each in a paragraph that finds its own
  // direction, and highlighted as passages.
  for (const std::string& text :
       {std::string("أعلن المجلس البلدي"), std::string("市议会周二投票")}) {
    const auto at = dom.out.find(text);
    ASSERT_NE(at, std::string::npos) << text;
    const auto paragraph = dom.out.rfind("<p dir=\"auto\">", at);
    ASSERT_NE(paragraph, std::string::npos);
    EXPECT_THAT(dom.out.substr(paragraph, at - paragraph), HasSubstr("class=\"m h")) << text;
  }
}

TEST_F(CompareReportBrowserTest, ClickingAPassageScrollsItsPartnerIntoView) {
  // The page plus a probe that clicks the last highlight of each column and
  // records how far the other column scrolled and how many elements lit up.
  std::string page = report_;
  const std::string probe = R"(<script>
function probe(from, to) {
  var marks = document.querySelectorAll('#p1-' + from + ' a.m'), mark = marks[marks.length - 1];
  var before = document.getElementById('p1-' + to).scrollTop;
  mark.click();
  return before + ',' + document.getElementById('p1-' + to).scrollTop + ':' + document.querySelectorAll('.on').length;
}
document.body.setAttribute('data-probe', probe('a', 'b') + ' ' + probe('b', 'a'));
</script>
</body>)";
  page.replace(page.rfind("</body>"), 7, probe);
  const std::string probe_path = ScratchPath("probe.html");
  std::ofstream(probe_path, std::ios::binary) << page;
  const Shell dom = Chromium("--window-size=1280,2000 --dump-dom", probe_path);
  ASSERT_EQ(dom.status, 0);
  const auto at = dom.out.find("data-probe=\"");
  ASSERT_NE(at, std::string::npos) << "the probe did not run";
  const std::string probed = dom.out.substr(at + 12, dom.out.find('"', at + 12) - at - 12);
  std::smatch result;
  ASSERT_TRUE(std::regex_match(probed, result, std::regex("0,(\\d+):(\\d+) 0,(\\d+):(\\d+)")))
      << probed;
  EXPECT_GT(std::stoi(result[1]), 2000);  // B scrolled to a passage deep in the text
  EXPECT_GE(std::stoi(result[2]), 2);     // outlined in both columns (and the list)
  EXPECT_GT(std::stoi(result[3]), 2000);  // and back: A scrolled
  EXPECT_GE(std::stoi(result[4]), 2);
}

TEST_F(CompareReportBrowserTest, ScreenshotShowsTextAndHighlights) {
  const std::string shot = ScratchPath("report.png");
  const Shell run = Chromium(
      "--window-size=1280,2000 --hide-scrollbars --screenshot=" + ShellQuote(shot), report_path_);
  ASSERT_EQ(run.status, 0);
  ASSERT_TRUE(std::filesystem::exists(shot));
  EXPECT_GT(std::filesystem::file_size(shot), 50'000u);
  // The first two highlight colours over white (.h0 and .h1 in the page's
  // style), which a page without its style or its passages would lack.
  const Shell stats = RunShell("python3 " + ShellQuote(SourcePath("tests/browser/png_stats.py")) +
                               " " + ShellQuote(shot) + " fff06c a9e4ff");
  ASSERT_EQ(stats.status, 0) << stats.out;
  std::map<std::string, double> values;
  std::stringstream lines(stats.out);
  std::string key;
  while (lines >> key) {
    if (key == "size") {
      lines >> values["width"] >> values["height"];
    } else if (key == "near") {
      std::string colour;
      lines >> colour >> values[colour];
    } else {
      lines >> values[key];
    }
  }
  EXPECT_EQ(values["width"], 1280);
  EXPECT_EQ(values["height"], 2000);
  EXPECT_GT(values["colours"], 200);  // text, shading and highlights, not a blank page
  EXPECT_GT(values["non_white"], 0.10);
  EXPECT_GT(values["fff06c"], 1000);  // passage 1's yellow
  EXPECT_GT(values["a9e4ff"], 1000);  // passage 2's blue
}

TEST_F(CompareReportBrowserTest, PrintsToA4Pdf) {
  const std::string pdf = ScratchPath("report.pdf");
  const Shell run =
      Chromium("--no-pdf-header-footer --print-to-pdf=" + ShellQuote(pdf), report_path_);
  ASSERT_EQ(run.status, 0);
  ASSERT_TRUE(std::filesystem::exists(pdf));
  const std::string bytes = ReadFileBytes(pdf);
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  // Both columns in full: a 20,000-word article runs to many pages.
  EXPECT_GT(Count(bytes, "/Type /Page") - Count(bytes, "/Type /Pages"), 10u);
  // A4 is 595 x 842 points (Chromium rounds it to device pixels).
  const auto box = bytes.find("/MediaBox [0 0 ");
  ASSERT_NE(box, std::string::npos);
  std::istringstream size(bytes.substr(box + 15, 40));
  double width = 0;
  double height = 0;
  size >> width >> height;
  EXPECT_NEAR(width, 595.3, 2.0);
  EXPECT_NEAR(height, 841.9, 2.0);
}

}  // namespace
}  // namespace precis::testing
