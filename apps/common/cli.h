// Command-line plumbing shared by every precis-<verb> app: option parsing with
// Boost.Program_options, --help/--version, exit statuses, and the Run()
// signature that tests call in-process.
#pragma once

#include <boost/program_options.hpp>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace precis::cli {

// Exit statuses every app shares (grep's contract for predicate modes).
inline constexpr int kExitOk = 0;
inline constexpr int kExitDataError = 1;  // bad input, unreadable file, predicate not met
inline constexpr int kExitUsage = 2;      // bad flags or arguments

// An app's entry point: `args` excludes the program name.
using RunFunction = int (*)(std::span<const std::string> args, std::istream& in,
                            std::ostream& out, std::ostream& err);

// What --help prints besides the option list.
struct AppHelp {
  std::string_view name;      // "precis-split"
  std::string_view synopsis;  // "[OPTIONS] [FILE...]"
  std::string_view summary;   // one line: what the app does
  std::string_view details;   // what it reads and writes (several lines)
  std::string_view example;   // one pipeline
  // The app has predicate options (grep's contract): --help then says that
  // exit status 1 also means "predicate not met".
  bool has_predicates = false;
};

// Output formats for apps that emit records.
enum class Format { kText, kTsv, kJsonl };

// Options every app that reads documents shares.
struct CommonOptions {
  std::vector<std::string> inputs;  // files; empty or "-" means stdin
  bool jsonl = false;               // input is {"id","text"} JSON Lines
  std::string encoding = "utf-8";
  std::string language = "en";
  std::string format = "text";
  bool quiet = false;
  bool fail_fast = false;
  // JSONL: also read this field of each record into InputItem::key (a
  // string or a number, as its JSON text); empty = none (summarize --group-by).
  std::string key_field;
};

// Adds --jsonl, --encoding, --lang, --fail-fast and the positional FILE list.
void AddInputOptions(boost::program_options::options_description& options,
                     boost::program_options::positional_options_description& positional,
                     CommonOptions& common);
// Values for --lang and --encoding with the checks every app applies while
// parsing: a language tag is reduced to its ISO 639 code (de-DE -> de) and an
// unknown language or encoding is a usage error. For apps that declare these
// options with their own descriptions.
boost::program_options::typed_value<std::string>* LanguageValue(std::string& language);
boost::program_options::typed_value<std::string>* EncodingValue(std::string& encoding);

// Adds --format (text|tsv|jsonl, plus `extra` where an app writes one more,
// e.g. compare's "html", described by `extra_help`); ParseCommandLine rejects
// other values as a usage error, so ParseFormat(common.format) holds a value
// after it for anything but `extra`.
void AddFormatOption(boost::program_options::options_description& options,
                     CommonOptions& common, std::string_view extra = {},
                     std::string_view extra_help = {});
// Adds --quiet.
void AddQuietOption(boost::program_options::options_description& options, CommonOptions& common);

// Parses `args` into the variables bound in `options` (plus --help and
// --version, added here). Returns an exit status when the app should stop now:
// kExitOk after --help/--version (printed to `out`), kExitUsage after a usage
// error (one line on `err`). Returns nullopt to go on.
std::optional<int> ParseCommandLine(const AppHelp& help,
                                    boost::program_options::options_description& options,
                                    const boost::program_options::positional_options_description&
                                        positional,
                                    std::span<const std::string> args, std::ostream& out,
                                    std::ostream& err,
                                    boost::program_options::variables_map* parsed = nullptr);

// Parses --format's value; nullopt for an unknown one.
std::optional<Format> ParseFormat(std::string_view name);

// Prints "<app>: <message>" on `err`, unless quiet.
void Report(std::ostream& err, std::string_view app, std::string_view message, bool quiet);

// The exit status for errors Main meets after the app has run (a failed write
// on `out`, an internal error; default kExitDataError). Grep-contract modes set
// kExitUsage: their 1 means "no match", so an error must not read as one.
void SetErrorStatus(std::ostream& out, int status);

// Runs `run` as main() would: sets up fast iostreams, catches exceptions
// (reported as internal errors), and checks that stdout was written (a failed
// write is reported with its cause); both exit with SetErrorStatus's status.
int Main(RunFunction run, std::string_view app, int argc, char** argv);

}  // namespace precis::cli
