// Sentence splitter: tokens -> the sentences layer (and sentence_of per token).
// Splits after . ! ? (with any closing quotes or brackets), not after abbreviations
// ("Gen.", "No."), and at blank lines; a single line break does not split, since wire and
// radio copy wraps lines inside sentences.
#pragma once

#include <functional>

#include "text/document.h"

namespace sitrep {

enum class AbbreviationKind { kNone = 0, kTitle = 1, kOther = 2 };

struct SentenceRules {
  // Kind of abbreviation for a token's matching-form hash (without the dot).
  std::function<AbbreviationKind(uint64_t hash)> abbreviation;
  // True when a token's matching form is an ordinary lower-case English word: after an
  // "other" abbreviation ("U.S.", "a.m.") a capitalised common word starts a sentence.
  std::function<bool(uint64_t hash)> common_word;
};

void split_sentences(Document* doc, const SentenceRules& rules);

}  // namespace sitrep
