#include "precis/sketch/signature_stream.h"

#include <istream>

#include "precis/io/input_file.h"

namespace precis::sketch {

SignatureWriter::SignatureWriter(const SketchParams& params)
    : header_(FormatSignatureHeader(params)) {
  chain_ = ChainSignatureLine(0, header_);
  header_ += '\n';
}

void SignatureWriter::AppendRecord(std::string& out, std::string_view id, std::uint64_t shingles,
                                   std::span<const std::uint32_t> signature) {
  const std::size_t start = out.size();
  AppendSignatureRecord(out, id, shingles, signature);
  chain_ = ChainSignatureLine(chain_, std::string_view(out).substr(start));
  out += '\n';
  ++records_;
}

std::string SignatureWriter::End() const { return FormatSignatureEnd(records_, chain_) + '\n'; }

Status ReadSignatureStream(std::istream& in, std::string_view name,
                           const SignatureStreamHandlers& handlers) {
  std::string line;
  std::uint64_t line_number = 0;
  std::uint64_t offset = 0;       // of the current line
  std::uint64_t next_offset = 0;  // of the line after it
  auto place = [&] {
    return std::string(name) + ": line " + std::to_string(line_number) + " (byte " +
           std::to_string(offset) + "): ";
  };
  // The part being read.
  bool open = false;
  std::uint32_t permutations = 0;
  std::uint64_t records = 0;
  std::uint64_t chain = 0;
  bool damaged = false;  // a record of the part was already reported
  SignatureRecord record;
  bool any_header = false;
  bool cut_record = false;
  // Set when the damage handler asks to stop (--fail-fast): nothing after
  // the damaged line is read or reported.
  bool stop = false;
  auto report = [&](const Status& problem) {
    if (!handlers.damage(problem)) stop = true;
  };
  while (!stop && io::ReadLine(in, line)) {
    ++line_number;
    offset = next_offset;
    // getline stops at EOF without a newline: a cut final line.
    const bool cut = in.eof();
    next_offset += line.size() + (cut ? 0 : 1);
    if (line.empty()) continue;
    if (IsSignatureHeader(line)) {
      if (open) {
        report(InvalidInput(place() +
                            "a new part starts before the end line of the "
                            "part before it, after " +
                            std::to_string(records) + " records (truncated part)"));
        if (stop) break;
      }
      Result<SketchParams> params = ParseSignatureHeader(line);
      if (!params.ok()) return FormatMismatch(place() + params.status().message());
      if (Status accepted = handlers.header(*params); !accepted.ok()) return accepted;
      any_header = true;
      open = true;
      permutations = params->minhash.permutations;
      records = 0;
      chain = ChainSignatureLine(0, line);
      damaged = false;
      continue;
    }
    if (!any_header) {
      return FormatMismatch(place() +
                            "not a precis signature stream (expected a first line "
                            "starting '" +
                            std::string(kSignatureFormat) + "')");
    }
    if (IsSignatureEnd(line)) {
      std::uint64_t counted = 0, checked = 0;
      if (!open) {
        report(InvalidInput(place() + "an end line without a part before it"));
      } else if (Status parsed = ParseSignatureEnd(line, counted, checked); !parsed.ok()) {
        report(InvalidInput(place() + (cut ? "the stream is cut inside this end line (truncated)"
                                           : parsed.message())));
      } else if (counted != records) {
        report(InvalidInput(place() + "the end line counts " + std::to_string(counted) +
                            " records, the part has " + std::to_string(records) +
                            " (lines removed or added)"));
      } else if (checked != chain && !damaged) {
        report(InvalidInput(place() + "the part's lines do not match its end line's "
                                      "check (lines replaced or reordered)"));
      }
      open = false;
      continue;
    }
    if (!open) {
      report(InvalidInput(place() + "a record after the end line of its part "
                                    "(lines appended?); skipped"));
      continue;
    }
    if (cut) {  // reported below, once, as the truncation it is
      cut_record = true;
      break;
    }
    ++records;
    chain = ChainSignatureLine(chain, line);
    if (Status parsed = ParseSignatureRecord(line, permutations, record); !parsed.ok()) {
      damaged = true;
      report(InvalidInput(place() + parsed.message()));
      continue;
    }
    handlers.record(record);
  }
  if (stop) return Status::Ok();
  if (in.bad()) {  // a failed read is no end of the stream, nor a truncation
    ++line_number;
    offset = next_offset;
    return IoError(place() + io::LineReadFailure().message());
  }
  if (!any_header) {
    return FormatMismatch(std::string(name) +
                          ": line 1 (byte 0): empty signature stream (no "
                          "header line; precis-sketch writes one even for no articles)");
  }
  if (open && cut_record) {
    report(InvalidInput(place() +
                        "the stream is cut inside this record line, and its "
                        "part has no end line (truncated after " +
                        std::to_string(records) + " records)"));
  } else if (open) {
    ++line_number;
    offset = next_offset;
    report(InvalidInput(place() +
                        "the stream ends without the end line of its part "
                        "(truncated after " +
                        std::to_string(records) + " records)"));
  }
  return Status::Ok();
}

}  // namespace precis::sketch
