// precis-summarize --story: one summary of several articles about the same
// event, or with --group-by one per story key of a JSONL stream.
#pragma once

#include <cstdint>
#include <iosfwd>

#include "common/cli.h"
#include "precis/summarize/story.h"

namespace precis::cli {

// Reads every input of `common` (files or JSONL records; with
// common.key_field set, the records grouped by that field, stories in order
// of first appearance) and writes one story summary per group; bad inputs are
// reported in place and the rest of their story is still summarized. With
// `rank_order` the sentences are best first. Texts beyond `memory_limit`
// bytes wait in a temporary file until their story is summarized. Returns
// the exit status.
int RunStories(const CommonOptions& common, Format format, bool rank_order,
               std::uint64_t memory_limit, summarize::StorySummarizer& summarizer,
               std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace precis::cli
