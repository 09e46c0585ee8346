// precis: the umbrella command. `precis <verb> ARGS...` runs precis-<verb>
// ARGS..., preferring the copy installed beside this binary over PATH, so an
// installed tree works without PATH changes.
#include <unistd.h>

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

void PrintHelp() {
  std::cout << "Usage: precis <verb> [OPTIONS] [FILE...]\n\n"
               "Fast summaries and overlap for news text. Each verb is also its own program,\n"
               "precis-<verb>; `precis <verb> --help` describes it.\n\nVerbs:\n";
  for (const Verb& verb : kVerbs) {
    if (!Available(verb.name)) continue;
    std::cout << "  " << verb.name << std::string(12 - verb.name.size(), ' ') << verb.summary
              << '\n';
  }
  std::cout << "\nExit status: that of the verb; 2 for an unknown verb.\n\n"
               "Example:\n  precis summarize -n 3 corpus/000_7607a87248a232cc.txt\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintHelp();
    return 2;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
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
    std::cerr << "precis: unknown verb '" << first << "' (try precis --help)\n";
    return 2;
  }
  const std::string executable = Executable(first);
  std::vector<char*> arguments;
  std::string program = "precis-" + std::string(first);
  arguments.push_back(program.data());
  for (int i = 2; i < argc; ++i) arguments.push_back(argv[i]);
  arguments.push_back(nullptr);
  ::execvp(executable.c_str(), arguments.data());
  std::cerr << "precis: cannot run " << executable << ": " << std::strerror(errno) << '\n';
  return 1;
}
