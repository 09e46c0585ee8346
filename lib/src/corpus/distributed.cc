#include "precis/corpus/distributed.h"

#include <algorithm>
#include <istream>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/io/input_file.h"
#include "precis/sketch/union_find.h"

namespace precis::corpus {
namespace {

// Splits "a TAB b" (the first tab); false when there is none.
bool SplitTab(std::string_view line, std::string_view& left, std::string_view& right) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return false;
  left = line.substr(0, tab);
  right = line.substr(tab + 1);
  return true;
}

// A read that failed after `lines` lines: no end of input.
Status ReadFailure(std::uint64_t lines) {
  return IoError("line " + std::to_string(lines + 1) + ": " + io::LineReadFailure().message());
}

}  // namespace

Status ReduceBands(std::istream& in, std::ostream& out) {
  std::string line;
  std::string key;
  std::string fingerprint;
  std::vector<std::string> bucket;  // escaped ids, as read
  std::uint64_t line_number = 0;
  std::string edges;
  auto flush = [&] {
    if (bucket.size() < 2) return;
    std::sort(bucket.begin(), bucket.end());
    bucket.erase(std::unique(bucket.begin(), bucket.end()), bucket.end());
    edges.clear();
    for (std::size_t i = 1; i < bucket.size(); ++i) {
      edges += bucket[0];
      edges += '\t';
      edges += bucket[i];
      edges += '\n';
    }
    out << edges;
  };
  while (io::ReadLine(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    std::string_view line_key, id;
    if (!SplitTab(line, line_key, id)) {
      return InvalidInput("line " + std::to_string(line_number) + ": expected <band key> TAB <id>");
    }
    const std::string_view line_fingerprint = line_key.substr(0, line_key.find(':'));
    if (fingerprint.empty()) {
      fingerprint = line_fingerprint;
    } else if (line_fingerprint != fingerprint) {
      return InvalidInput("line " + std::to_string(line_number) +
                          ": band keys made with different sketch parameters (fingerprints " +
                          fingerprint + " and " + std::string(line_fingerprint) +
                          ") do not compare");
    }
    if (line_key != key) {
      flush();
      bucket.clear();
      key = line_key;
    }
    bucket.emplace_back(id);
  }
  flush();
  if (in.bad()) return ReadFailure(line_number);
  return Status::Ok();
}

Result<std::vector<Component>> FindComponents(std::istream& in) {
  std::unordered_map<std::string, std::uint32_t> index;
  std::vector<std::string> names;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  auto intern = [&](std::string_view name) {
    auto [it, inserted] =
        index.try_emplace(std::string(name), static_cast<std::uint32_t>(names.size()));
    if (inserted) names.emplace_back(name);
    return it->second;
  };
  std::string line;
  std::uint64_t line_number = 0;
  while (io::ReadLine(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    std::string_view a, b;
    if (!SplitTab(line, a, b)) {
      return InvalidInput("line " + std::to_string(line_number) + ": expected <id> TAB <id>");
    }
    b = b.substr(0, b.find('\t'));
    edges.emplace_back(intern(a), intern(b));
  }
  if (in.bad()) return ReadFailure(line_number);
  index.clear();
  // Rank ids by bytes so the union-find root (smallest index) is the
  // smallest id, whatever order the edges came in.
  std::vector<std::uint32_t> order(names.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return names[x] < names[y]; });
  std::vector<std::uint32_t> rank(names.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  sketch::UnionFind sets(static_cast<std::uint32_t>(names.size()));
  for (const auto& [a, b] : edges) sets.Union(rank[a], rank[b]);
  std::vector<std::vector<std::uint32_t>> members(names.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) members[sets.Find(r)].push_back(r);
  std::vector<Component> components;
  for (const std::vector<std::uint32_t>& group : members) {
    if (group.size() < 2) continue;
    Component& component = components.emplace_back();
    for (std::uint32_t r : group) component.members.push_back(std::move(names[order[r]]));
  }
  return components;
}

}  // namespace precis::corpus
