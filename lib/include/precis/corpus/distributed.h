// The reduce and clustering steps of a distributed near-duplicate run, over
// plain lines so Hadoop Streaming, Spark's RDD.pipe or Dask can run them:
//
//   map      precis-sketch --emit-bands (band_keys.h): "<band key> TAB <id>"
//   shuffle  LC_ALL=C sort, or the engine's shuffle by key
//   reduce   ReduceBands: buckets of one key -> "<id> TAB <id>" edges
//   cluster  FindComponents: edges from every reducer -> clusters
//
//   std::ifstream keys("bands.sorted");
//   precis::Status reduced = precis::corpus::ReduceBands(keys, std::cout);
//   std::ifstream edges("edges.tsv");
//   precis::Result<std::vector<precis::corpus::Component>> clusters =
//       precis::corpus::FindComponents(edges);
//
// Ids travel TSV-escaped (io::AppendTsvField) and are compared as bytes.
// docs/dedup.md shows whole pipelines.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "precis/core/status.h"
#include "precis/export.h"

namespace precis::corpus {

// Reads "<band key> TAB <id>" lines grouped by key (sorted) and writes, for
// every bucket of two or more distinct ids, one "<smallest id> TAB <id>" edge
// per other id (a star, not all pairs). Memory: one bucket. kInvalidInput
// "line N: ..." for a line without a tab or keys made with different sketch
// parameters (the edges of the buckets before it are written).
PRECIS_EXPORT Status ReduceBands(std::istream& in, std::ostream& out);

// A connected component of two or more ids.
struct Component {
  // TSV-escaped as read; sorted by bytes, so members[0] (the smallest id)
  // represents the component.
  std::vector<std::string> members;
};

// Reads "<id> TAB <id>" edges (from any number of reducers, in any order; a
// third field is ignored) and returns the connected components of two or
// more ids, ordered by representative. kInvalidInput "line N: expected <id>
// TAB <id>" for a line without a tab.
PRECIS_EXPORT Result<std::vector<Component>> FindComponents(std::istream& in);

}  // namespace precis::corpus
