#include "precis/text/decode.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>

#include "text/unicode_util.h"

namespace precis::text {
namespace {

constexpr std::size_t kMaxDocumentBytes = std::numeric_limits<std::uint32_t>::max();

std::string Lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsUtf8Name(std::string_view name) {
  const std::string lower = Lowercase(name);
  return lower == "utf-8" || lower == "utf8";
}

// The encoding a byte order mark announces, or nullptr. UTF-32LE must be tested
// before UTF-16LE because its mark starts with the same two bytes.
const char* EncodingFromByteOrderMark(std::string_view bytes) {
  auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32LE";
  if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE"sv)) return "UTF-16LE";
  if (starts("\xFE\xFF"sv)) return "UTF-16BE";
  return nullptr;
}

Status NulByteError(std::size_t offset) {
  return InvalidInput("NUL byte at byte " + std::to_string(offset) +
                      ": binary data, or UTF-16 without a byte order mark (try --encoding)");
}

Status CheckNoNul(std::string_view text) {
  const void* nul = std::memchr(text.data(), '\0', text.size());
  if (nul == nullptr) return Status::Ok();
  return NulByteError(static_cast<const char*>(nul) - text.data());
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Converts `bytes` from `encoding` to UTF-8, stopping at the first byte sequence
// that is not valid in that encoding rather than substituting U+FFFD silently.
Result<std::string> ConvertToUtf8(std::string_view bytes, const char* encoding) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &error));
  if (U_FAILURE(error)) {
    return InvalidArgument(std::string("unknown encoding '") + encoding + "'");
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &error);
  std::u16string utf16(bytes.size() + 16, u'\0');
  const char* source = bytes.data();
  const char* source_limit = bytes.data() + bytes.size();
  char16_t* target = utf16.data();
  while (true) {
    UChar* target_begin = reinterpret_cast<UChar*>(target);
    ucnv_toUnicode(converter.get(), &target_begin,
                   reinterpret_cast<const UChar*>(utf16.data() + utf16.size()), &source,
                   source_limit, nullptr, /*flush=*/true, &error);
    target = reinterpret_cast<char16_t*>(target_begin);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      const std::size_t used = target - utf16.data();
      utf16.resize(utf16.size() * 2);
      target = utf16.data() + used;
      error = U_ZERO_ERROR;
      continue;
    }
    break;
  }
  if (U_FAILURE(error)) {
    // The converter has consumed the offending sequence; report where it starts.
    const std::size_t offset = std::max<std::ptrdiff_t>(0, source - bytes.data() - 1);
    return InvalidInput("invalid " + std::string(encoding) + " at byte " + std::to_string(offset));
  }
  utf16.resize(target - utf16.data());
  // Drop the byte order mark the conversion may have kept.
  if (!utf16.empty() && utf16.front() == u'\uFEFF') utf16.erase(0, 1);

  int32_t utf8_length = 0;
  error = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &utf8_length, reinterpret_cast<const UChar*>(utf16.data()),
              static_cast<int32_t>(utf16.size()), &error);
  std::string utf8(static_cast<std::size_t>(utf8_length), '\0');
  error = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), utf8_length, nullptr, reinterpret_cast<const UChar*>(utf16.data()),
              static_cast<int32_t>(utf16.size()), &error);
  if (U_FAILURE(error)) {
    return InvalidInput(std::string("text is not valid ") + encoding + " (" + u_errorName(error) +
                        ")");
  }
  return utf8;
}

struct Detection {
  std::string name;
  int confidence = 0;
};

Result<Detection> DetectEncoding(std::string_view bytes) {
  UErrorCode error = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&error);
  if (U_FAILURE(error)) return InternalError("ICU charset detector unavailable");
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> closer(detector, ucsdet_close);
  // The detector only needs a sample; 64 KiB keeps detection cheap on huge files.
  const auto sample_size = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 16));
  ucsdet_setText(detector, bytes.data(), sample_size, &error);
  const UCharsetMatch* match = ucsdet_detect(detector, &error);
  if (U_FAILURE(error) || match == nullptr) {
    return InvalidInput("cannot detect the text encoding");
  }
  Detection detection;
  detection.name = ucsdet_getName(match, &error);
  detection.confidence = ucsdet_getConfidence(match, &error);
  if (U_FAILURE(error)) return InvalidInput("cannot detect the text encoding");
  return detection;
}

Result<DecodedText> Converted(std::string_view bytes, const char* encoding, std::string warning) {
  Result<std::string> utf8 = ConvertToUtf8(bytes, encoding);
  if (!utf8.ok()) return utf8.status();
  if (Status nul = CheckNoNul(*utf8); !nul.ok()) return nul;
  DecodedText decoded;
  decoded.text = std::move(utf8).value();
  decoded.encoding = encoding;
  decoded.converted = true;
  if (!warning.empty()) decoded.warnings.push_back(std::move(warning));
  return decoded;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view bytes) {
  if (simdjson::validate_utf8(bytes.data(), bytes.size())) return std::string_view::npos;
  // Slow path, only on invalid input: find where the first bad sequence starts.
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    const CodePoint c = CodePointAt(bytes, offset);
    if (c.value < 0) return offset;
    offset += c.length;
  }
  return std::string_view::npos;
}

Status CheckEncoding(std::string_view encoding) {
  if (IsUtf8Name(encoding) || Lowercase(encoding) == "auto") return Status::Ok();
  const std::string name(encoding);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.c_str(), &error));
  if (U_FAILURE(error) || name.empty()) {
    return InvalidArgument("unknown encoding '" + name +
                           "' (utf-8, auto, or an ICU converter name such as windows-1252)");
  }
  return Status::Ok();
}

Result<DecodedText> Decode(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.size() > kMaxDocumentBytes) {
    return InvalidInput("document larger than 4 GiB (" + std::to_string(bytes.size()) +
                        " bytes); split it first");
  }
  const bool want_utf8 = IsUtf8Name(options.encoding);
  const bool want_auto = Lowercase(options.encoding) == "auto";

  if (want_utf8 || want_auto) {
    if (const char* bom_encoding = EncodingFromByteOrderMark(bytes)) {
      return Converted(bytes, bom_encoding,
                       std::string("read as ") + bom_encoding + " (byte order mark)");
    }
    const std::size_t invalid = FindInvalidUtf8(bytes);
    const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
    if (invalid == std::string_view::npos && nul == nullptr) {
      DecodedText decoded;
      decoded.text = std::string(bytes);
      return decoded;
    }
    if (want_utf8) {
      const std::size_t nul_offset =
          nul ? static_cast<const char*>(nul) - bytes.data() : std::string_view::npos;
      if (nul_offset < invalid) return NulByteError(nul_offset);
      return InvalidInput("invalid UTF-8 at byte " + std::to_string(invalid) +
                          " (try --encoding auto)");
    }
    if (nul != nullptr) return NulByteError(static_cast<const char*>(nul) - bytes.data());
    Result<Detection> detection = DetectEncoding(bytes);
    if (!detection.ok()) return detection.status();
    return Converted(bytes, detection->name.c_str(),
                     "not UTF-8: decoded as " + detection->name + " (detector confidence " +
                         std::to_string(detection->confidence) + "/100)");
  }
  return Converted(bytes, options.encoding.c_str(), "");
}

}  // namespace precis::text
