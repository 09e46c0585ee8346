#include "common/cli.h"
#include "compare/compare.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunCompare, "precis-compare", argc, argv);
}
