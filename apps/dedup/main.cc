#include "common/cli.h"
#include "dedup/dedup.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunDedup, "precis-dedup", argc, argv);
}
