// Runs an app's Run function in-process with given arguments and stdin, and
// captures what it writes, for golden-output and exit-status tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "common/cli.h"

namespace precis::testing {

struct AppRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `run` on `args` with stdin read from `in` (a stream that fails half
// way, say), and captures what it writes.
inline AppRun RunApp(cli::RunFunction run, const std::vector<std::string>& args,
                     std::istream& in) {
  std::ostringstream out;
  std::ostringstream err;
  AppRun result;
  result.status = run(args, in, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

// Same, with `stdin_text` as stdin.
inline AppRun RunApp(cli::RunFunction run, const std::vector<std::string>& args,
                     const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  return RunApp(run, args, in);
}

// A path under the source tree, e.g. SourcePath("corpus/x.txt").
inline std::string SourcePath(const std::string& relative) {
  return std::string(PRECIS_SOURCE_DIR) + "/" + relative;
}

}  // namespace precis::testing
