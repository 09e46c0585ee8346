#include "search/article_inputs.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

namespace precis::cli {

bool ReadsTerminal(const CommonOptions& common, const std::istream& in) {
  const bool reads_stdin =
      common.inputs.empty() ||
      std::find(common.inputs.begin(), common.inputs.end(), "-") != common.inputs.end();
  return reads_stdin && &in == &std::cin && ::isatty(STDIN_FILENO) != 0;
}

bool IsEmptyStdin(const InputItem& item) {
  return item.source == "-" && item.line == 0 && item.error.ok() && item.text.empty();
}

}  // namespace precis::cli
