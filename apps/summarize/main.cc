#include "common/cli.h"
#include "summarize/summarize.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunSummarize, "precis-summarize", argc, argv);
}
