// Shared plumbing of the per-app hostile-input tests: temporary files named
// per test (ctest runs tests in parallel), JSON escaping of arbitrary bytes,
// the one-line diagnostic check, and model/signature file damage.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "hostile/hostile_inputs.h"
#include "process/process_runner.h"
#include "precis/sketch/signature_format.h"
#include "support/read_file.h"
#include "support/scratch_path.h"
#include "tfidf/idf_checksum.h"

namespace precis::testing {

// Test names say which input; gtest need not dump its bytes.
inline void PrintTo(const HostileInput& input, std::ostream* os) { *os << input.name; }

// A fresh directory for one test, removed when the object goes out of scope.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = ScratchPath(tag);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `name` inside the directory and returns its path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    const std::string file = Path(name);
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
  }
  std::string Path(const std::string& name) const { return (path_ / name).string(); }
  // The names of the files in the directory, sorted.
  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::size_t CountLines(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

inline std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The bytes as the contents of a JSON string (without quotes). Bytes >= 0x80
// are copied as they are, so invalid UTF-8 stays invalid in the JSON line.
inline std::string JsonEscape(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 16);
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

// Every line on stderr is one diagnostic starting "<app>: ".
inline void ExpectDiagnosticLines(const std::string& err, const std::string& app) {
  for (const std::string& line : SplitLines(err)) {
    EXPECT_EQ(line.rfind(app + ": ", 0), 0u) << "stray stderr line: " << line;
  }
}

// Exactly one diagnostic line on stderr, "<app>: <where>: <diagnostic>..."
// (the diagnostic may go on with a hint).
inline void ExpectOneDiagnostic(const std::string& err, const std::string& app,
                                const std::string& where, const std::string& diagnostic) {
  EXPECT_EQ(err.rfind(app + ": " + where + ": " + diagnostic, 0), 0u) << err;
  EXPECT_EQ(CountLines(err), 1u) << err;
}

// The hostile inputs an app sees as JSON string values (every one: NUL bytes
// travel as \u0000).
inline std::string HostileRecord(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"text\":\"" + JsonEscape(text) + "\"}";
}

// Kinds of damage done to a model or signature file.
inline std::string Truncated(const std::string& bytes, std::size_t keep) {
  return bytes.substr(0, std::min(keep, bytes.size()));
}

// Replaces the first occurrence of `from` with `to` (the test fails if absent).
inline std::string Replaced(std::string bytes, const std::string& from, const std::string& to) {
  const std::size_t at = bytes.find(from);
  EXPECT_NE(at, std::string::npos) << "no '" << from << "' to replace";
  if (at != std::string::npos) bytes.replace(at, from.size(), to);
  return bytes;
}

// `bytes` with the low bit of byte `at` flipped: the subtlest damage, a
// digit stays a digit ('2' <-> '3') and a hex digit mostly stays one.
inline std::string Flipped(std::string bytes, std::size_t at) {
  EXPECT_LT(at, bytes.size());
  if (at < bytes.size()) bytes[at] = static_cast<char>(bytes[at] ^ 1);
  return bytes;
}

// `bytes` without the line that starts at byte `at` (its newline included).
inline std::string WithoutLineAt(std::string bytes, std::size_t at) {
  const std::size_t end = bytes.find('\n', at);
  bytes.erase(at, end == std::string::npos ? std::string::npos : end + 1 - at);
  return bytes;
}

// A model whose checksum line is recomputed after editing its other bytes:
// the file a writer with those settings would have made, for tests of the
// checks behind the checksum.
inline std::string ResealedModel(const std::string& bytes) {
  const std::string contents = bytes.substr(0, bytes.size() - tfidf::kIdfChecksumLineBytes);
  return contents + tfidf::IdfChecksumLine(contents);
}

// A signature stream with every check field and end line recomputed, for
// tests of the checks behind them.
inline std::string ResealedSignatures(const std::string& stream) {
  std::string out;
  std::uint64_t records = 0, chain = 0;
  for (std::string line : SplitLines(stream)) {
    if (line.starts_with(sketch::kSignatureEnd)) {
      out += sketch::FormatSignatureEnd(records, chain) + "\n";
      continue;
    }
    const bool header = line.starts_with(std::string(sketch::kSignatureFormat) + "\t");
    const std::size_t check = header ? line.rfind("\tcheck=") : line.rfind('\t');
    if (check != std::string::npos) line.erase(check);
    line += (header ? "\tcheck=" : "\t") + sketch::SignatureLineCheck(line);
    if (header) records = 0;
    if (!header) ++records;
    chain = sketch::ChainSignatureLine(header ? 0 : chain, line);
    out += line + "\n";
  }
  return out;
}

// The output side, through the built executable (skipped when the apps are
// not built or PRECIS_BIN_DIR is unset): a reader that goes away ends the app
// quietly (SIGPIPE, status 141, nothing on stderr), and a full disk is an
// error with exit status 1 and one line on stderr.
inline void ExpectOutputSideContract(const std::string& verb, const std::string& args,
                                     const std::string& scratch) {
  const std::string app = AppPath(verb);
  if (BinDir().empty() || !std::filesystem::exists(app)) {
    GTEST_SKIP() << "no built " << app << " (run through ctest)";
  }
  const std::string errors = scratch + "/stderr.txt";
  const ProcessRun piped = RunShell(app + " " + args + " 2>" + errors + " | head -c 10");
  EXPECT_EQ(piped.out.size(), 10u);
  EXPECT_EQ(ReadFileBytes(errors), "");
  if (!std::filesystem::exists("/dev/full")) return;
  const ProcessRun full = RunShell(app + " -q " + args + " 2>&1 >/dev/full");
  EXPECT_EQ(full.status, 1);
  EXPECT_EQ(full.out, "precis-" + verb + ": cannot write the output: No space left on device\n");
}

}  // namespace precis::testing
