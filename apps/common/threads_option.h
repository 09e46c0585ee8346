// --threads for the apps that work on several threads (sketch, dedup): how
// many, and the cap that keeps a large request from costing memory, not speed.
#pragma once

#include <boost/program_options.hpp>
#include <string>

namespace precis::cli {

// Largest --threads accepted; above it the value is a usage error.
inline constexpr unsigned kMaxThreadsOption = 1024;
// Workers per core ResolveThreads allows.
inline constexpr unsigned kThreadsPerCore = 4;

// Adds --threads (0 = all cores; 0..kMaxThreadsOption).
void AddThreadsOption(boost::program_options::options_description& options, unsigned& threads);

// --threads resolved: 0 means one per core; a request above kThreadsPerCore
// per core is capped there, with a line for stderr in `*note` (when given).
unsigned ResolveThreads(unsigned requested, std::string* note = nullptr);

}  // namespace precis::cli
