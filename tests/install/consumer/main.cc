// A downstream program using the installed library.
#include <iostream>

#include <precis/text/analyzer.h>

int main() {
  precis::Result<precis::text::Analyzer> analyzer = precis::text::Analyzer::Create({});
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << '\n';
    return 1;
  }
  const precis::text::Analysis analysis = analyzer->Analyze("Mr. Smith came. He left.");
  std::cout << "consumer: " << analysis.sentences.size() << " sentences\n";
  return 0;
}
