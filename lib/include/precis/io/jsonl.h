// JSON Lines in and out.
//
// Reading: each input line is one JSON object. ParseJsonFields pulls named
// fields out of it (strings, numbers as their text, arrays of strings) with
// simdjson; anything malformed is an error naming the byte offset in the line.
//
//   std::vector<precis::io::JsonField> fields = {{"id"}, {"text"}};
//   precis::Status status = precis::io::ParseJsonFields(line, fields);
//
// Writing: JsonObject builds one output line with proper string escaping.
//
//   precis::io::JsonObject record;
//   record.Add("id", "a.txt").Add("index", 3).Add("score", 0.25);
//   out << record.Finish() << '\n';
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::io {

struct PRECIS_EXPORT JsonField {
  enum class Kind { kMissing, kString, kStringArray };

  std::string name;        // what to look up (input)
  bool required = true;    // a missing required field is an error (input)
  bool number_as_string = false;  // accept a number, as its JSON text (input; ids)
  bool array_of_strings = false;  // accept an array of strings (input)
  Kind kind = Kind::kMissing;       // what was found (output)
  std::string string = {};          // kString: the string, or a number's text
  bool number = false;              // kString: it was a number (number_as_string)
  std::vector<std::string> strings = {};  // kStringArray: the array's strings
};

// Fills `fields` from the JSON object on `line`. Fails with kInvalidInput on
// malformed JSON, a non-object, invalid UTF-8, a missing required field, or a
// field of a type it does not accept (strings always; numbers and arrays of
// strings where the field says so); the message names the field or the byte
// offset within the line. A null value counts as missing.
PRECIS_EXPORT Status ParseJsonFields(std::string_view line, std::span<JsonField> fields);

// Removes a UTF-8 byte order mark (EF BB BF) from the start of `line`, as
// Windows tools write one at the start of a file; call it on a stream's first
// line. Returns whether there was one.
PRECIS_EXPORT bool StripByteOrderMark(std::string& line);

// Appends `value` to `out` as a JSON string literal (quotes included).
PRECIS_EXPORT void AppendJsonString(std::string& out, std::string_view value);

// Builds one JSON object, keys in insertion order.
class PRECIS_EXPORT JsonObject {
 public:
  JsonObject& Add(std::string_view key, std::string_view value);
  JsonObject& Add(std::string_view key, const char* value) {
    return Add(key, std::string_view(value));
  }
  JsonObject& Add(std::string_view key, std::int64_t value);
  JsonObject& Add(std::string_view key, std::uint64_t value);
  JsonObject& Add(std::string_view key, int value) { return Add(key, std::int64_t{value}); }
  JsonObject& Add(std::string_view key, std::uint32_t value) {
    return Add(key, std::uint64_t{value});
  }
  // Finite doubles with up to 6 significant digits; NaN and infinities become null.
  JsonObject& Add(std::string_view key, double value);
  JsonObject& Add(std::string_view key, bool value);
  JsonObject& AddNull(std::string_view key);
  // `json` must already be valid JSON (an array or object built elsewhere).
  JsonObject& AddRaw(std::string_view key, std::string_view json);

  // The object's text, without a newline.
  std::string Finish();

 private:
  void Key(std::string_view key);
  std::string text_ = "{";
};

// Formats a double the way precis prints scores everywhere (%.6g), except
// that a value between 0 and 1 never prints as 1 (0.9999996, not 1).
PRECIS_EXPORT std::string FormatScore(double value);

// Appends `value` as one TSV field: tab, newline, carriage return and
// backslash are escaped as \t \n \r \\.
PRECIS_EXPORT void AppendTsvField(std::string& out, std::string_view value);

// Undoes AppendTsvField's escaping; a backslash before any other byte stands
// for that byte.
PRECIS_EXPORT std::string UnescapeTsvField(std::string_view field);

}  // namespace precis::io
