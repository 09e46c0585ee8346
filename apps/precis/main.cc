// precis: the umbrella command. `precis <verb> ARGS...` runs precis-<verb>
// ARGS..., preferring the copy installed beside this binary over PATH, so an
// installed tree works without PATH changes.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "precis/version.h"

namespace {

struct Verb {
  std::string_view name;
  std::string_view summary;
};

constexpr std::array kVerbs = {
    Verb{"split", "split text into sentences with byte offsets"},
    Verb{"summarize", "summarize articles to N sentences, words or bytes"},
    Verb{"idf", "count document frequencies into an IDF model (and merge models)"},
    Verb{"compare", "how much of A is in B, and which passages"},
    Verb{"rouge", "score summaries against references, as ROUGE-1.5.5 does"},
    Verb{"sketch", "MinHash signatures of articles, one line each"},
    Verb{"dedup", "find near-duplicate articles: pairs, clusters or a unique stream"},
    Verb{"search", "which articles of an indexed corpus contain this text (and where)"},
};

std::filesystem::path SelfDirectory() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : self.parent_path();
}

// The executable for `verb`: beside this binary (an installed tree), in the
// verb's folder beside it (the build tree: apps/<verb>/precis-<verb>), else
// the bare name, for PATH.
std::string Executable(std::string_view verb) {
  const std::string name = "precis-" + std::string(verb);
  const std::filesystem::path self = SelfDirectory();
  if (!self.empty()) {
    for (const std::filesystem::path& candidate : {self / name, self / verb / name}) {
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return name;
}

bool Available(std::string_view verb) {
  const std::string executable = Executable(verb);
  if (executable.find('/') != std::string::npos) return true;
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::string_view directories(path);
  while (!directories.empty()) {
    const std::size_t colon = directories.find(':');
    const std::filesystem::path candidate =
        std::filesystem::path(std::string(directories.substr(0, colon))) / executable;
    if (::access(candidate.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) break;
    directories.remove_prefix(colon + 1);
  }
  return false;
}

// Levenshtein distance, for "did you mean" on a mistyped verb.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

// The verb `typed` most likely meant: within two edits ("summarise",
// "compair") or a prefix of it ("sum"); empty when nothing is close.
std::string_view Suggestion(std::string_view typed) {
  std::string_view best;
  std::size_t best_distance = 3;
  for (const Verb& verb : kVerbs) {
    const std::size_t distance = verb.name.starts_with(typed) && typed.size() >= 2
                                     ? 1
                                     : EditDistance(typed, verb.name);
    if (distance < best_distance) {
      best = verb.name;
      best_distance = distance;
    }
  }
  return best;
}

void PrintHelp() {
  std::cout << "Usage: precis <verb> [OPTIONS] [FILE...]\n\n"
               "Fast summaries and overlap for news text. Each verb is also its own program,\n"
               "precis-<verb>; `precis <verb> --help` describes it.\n\nVerbs:\n";
  for (const Verb& verb : kVerbs) {
    if (!Available(verb.name)) continue;
    std::cout << "  " << verb.name << std::string(12 - verb.name.size(), ' ') << verb.summary
              << '\n';
  }
  std::cout << "\n`precis help <verb>` is `precis <verb> --help`.\n"
               "\nExit status: that of the verb; 2 for an unknown verb.\n\n"
               "Example:\n  precis summarize -n 3 corpus/000_7607a87248a232cc.txt\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintHelp();
    return 2;
  }
  std::string_view first = argv[1];
  std::vector<char*> rest(argv + 2, argv + argc);
  static char help_flag[] = "--help";
  if (first == "help" && argc > 2) {
    // `precis help summarize` is `precis summarize --help`.
    first = argv[2];
    rest.assign({help_flag});
  } else if (first == "--help" || first == "-h" || first == "help") {
    PrintHelp();
    return 0;
  }
  if (first == "--version") {
    std::cout << "precis " << precis::kVersion << '\n';
    return 0;
  }
  bool known = false;
  for (const Verb& verb : kVerbs) known = known || verb.name == first;
  if (!known || !Available(first)) {
    std::cerr << "precis: unknown verb '" << first << "'";
    if (const std::string_view close = Suggestion(first); !close.empty() && Available(close)) {
      std::cerr << "; did you mean '" << close << "'?";
    }
    std::cerr << " (try precis --help)\n";
    return 2;
  }
  const std::string executable = Executable(first);
  std::vector<char*> arguments;
  std::string program = "precis-" + std::string(first);
  arguments.push_back(program.data());
  for (char* argument : rest) arguments.push_back(argument);
  arguments.push_back(nullptr);
  ::execvp(executable.c_str(), arguments.data());
  std::cerr << "precis: cannot run " << executable << ": " << std::strerror(errno) << '\n';
  return 1;
}
