#include "common/inputs.h"

#include <fstream>
#include <istream>
#include <sstream>

#include "precis/io/input_file.h"
#include "precis/io/jsonl.h"
#include "precis/text/decode.h"

namespace precis::cli {

std::string InputItem::Where() const {
  if (line == 0) return source + ": ";
  return source + ": line " + std::to_string(line) + " (byte " + std::to_string(line_offset) +
         "): ";
}

Status ReadFile(const std::string& path, std::istream& stdin_stream, std::string& bytes) {
  bytes.clear();
  if (path == "-") {
    return io::ReadStream(stdin_stream, bytes);
  }
  return io::ReadFileBytes(path, bytes);
}

namespace {

void DecodeInto(InputItem& item, std::string_view bytes, const CommonOptions& options) {
  Result<text::DecodedText> decoded = text::Decode(bytes, {.encoding = options.encoding});
  if (!decoded.ok()) {
    item.error = decoded.status();
    return;
  }
  item.text = std::move(decoded->text);
  item.warnings = std::move(decoded->warnings);
}

bool VisitJsonl(const std::string& source, std::istream& stream, const CommonOptions& options,
                const std::function<bool(InputItem&)>& visit) {
  std::string line;
  std::uint64_t line_number = 0;
  std::uint64_t offset = 0;
  std::vector<io::JsonField> fields = {{.name = "id", .required = false, .number_as_string = true},
                                       {.name = "text"}};
  if (!options.key_field.empty()) {
    fields.push_back({.name = options.key_field, .required = false, .number_as_string = true});
  }
  while (io::ReadLine(stream, line)) {
    ++line_number;
    InputItem item;
    item.source = source;
    item.line = line_number;
    item.line_offset = offset;
    offset += line.size() + (stream.eof() ? 0 : 1);
    if (line_number == 1) io::StripByteOrderMark(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    item.error = io::ParseJsonFields(line, fields);
    if (item.error.ok()) {
      item.id = fields[0].kind == io::JsonField::Kind::kMissing
                    ? source + ":" + std::to_string(line_number)
                    : fields[0].string;
      if (fields.size() > 2 && fields[2].kind == io::JsonField::Kind::kString) {
        item.key = fields[2].string;
        item.has_key = true;
        item.key_is_number = fields[2].number;
      }
      if (fields[1].kind != io::JsonField::Kind::kString) {
        item.error = InvalidInput("field \"text\" must be a string");
      } else {
        // JSON escapes can smuggle in what a file could not (\u0000, ...):
        // the text goes through the same checks as a file's bytes, but a NUL
        // here is an escape, not a sign of binary data or UTF-16.
        const std::size_t nul = fields[1].string.find('\0');
        if (nul != std::string::npos) {
          item.error = InvalidInput("field \"text\" has a NUL character (\\u0000) at byte " +
                                    std::to_string(nul) + " of the text");
        } else {
          CommonOptions strict = options;
          strict.encoding = "utf-8";
          DecodeInto(item, fields[1].string, strict);
        }
      }
    } else if (fields[0].kind == io::JsonField::Kind::kString) {
      item.id = fields[0].string;
    }
    if (!visit(item)) return false;
  }
  if (stream.bad()) {
    // A read failed (EIO, stdin a directory): what follows is unread, so
    // say where reading stopped rather than end the input as if complete.
    InputItem item{.source = source, .line = line_number + 1, .line_offset = offset};
    item.error = io::LineReadFailure();
    return visit(item);
  }
  return true;
}

// One file as one item. The raw bytes are dropped once decoded, so that they
// do not stay alive, as large as the text, while the item is processed.
InputItem ReadWholeFile(const std::string& path, std::istream& stdin_stream,
                        const CommonOptions& options) {
  InputItem item{.id = path, .source = path};
  std::string bytes;
  item.error = ReadFile(path, stdin_stream, bytes);
  if (item.error.ok()) DecodeInto(item, bytes, options);
  return item;
}

}  // namespace

void ForEachInput(const CommonOptions& options, std::istream& stdin_stream,
                  const std::function<bool(InputItem&)>& visit) {
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    if (options.jsonl) {
      if (path == "-") {
        if (!VisitJsonl(path, stdin_stream, options, visit)) return;
        continue;
      }
      std::ifstream file;
      if (Status opened = io::OpenForReading(path, file); !opened.ok()) {
        InputItem item{.id = path, .source = path};
        item.error = opened;
        if (!visit(item)) return;
        continue;
      }
      if (!VisitJsonl(path, file, options, visit)) return;
      continue;
    }
    InputItem item = ReadWholeFile(path, stdin_stream, options);
    if (!visit(item)) return;
  }
}

}  // namespace precis::cli
