// Runs a built app as a real process (through /bin/sh), for what in-process
// tests cannot see: exit by signal, closed pipes, full disks, the umbrella's exec.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace precis::testing {

struct ProcessRun {
  int status = -1;  // exit status, or 128 + signal like a shell reports it
  std::string out;  // stdout (stderr too when the command redirects it)
};

// The directory holding the built apps (set by ctest through PRECIS_BIN_DIR).
inline std::string BinDir() {
  const char* dir = std::getenv("PRECIS_BIN_DIR");
  return dir != nullptr ? dir : "";
}

// The path of app `verb`'s executable ("" for the umbrella).
inline std::string AppPath(const std::string& verb) {
  if (verb.empty()) return BinDir() + "/precis";
  return BinDir() + "/" + verb + "/precis-" + verb;
}

// Runs `command` with /bin/sh and captures its stdout.
inline ProcessRun RunShell(const std::string& command) {
  ProcessRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer;
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  if (WIFEXITED(status)) run.status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.status = 128 + WTERMSIG(status);
  return run;
}

}  // namespace precis::testing
