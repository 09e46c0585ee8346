#include "dedup/dedup_output.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "precis/io/jsonl.h"

namespace precis::cli {
namespace {

const char* Basis(const corpus::PairScore& score) { return score.exact ? "exact" : "estimate"; }

}  // namespace

void WritePairs(const corpus::DocumentStore& store, std::span<const corpus::PairScore> pairs,
                Format format, std::ostream& out) {
  std::string line;
  for (const corpus::PairScore& pair : pairs) {
    line.clear();
    const std::string& a = store.ids[pair.a];
    const std::string& b = store.ids[pair.b];
    switch (format) {
      case Format::kText:
        line = a + "  " + b + "  jaccard " + io::FormatScore(pair.jaccard) + "  containment " +
               io::FormatScore(pair.containment_a) + " " + io::FormatScore(pair.containment_b) +
               "  " + Basis(pair);
        break;
      case Format::kTsv:
        io::AppendTsvField(line, a);
        line += '\t';
        io::AppendTsvField(line, b);
        line += '\t' + io::FormatScore(pair.jaccard) + '\t' + io::FormatScore(pair.containment_a) +
                '\t' + io::FormatScore(pair.containment_b) + '\t' + Basis(pair);
        break;
      case Format::kJsonl:
        line = io::JsonObject()
                   .Add("a", a)
                   .Add("b", b)
                   .Add("jaccard", pair.jaccard)
                   .Add("containment_a", pair.containment_a)
                   .Add("containment_b", pair.containment_b)
                   .Add("basis", Basis(pair))
                   .Finish();
        break;
    }
    out << line << '\n';
  }
}

void WriteClusters(const corpus::DocumentStore& store, sketch::UnionFind& sets,
                   std::span<const corpus::PairScore> accepted,
                   std::span<const corpus::PairScore> to_representative, Format format,
                   std::ostream& out) {
  // Members per root, in input order; scores against the root by member.
  std::vector<std::vector<std::uint32_t>> members(store.size());
  for (std::uint32_t i = 0; i < store.size(); ++i) members[sets.Find(i)].push_back(i);
  std::vector<const corpus::PairScore*> rep_score(store.size(), nullptr);
  for (const corpus::PairScore& score : to_representative) rep_score[score.b] = &score;
  std::vector<std::vector<const corpus::PairScore*>> edges;
  if (format == Format::kJsonl) {
    edges.resize(store.size());
    for (const corpus::PairScore& pair : accepted) edges[sets.Find(pair.a)].push_back(&pair);
  }
  std::uint64_t cluster = 0;
  std::string text;
  for (std::uint32_t root = 0; root < store.size(); ++root) {
    const auto& group = members[root];
    if (group.size() < 2 ||
        std::ranges::none_of(group, [&](std::uint32_t m) { return store.in_run[m] != 0; })) {
      continue;
    }
    ++cluster;
    text.clear();
    const std::string& representative = store.ids[root];
    switch (format) {
      case Format::kText:
        text += "cluster " + std::to_string(cluster) + ": " + std::to_string(group.size()) +
                " articles, representative " + representative + "\n";
        for (std::uint32_t m : group) {
          text += "  " + store.ids[m];
          if (m != root) {
            text +=
                "  jaccard " + io::FormatScore(rep_score[m]->jaccard) + " " + Basis(*rep_score[m]);
          }
          text += '\n';
        }
        break;
      case Format::kTsv:
        for (std::uint32_t m : group) {
          text += std::to_string(cluster) + '\t';
          io::AppendTsvField(text, representative);
          text += '\t';
          io::AppendTsvField(text, store.ids[m]);
          if (m == root) {
            text += "\t1\t1\t1\texact\n";
          } else {
            const corpus::PairScore& s = *rep_score[m];
            text += '\t' + io::FormatScore(s.jaccard) + '\t' + io::FormatScore(s.containment_a) +
                    '\t' + io::FormatScore(s.containment_b) + '\t' + Basis(s) + '\n';
          }
        }
        break;
      case Format::kJsonl: {
        std::string list = "[";
        for (std::uint32_t m : group) {
          if (list.size() > 1) list += ',';
          io::JsonObject member;
          member.Add("id", store.ids[m]);
          if (m != root) {
            member.Add("jaccard", rep_score[m]->jaccard).Add("basis", Basis(*rep_score[m]));
          }
          list += member.Finish();
        }
        list += ']';
        std::string pairs = "[";
        for (const corpus::PairScore* pair : edges[root]) {
          if (pairs.size() > 1) pairs += ',';
          pairs += io::JsonObject()
                       .Add("a", store.ids[pair->a])
                       .Add("b", store.ids[pair->b])
                       .Add("jaccard", pair->jaccard)
                       .Add("basis", Basis(*pair))
                       .Finish();
        }
        pairs += ']';
        text = io::JsonObject()
                   .Add("cluster", cluster)
                   .Add("representative", representative)
                   .Add("size", static_cast<std::uint64_t>(group.size()))
                   .AddRaw("members", list)
                   .AddRaw("pairs", pairs)
                   .Finish() +
               '\n';
        break;
      }
    }
    out << text;
  }
}

Status WriteUnique(const corpus::DocumentStore& store, const corpus::SpillFile& spill,
                   sketch::UnionFind& sets, Format format, std::ostream& out) {
  std::vector<std::uint32_t> cluster_size(store.size(), 0);
  for (std::uint32_t i = 0; i < store.size(); ++i) ++cluster_size[sets.Find(i)];
  std::string line;
  std::string text;
  for (std::uint32_t i = 0; i < store.size(); ++i) {
    if (store.in_run[i] == 0 || sets.Find(i) != i) continue;
    line.clear();
    switch (format) {
      case Format::kText:
        line = store.ids[i];
        break;
      case Format::kTsv:
        io::AppendTsvField(line, store.ids[i]);
        line += '\t' + std::to_string(cluster_size[i]);
        break;
      case Format::kJsonl: {
        io::JsonObject record;
        record.Add("id", store.ids[i]);
        if (store.text_offsets[i] != corpus::kNoOffset) {
          text.resize(store.text_sizes[i]);
          if (Status status = spill.Read(store.text_offsets[i], text); !status.ok()) {
            return status;
          }
          record.Add("text", text);
        } else {
          record.Add("cluster_size", cluster_size[i]);
        }
        line = record.Finish();
        break;
      }
    }
    out << line << '\n';
  }
  return Status::Ok();
}

Status WriteLabeled(const corpus::DocumentStore& store, const corpus::SpillFile& spill,
                    sketch::UnionFind& sets, Format format, std::ostream& out) {
  std::string line;
  std::string text;
  for (std::uint32_t i = 0; i < store.size(); ++i) {
    if (store.in_run[i] == 0) continue;
    const std::string& representative = store.ids[sets.Find(i)];
    line.clear();
    if (format == Format::kJsonl) {
      io::JsonObject record;
      record.Add("id", store.ids[i]);
      if (store.text_offsets[i] != corpus::kNoOffset) {
        text.resize(store.text_sizes[i]);
        if (Status status = spill.Read(store.text_offsets[i], text); !status.ok()) return status;
        record.Add("text", text);
      }
      line = record.Add("cluster", representative).Finish();
    } else {
      io::AppendTsvField(line, store.ids[i]);
      line += '\t';
      io::AppendTsvField(line, representative);
    }
    out << line << '\n';
  }
  return Status::Ok();
}

void WriteComponents(std::span<const corpus::Component> components, Format format,
                     std::ostream& out) {
  std::uint64_t cluster = 0;
  std::string text;
  for (const corpus::Component& component : components) {
    const std::vector<std::string>& members = component.members;
    ++cluster;
    text.clear();
    // Ids stay TSV-escaped as they travelled; unescape for text and JSON.
    const std::string representative = io::UnescapeTsvField(members[0]);
    switch (format) {
      case Format::kText:
        text += "cluster " + std::to_string(cluster) + ": " + std::to_string(members.size()) +
                " articles, representative " + representative + "\n";
        for (const std::string& member : members) {
          text += "  " + io::UnescapeTsvField(member) + "\n";
        }
        break;
      case Format::kTsv:
        for (const std::string& member : members) {
          text += std::to_string(cluster) + '\t' + members[0] + '\t' + member + '\n';
        }
        break;
      case Format::kJsonl: {
        std::string list = "[";
        for (const std::string& member : members) {
          if (list.size() > 1) list += ',';
          io::AppendJsonString(list, io::UnescapeTsvField(member));
        }
        list += ']';
        text = io::JsonObject()
                   .Add("cluster", cluster)
                   .Add("representative", representative)
                   .Add("size", static_cast<std::uint64_t>(members.size()))
                   .AddRaw("members", list)
                   .Finish() +
               '\n';
        break;
      }
    }
    out << text;
  }
}

}  // namespace precis::cli
