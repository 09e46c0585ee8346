// Decoding, sentence and word segmentation and normalization on arbitrary
// bytes: must never crash, and spans must keep their guarantees.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "precis/text/analyzer.h"
#include "precis/text/decode.h"
#include "precis/text/page_furniture.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static auto analyzer = precis::text::Analyzer::Create({});
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the decoding mode so every path gets exercised.
  const char* encodings[] = {"utf-8", "auto", "windows-1252", "UTF-16LE"};
  const char* encoding = size > 0 ? encodings[data[0] % 4] : "utf-8";
  auto decoded = precis::text::Decode(bytes.substr(size > 0 ? 1 : 0), {.encoding = encoding});
  if (!decoded.ok()) return 0;
  const std::string& text = decoded->text;
  const precis::text::Analysis analysis = analyzer->Analyze(text);
  std::uint32_t previous_end = 0;
  for (const precis::ByteSpan sentence : analysis.sentences) {
    Check(previous_end <= sentence.begin && sentence.begin < sentence.end);
    Check(sentence.end <= text.size());
    previous_end = sentence.end;
  }
  for (const precis::text::Token& token : analysis.tokens) {
    Check(token.sentence < analysis.sentences.size());
    const precis::ByteSpan sentence = analysis.sentences[token.sentence];
    Check(sentence.begin <= token.span.begin && token.span.end <= sentence.end);
    Check(token.span.begin < token.span.end);
  }
  Check(analysis.sentence_token_begin.size() == analysis.sentences.size() + 1);
  // Furniture lines: in order, apart, inside the text, each a whole line.
  std::uint32_t line_end = 0;
  bool first = true;
  for (const precis::ByteSpan line : precis::text::FindFurnitureLines(text, analysis)) {
    Check(line.begin < line.end && line.end <= text.size());
    Check(first || line_end < line.begin);
    Check(line.end == text.size() || text[line.end] == '\n' || text[line.end] == '\r' ||
          text[line.end] == ' ' || text[line.end] == '\t' || text[line.end] == '\v' ||
          text[line.end] == '\f');
    line_end = line.end;
    first = false;
  }
  return 0;
}
