// Writing and reading whole signature streams (the line formats are in
// signature_format.h): parts of header, records and end line, with every line
// checked and every problem placed by line and byte offset.
//
//   precis::sketch::SignatureWriter writer(params);
//   out << writer.Header();
//   for (...) { line.clear(); writer.AppendRecord(line, id, shingles, slots); out << line; }
//   out << writer.End();
//
//   precis::Status status = precis::sketch::ReadSignatureStream(in, "news.sig", {
//       .header = [&](const SketchParams& p) { return CheckSameParams(want, p, "news.sig"); },
//       .record = [&](SignatureRecord& r) { store.Add(r); },
//       .damage = [&](const Status& s) { Report(s.message()); return true; }});
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "precis/core/status.h"
#include "precis/export.h"
#include "precis/sketch/signature_format.h"

namespace precis::sketch {

// Writes one part; its end line must come last, or readers call it truncated.
class PRECIS_EXPORT SignatureWriter {
 public:
  explicit SignatureWriter(const SketchParams& params);
  // The header line, with its newline.
  const std::string& Header() const { return header_; }
  // Appends one record line, with its newline, to `out`.
  void AppendRecord(std::string& out, std::string_view id, std::uint64_t shingles,
                    std::span<const std::uint32_t> signature);
  // The end line (record count and chain of the lines so far), with its newline.
  std::string End() const;

 private:
  std::string header_;
  std::uint64_t records_ = 0;
  std::uint64_t chain_ = 0;
};

struct SignatureStreamHandlers {
  // Each part's parameters, before its records. A non-ok status (another
  // part's parameters differ, say) stops the reading and is returned as is.
  std::function<Status(const SketchParams&)> header;
  // Each record that passed its checks, in stream order.
  std::function<void(SignatureRecord&)> record;
  // Damage that spoils a record or a part but not the lines after it: a bad
  // record line (skipped), a part cut short or with lines removed, added or
  // reordered (its records are still delivered). The message reads
  // "<name>: line L (byte B): <problem>". Returns whether to read on: false
  // (a fail-fast caller) ends the reading there, and ReadSignatureStream returns Ok.
  std::function<bool(const Status&)> damage;
};

// Reads every part of `in` (one or more, concatenated). Returns
// kFormatMismatch "<name>: line L (byte B): <problem>" when the stream cannot
// be read at all: empty, not a signature stream, or a header that is
// refused (another version, a bad check field, bad parameters); or the
// status `handlers.header` returned. Otherwise Ok, damage or not.
PRECIS_EXPORT Status ReadSignatureStream(std::istream& in, std::string_view name,
                                         const SignatureStreamHandlers& handlers);

}  // namespace precis::sketch
