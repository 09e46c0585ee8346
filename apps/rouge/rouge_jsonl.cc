#include "rouge/rouge_jsonl.h"

#include <simdjson.h>

namespace precis::cli {
namespace {

// Sentences given as an array are joined with "\n", the form ROUGE reads.
Status ReadText(simdjson::dom::element value, std::string_view field, std::string& text) {
  text.clear();
  if (value.is_string()) {
    text = std::string_view(value.get_string().value_unsafe());
    return Status::Ok();
  }
  // Keep the array in a variable: ranging over a temporary's value would dangle.
  simdjson::dom::array sentences;
  if (value.get_array().get(sentences)) {
    return InvalidInput("field \"" + std::string(field) +
                        "\" must be a string or an array of strings");
  }
  for (simdjson::dom::element sentence : sentences) {
    std::string_view piece;
    if (sentence.get_string().get(piece)) {
      return InvalidInput("field \"" + std::string(field) + "\" must hold only strings");
    }
    text += piece;
    text += '\n';
  }
  return Status::Ok();
}

}  // namespace

Status ParseRougeRecord(std::string_view line, RougeRecord& record) {
  record.id.clear();
  record.has_id = false;
  record.candidate.clear();
  record.references.clear();
  // One parser per thread: simdjson parsers own reusable buffers.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto error = parser.parse(line.data(), line.size()).get(root); error) {
    return InvalidInput(std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) return InvalidInput("not a JSON object");
  simdjson::dom::element value;
  if (!object["id"].get(value) && !value.is_null()) {
    if (value.is_string()) {
      record.id = std::string_view(value.get_string().value_unsafe());
    } else if (value.is_number()) {
      record.id = simdjson::minify(value);
    } else {
      return InvalidInput("field \"id\" must be a string or a number");
    }
    record.has_id = true;
  }
  if (object["candidate"].get(value) || value.is_null()) {
    return InvalidInput("field \"candidate\" is missing");
  }
  if (Status status = ReadText(value, "candidate", record.candidate); !status.ok()) return status;
  if (object["references"].get(value) || value.is_null()) {
    return InvalidInput("field \"references\" is missing");
  }
  if (value.is_string()) {
    record.references.emplace_back(value.get_string().value_unsafe());
  } else {
    simdjson::dom::array references;
    if (value.get_array().get(references)) {
      return InvalidInput("field \"references\" must be an array of texts");
    }
    for (simdjson::dom::element reference : references) {
      std::string text;
      if (Status status = ReadText(reference, "references", text); !status.ok()) return status;
      record.references.push_back(std::move(text));
    }
  }
  if (record.references.empty()) return InvalidInput("field \"references\" is empty");
  return Status::Ok();
}

}  // namespace precis::cli
