#include <simdjson.h>

#include "precis/io/jsonl.h"
#include "precis/text/decode.h"

namespace precis::io {
namespace {

Status FieldError(const JsonField& field, std::string_view problem) {
  return InvalidInput("field \"" + field.name + "\" " + std::string(problem));
}

Status ReadField(simdjson::dom::element value, JsonField& field) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      field.kind = JsonField::Kind::kString;
      field.string = std::string(value.get_string().value_unsafe());
      return Status::Ok();
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      if (!field.number_as_string) return FieldError(field, "must be a string");
      field.kind = JsonField::Kind::kString;
      field.string = simdjson::minify(value);
      field.number = true;
      return Status::Ok();
    case simdjson::dom::element_type::ARRAY: {
      if (!field.array_of_strings) return FieldError(field, "must be a string");
      field.kind = JsonField::Kind::kStringArray;
      // Bind the array to a local: iterating the temporary result dangles.
      simdjson::dom::array array;
      if (value.get_array().get(array)) return FieldError(field, "must be an array");
      for (simdjson::dom::element item : array) {
        if (!item.is_string()) return FieldError(field, "must hold only strings");
        field.strings.emplace_back(item.get_string().value_unsafe());
      }
      return Status::Ok();
    }
    default:
      return FieldError(field, "must be a string");
  }
}

}  // namespace

bool StripByteOrderMark(std::string& line) {
  if (!line.starts_with("\xEF\xBB\xBF")) return false;
  line.erase(0, 3);
  return true;
}

Status ParseJsonFields(std::string_view line, std::span<JsonField> fields) {
  for (JsonField& field : fields) {
    field.kind = JsonField::Kind::kMissing;
    field.string.clear();
    field.number = false;
    field.strings.clear();
  }
  if (const std::size_t bad = text::FindInvalidUtf8(line); bad != std::string_view::npos) {
    return InvalidInput("invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
  }
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    return InvalidInput("empty line: each line must hold one JSON object");
  }
  // One parser per thread: simdjson parsers own reusable buffers.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto error = parser.parse(line.data(), line.size()).get(root); error) {
    return InvalidInput(std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) return InvalidInput("not a JSON object");
  for (JsonField& field : fields) {
    simdjson::dom::element value;
    if (object[field.name].get(value) || value.is_null()) {
      if (field.required) return FieldError(field, "is missing");
      continue;
    }
    if (Status status = ReadField(value, field); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace precis::io
