// The JSON Lines reader on arbitrary lines: errors are values, never crashes.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/io/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  std::vector<precis::io::JsonField> fields = {
      {.name = "id", .required = false, .number_as_string = true},
      {.name = "text"},
      {.name = "references", .required = false, .array_of_strings = true}};
  const precis::Status status = precis::io::ParseJsonFields(line, fields);
  if (status.ok()) {
    std::string out;
    for (const auto& field : fields) precis::io::AppendJsonString(out, field.string);
  }
  return 0;
}
