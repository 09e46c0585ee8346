#include "precis/tfidf/idf_model.h"

#include <algorithm>
#include <cmath>

#include "precis/io/atomic_file.h"
#include "precis/text/analyzer.h"
#include "tfidf/idf_file.h"

namespace precis::tfidf {
namespace {

// Keys are hashes already, so their low bits index the table directly; the
// table is kept at most half full so probes stay short.
constexpr std::size_t kInitialSlots = 1024;

// Document frequencies whose Idf is tabulated (rarer terms are most lookups;
// 512 KiB at most).
constexpr std::uint32_t kTabulatedFrequencies = 1 << 16;

std::string_view YesNo(bool value) { return value ? "yes" : "no"; }

}  // namespace

IdfModel::IdfModel(IdfSettings settings) : settings_(std::move(settings)) {}

void IdfModel::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? kInitialSlots : old.size() * 2, Slot{});
  size_ = 0;
  for (const Slot& slot : old) {
    if (slot.df != 0) Increment(slot.key, slot.df);
  }
}

void IdfModel::Increment(std::uint64_t key, std::uint32_t count) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.df == 0) {
      slot.key = key;
      slot.df = count;
      ++size_;
      return;
    }
    if (slot.key == key) {
      // Saturate rather than wrap: a corpus of 4 billion documents is not
      // expected, but a wrapped count would silently invert a weight.
      const std::uint64_t sum = std::uint64_t{slot.df} + count;
      slot.df = static_cast<std::uint32_t>(std::min<std::uint64_t>(sum, UINT32_MAX));
      return;
    }
  }
}

std::uint32_t IdfModel::DocumentFrequency(std::uint64_t key) const {
  if (slots_.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.df == 0) return 0;
    if (slot.key == key) return slot.df;
  }
}

double IdfModel::Idf(std::uint64_t key) const {
  const std::uint32_t frequency = DocumentFrequency(key);
  if (frequency < idf_by_df_.size()) return idf_by_df_[frequency];
  const double n = static_cast<double>(document_count_);
  const double df = std::min<double>(frequency, n);
  return std::log((1.0 + n) / (1.0 + df));
}

void IdfModel::TabulateIdf() {
  std::uint32_t largest = 0;
  for (const Slot& slot : slots_) largest = std::max(largest, slot.df);
  // Up to min(N, largest) every frequency is its own min(df, N), so each
  // entry is exactly what Idf computes.
  const std::uint64_t last =
      std::min<std::uint64_t>({document_count_, largest, std::uint64_t{kTabulatedFrequencies} - 1});
  const double n = static_cast<double>(document_count_);
  idf_by_df_.resize(last + 1);
  for (std::uint32_t df = 0; df <= last; ++df) {
    idf_by_df_[df] = std::log((1.0 + n) / (1.0 + static_cast<double>(df)));
  }
}

void IdfModel::Add(const text::Analysis& analysis) {
  scratch_.clear();
  scratch_.reserve(analysis.tokens.size());
  for (const text::Token& token : analysis.tokens) scratch_.push_back(token.term);
  std::vector<std::uint64_t> keys = std::move(scratch_);
  AddDocument(keys);
  scratch_ = std::move(keys);
}

void IdfModel::AddDocument(std::span<const std::uint64_t> keys) {
  std::vector<std::uint64_t> distinct(keys.begin(), keys.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (std::uint64_t key : distinct) Increment(key, 1);
  ++document_count_;
  idf_by_df_.clear();
}

Status IdfModel::CheckSettings(const IdfSettings& expected, std::string_view name) const {
  std::string prefix = std::string(name) + ": ";
  if (settings_.language != expected.language) {
    return FormatMismatch(prefix + "IDF model is for language '" + settings_.language +
                          "', expected '" + expected.language + "'");
  }
  if (settings_.stem != expected.stem) {
    return FormatMismatch(prefix + "IDF model was made with stemming " +
                          std::string(YesNo(settings_.stem)) + ", expected stemming " +
                          std::string(YesNo(expected.stem)));
  }
  if (settings_.unit != expected.unit) {
    return FormatMismatch(prefix + "IDF model counts '" + settings_.unit + "', expected '" +
                          expected.unit + "'");
  }
  return Status::Ok();
}

Status IdfModel::Merge(const IdfModel& other) {
  if (Status status = other.CheckSettings(settings_, "merge"); !status.ok()) return status;
  for (const Slot& slot : other.slots_) {
    if (slot.df != 0) Increment(slot.key, slot.df);
  }
  document_count_ += other.document_count_;
  min_df_ = std::max(min_df_, other.min_df_);
  idf_by_df_.clear();
  return Status::Ok();
}

std::vector<std::pair<std::uint64_t, std::uint32_t>> IdfModel::Entries() const {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  entries.reserve(size_);
  for (const Slot& slot : slots_) {
    if (slot.df != 0) entries.emplace_back(slot.key, slot.df);
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

std::string IdfModel::Serialize(std::uint32_t min_df) const {
  min_df = std::max<std::uint32_t>({min_df, 1, min_df_});
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries = Entries();
  std::erase_if(entries, [min_df](const auto& entry) { return entry.second < min_df; });
  IdfFileHeader header{settings_, document_count_, min_df, entries.size()};
  return WriteIdfFile(header, entries);
}

Status IdfModel::Save(const std::string& path, std::uint32_t min_df) const {
  return io::WriteFileAtomically(path, Serialize(min_df));
}

Result<IdfModel> IdfModel::Load(const std::string& path) {
  std::string bytes;
  if (Status status = ReadWholeFile(path, bytes); !status.ok()) return status;
  return Parse(bytes, path);
}

Result<IdfModel> IdfModel::Load(const std::string& path, const IdfSettings& expected) {
  Result<IdfModel> model = Load(path);
  if (!model.ok()) return model;
  if (Status status = model->CheckSettings(expected, path); !status.ok()) return status;
  return model;
}

Result<IdfModel> IdfModel::Parse(std::string_view bytes, std::string_view name) {
  IdfFileHeader header;
  std::string_view body;
  if (Status status = ReadIdfHeader(bytes, name, header, body); !status.ok()) return status;
  IdfModel model(header.settings);
  model.document_count_ = header.documents;
  model.min_df_ = header.min_df;
  std::size_t slots = kInitialSlots;
  while (slots < header.keys * 2 + 2) slots *= 2;
  model.slots_.assign(slots, Slot{});
  const auto body_offset = static_cast<std::uint64_t>(body.data() - bytes.data());
  const Status status = ForEachIdfEntry(body, body_offset, header.keys, name,
                                        [&model](std::uint64_t key, std::uint32_t df) {
                                          model.Increment(key, df);
                                        });
  if (!status.ok()) return status;
  model.TabulateIdf();
  return model;
}

}  // namespace precis::tfidf
