#include "common/cli.h"
#include "search/search.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunSearch, "precis-search", argc, argv);
}
