#include "text/root_rules.h"

#include <unicode/rbbi.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace precis::text {
namespace {

// The compiled rules of `iterator`, or nothing when it is not rule-based.
std::vector<std::uint8_t> RulesOf(icu::BreakIterator& iterator) {
  if (iterator.getDynamicClassID() != icu::RuleBasedBreakIterator::getStaticClassID()) return {};
  std::uint32_t length = 0;
  const std::uint8_t* data = static_cast<icu::RuleBasedBreakIterator&>(iterator).getBinaryRules(length);
  return std::vector<std::uint8_t>(data, data + length);
}

std::vector<std::uint8_t> RootRules(UBreakIteratorType type) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Locale& root = icu::Locale::getRoot();
  std::unique_ptr<icu::BreakIterator> iterator(
      type == UBRK_WORD ? icu::BreakIterator::createWordInstance(root, error)
                        : icu::BreakIterator::createSentenceInstance(root, error));
  if (U_FAILURE(error) || !iterator) return {};
  return RulesOf(*iterator);
}

}  // namespace

bool HasRootRules(icu::BreakIterator& iterator, UBreakIteratorType type) {
  // Compared byte for byte with the rules compiled into ICU's data.
  static const std::vector<std::uint8_t> root_words = RootRules(UBRK_WORD);
  static const std::vector<std::uint8_t> root_sentences = RootRules(UBRK_SENTENCE);
  const std::vector<std::uint8_t>* root = nullptr;
  if (type == UBRK_WORD) root = &root_words;
  if (type == UBRK_SENTENCE) root = &root_sentences;
  if (root == nullptr || root->empty()) return false;
  const std::vector<std::uint8_t> rules = RulesOf(iterator);
  return rules.size() == root->size() && std::memcmp(rules.data(), root->data(), rules.size()) == 0;
}

}  // namespace precis::text
