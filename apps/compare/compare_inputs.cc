#include "compare/compare_inputs.h"

#include <fstream>
#include <istream>
#include <unordered_map>

#include "precis/io/input_file.h"
#include "precis/io/jsonl.h"

namespace precis::cli {

Result<std::vector<PairRef>> ReadPairs(const std::string& path, std::istream& stdin_stream,
                                       const std::vector<InputItem>& items) {
  std::ifstream file;
  std::istream* stream = &stdin_stream;
  if (path != "-") {
    if (Status opened = io::OpenForReading(path, file); !opened.ok()) {
      return Status(opened.code(), path + ": " + opened.message());
    }
    stream = &file;
  }
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < items.size(); ++i) by_id.emplace(items[i].id, i);

  std::vector<PairRef> pairs;
  std::string line;
  std::uint64_t line_number = 0;
  std::uint64_t next_offset = 0;  // byte offset of the next line in the file
  while (io::ReadLine(*stream, line)) {
    ++line_number;
    // "<pairs file>: line N (byte B): ", as InputItem::Where() names records.
    const std::string where = path + ": line " + std::to_string(line_number) + " (byte " +
                              std::to_string(next_offset) + "): ";
    next_offset += line.size() + 1;
    if (line_number == 1) io::StripByteOrderMark(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      return InvalidInput(where + "expected two ids separated by a tab");
    }
    PairRef pair{.a_id = line.substr(0, tab), .b_id = line.substr(tab + 1)};
    if (const std::size_t extra = pair.b_id.find('\t'); extra != std::string::npos) {
      pair.b_id.resize(extra);  // further columns are ignored
    }
    const auto a = by_id.find(pair.a_id);
    const auto b = by_id.find(pair.b_id);
    if (a == by_id.end() || b == by_id.end()) {
      pair.error =
          InvalidInput(where + "unknown id '" + (a == by_id.end() ? pair.a_id : pair.b_id) + "'");
    } else {
      pair.a = a->second;
      pair.b = b->second;
    }
    pairs.push_back(std::move(pair));
  }
  if (stream->bad()) {
    return IoError(path + ": line " + std::to_string(line_number + 1) + " (byte " +
                   std::to_string(next_offset) + "): " + io::LineReadFailure().message());
  }
  return pairs;
}

}  // namespace precis::cli
