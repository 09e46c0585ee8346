#include "common/cli.h"
#include "idf/idf.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunIdf, "precis-idf", argc, argv);
}
