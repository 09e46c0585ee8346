#include "common/cli.h"
#include "sketch/sketch.h"

int main(int argc, char** argv) {
  return precis::cli::Main(precis::cli::RunSketch, "precis-sketch", argc, argv);
}
