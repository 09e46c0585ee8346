// The incremental index file (precis-dedup's --index): a signature stream
// (sketch/signature_stream.h) of every article seen so far, read at the start
// of a run (with sketch::ReadSignatureStream; a damaged index must stop the
// run, since rewriting it would drop the damaged articles for good) and
// replaced whole at its end.
//
//   bool exists = false;
//   if (precis::Status ok = precis::corpus::CheckIndexPath(path, &exists); !ok.ok()) ...
//   // ... read it if `exists`, add this run's articles to `store` ...
//   precis::Status written = precis::corpus::WriteIndex(path, params, store);
#pragma once

#include <string>

#include "precis/core/status.h"
#include "precis/corpus/document_store.h"
#include "precis/export.h"
#include "precis/sketch/signature_format.h"

namespace precis::corpus {

// Checked before any input is read: the --index path must name a regular
// file (through symbolic links) or nothing yet. Otherwise "<path>: is a
// directory (the --index file)", "<path>: not a regular file (FIFO); the
// --index file must be a regular file", or "<path>: cannot open: <reason>
// (the --index file)". Sets `*exists` when there is an index to read.
PRECIS_EXPORT Status CheckIndexPath(const std::string& path, bool* exists);

// Replaces the index with every article of `store`, in store order, whole or
// not at all (precis/io/atomic_file.h; a symbolic link is written through).
PRECIS_EXPORT Status WriteIndex(const std::string& path, const sketch::SketchParams& params,
                                const DocumentStore& store);

}  // namespace precis::corpus
