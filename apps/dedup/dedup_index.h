// precis-dedup's --index file: a signature stream (the precis-sketch format)
// of every article seen so far, read at the start of a run and replaced whole
// at its end.
#pragma once

#include <string>

#include "dedup/near_duplicates.h"
#include "precis/core/status.h"
#include "sketch/signature_file.h"

namespace precis::cli {

// Checked before any input is read: the --index path must name a regular
// file (through symbolic links) or nothing yet. Otherwise "<path>: is a
// directory (the --index file)", "<path>: not a regular file (FIFO); the
// --index file must be a regular file", or "<path>: cannot open: <reason>
// (the --index file)". Sets `*exists` when there is an index to read.
Status CheckIndexPath(const std::string& path, bool* exists);

// Replaces the index with every article of `store`, in store order, whole or
// not at all (precis/io/atomic_file.h; a symbolic link is written through).
Status WriteIndex(const std::string& path, const SketchParams& params, const DocStore& store);

}  // namespace precis::cli
