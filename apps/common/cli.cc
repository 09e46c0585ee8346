#include "common/cli.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <iostream>

#include "common/stdout_buffer.h"
#include "precis/text/decode.h"
#include "precis/text/language.h"
#include "precis/version.h"

namespace po = boost::program_options;

namespace precis::cli {

po::typed_value<std::string>* LanguageValue(std::string& language) {
  return po::value(&language)->default_value(language)->notifier([&language](const std::string& tag) {
    Result<std::string> code = text::CanonicalLanguage(tag);
    if (!code.ok()) throw po::error("--lang: " + code.status().message());
    language = *code;
  });
}

po::typed_value<std::string>* EncodingValue(std::string& encoding) {
  return po::value(&encoding)->default_value(encoding)->notifier([](const std::string& name) {
    if (Status known = text::CheckEncoding(name); !known.ok()) {
      throw po::error("--encoding: " + known.message());
    }
  });
}

void AddInputOptions(po::options_description& options, po::positional_options_description& positional,
                     CommonOptions& common) {
  options.add_options()
      ("jsonl", po::bool_switch(&common.jsonl),
       "read JSON Lines: one {\"id\": ..., \"text\": ...} object per line")
      ("encoding", EncodingValue(common.encoding),
       "input encoding: utf-8 (strict), auto (detect and convert, with a warning), "
       "or an ICU converter name such as windows-1252")
      ("lang", LanguageValue(common.language),
       "language of the text: an ISO 639 code, optionally with a region (en, de-DE, "
       "pt_BR.UTF-8); stopwords and stemming for en, de, fr, es, it, pt, nl, ru, sv, ja, zh")
      ("fail-fast", po::bool_switch(&common.fail_fast),
       "stop at the first bad input instead of reporting it and going on")
      ("input", po::value(&common.inputs)->composing(), "input files");
  positional.add("input", -1);
}

void AddFormatOption(po::options_description& options, CommonOptions& common,
                     std::string_view extra, std::string_view extra_help) {
  const std::string names =
      extra.empty() ? "text, tsv or jsonl" : "text, tsv, jsonl or " + std::string(extra);
  const std::string help = "output format: " + names +
                           (extra_help.empty() ? "" : " (" + std::string(extra_help) + ")");
  // Checked while parsing, so every app reports a bad value the same way
  // (a usage error) and can rely on ParseFormat(common.format) afterwards
  // (for any value but `extra`).
  options.add_options()("format",
                        po::value(&common.format)
                            ->default_value(common.format)
                            ->notifier([names, extra = std::string(extra)](const std::string& name) {
                              if (name != extra && !ParseFormat(name)) {
                                throw po::error("unknown --format '" + name + "' (" + names + ")");
                              }
                            }),
                        help.c_str());
}

void AddQuietOption(po::options_description& options, CommonOptions& common) {
  options.add_options()("quiet,q", po::bool_switch(&common.quiet),
                        "print no diagnostics on stderr (exit statuses still tell)");
}

namespace {

// "utf-8", "UTF8" and the like.
bool IsUtf8Name(std::string name) {
  std::erase(name, '-');
  std::transform(name.begin(), name.end(), name.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
  return name == "utf8";
}

// The input options' usage errors, which no single option's check sees:
// stdin named twice (it can be read once) and --encoding with --jsonl (JSON
// Lines are UTF-8, RFC 8259; --encoding converts whole files).
void CheckInputOptions(const po::variables_map& variables) {
  if (variables.count("input") != 0) {
    const auto& inputs = variables["input"].as<std::vector<std::string>>();
    if (std::count(inputs.begin(), inputs.end(), "-") > 1) {
      throw po::error("stdin (-) can be read only once");
    }
  }
  if (variables.count("jsonl") != 0 && variables["jsonl"].as<bool>() &&
      variables.count("encoding") != 0 && !IsUtf8Name(variables["encoding"].as<std::string>())) {
    throw po::error("--encoding converts whole files; JSON Lines are read as UTF-8 (convert the "
                    "stream first, e.g. with iconv)");
  }
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "tsv") return Format::kTsv;
  if (name == "jsonl") return Format::kJsonl;
  return std::nullopt;
}

void Report(std::ostream& err, std::string_view app, std::string_view message, bool quiet) {
  if (!quiet) err << app << ": " << message << '\n';
}

std::optional<int> ParseCommandLine(const AppHelp& help, po::options_description& options,
                                    const po::positional_options_description& positional,
                                    std::span<const std::string> args, std::ostream& out,
                                    std::ostream& err, po::variables_map* parsed) {
  options.add_options()("help,h", "print this help and exit")("version", "print the version and exit");
  po::variables_map variables;
  try {
    const std::vector<std::string> arguments(args.begin(), args.end());
    po::store(po::command_line_parser(arguments)
                  .options(options)
                  .positional(positional)
                  .style(po::command_line_style::default_style &
                         ~po::command_line_style::allow_guessing)
                  .run(),
              variables);
    if (variables.count("help") != 0) {
      out << "Usage: " << help.name << ' ' << help.synopsis << "\n\n"
          << help.summary << "\n\n"
          << help.details << "\n\n";
      // Hide the positional pseudo-option and options without a description
      // (deprecated spellings kept working, common/shingle_options.h).
      po::options_description visible;
      for (const auto& option : options.options()) {
        if (option->long_name() != "input" && option->long_name() != "files" &&
            !option->description().empty()) {
          visible.add(option);
        }
      }
      out << "Options (defaults in parentheses):\n" << visible << '\n'
          << "Exit status: 0 success, 1 bad input or runtime error"
          << (help.has_predicates ? " (or a predicate not met)" : "") << ", 2 usage error.\n\n"
          << "Example:\n  " << help.example << '\n';
      return kExitOk;
    }
    if (variables.count("version") != 0) {
      out << help.name << ' ' << kVersion << '\n';
      return kExitOk;
    }
    po::notify(variables);
    CheckInputOptions(variables);
  } catch (const po::error& error) {
    err << help.name << ": " << error.what() << " (try --help)\n";
    return kExitUsage;
  }
  if (parsed != nullptr) *parsed = std::move(variables);
  return std::nullopt;
}

namespace {

// The stream slot holding SetErrorStatus's status, plus one (0: unset).
int ErrorStatusSlot() {
  static const int slot = std::ios_base::xalloc();
  return slot;
}

}  // namespace

void SetErrorStatus(std::ostream& out, int status) { out.iword(ErrorStatusSlot()) = status + 1; }

int Main(RunFunction run, std::string_view app, int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // Our own buffer keeps the errno of a failed write for the message below.
  StdoutBuffer stdout_buffer(STDOUT_FILENO);
  std::streambuf* const standard_buffer = std::cout.rdbuf(&stdout_buffer);
  std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
  std::optional<int> status;
  try {
    status = run(args, std::cin, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << app << ": internal error: " << error.what() << '\n';
  }
  std::cout.flush();
  const bool written = static_cast<bool>(std::cout);
  const long error_slot = std::cout.iword(ErrorStatusSlot());
  const int error_status = error_slot != 0 ? static_cast<int>(error_slot - 1) : kExitDataError;
  std::cout.rdbuf(standard_buffer);
  if (!written) {
    const int cause = stdout_buffer.error();
    std::cerr << app << ": cannot write the output"
              << (cause != 0 ? ": " + std::string(std::strerror(cause)) : std::string()) << '\n';
    return error_status;
  }
  return status.value_or(error_status);
}

}  // namespace precis::cli
