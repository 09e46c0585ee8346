#include "common/cli.h"
#include "rouge/rouge.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunRouge, "precis-rouge", argc, argv);
}
