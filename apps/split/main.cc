#include "common/cli.h"
#include "split/split.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunSplit, "precis-split", argc, argv);
}
