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

inline AppRun RunApp(cli::RunFunction run, const std::vector<std::string>& args,
                     const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out;
  std::ostringstream err;
  AppRun result;
  result.status = run(args, in, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

// A path under the source tree, e.g. SourcePath("corpus/x.txt").
inline std::string SourcePath(const std::string& relative) {
  return std::string(PRECIS_SOURCE_DIR) + "/" + relative;
}

}  // namespace precis::testing
