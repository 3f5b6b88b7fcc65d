// Phrase matching: tokens -> the matches layer. One pass over the tokens walks the
// lexicon's phrase table token by token (a slot says whether longer phrases continue
// it), so every lexicon phrase is found in time linear in the text.
#pragma once

#include "extract/analysis.h"

namespace sitrep {

void match_phrases(Analysis* a);

// True when a case-sensitive posting's exact spelling is the text of these tokens (never
// in all-caps copy).
bool spelled_as_written(const Analysis& a, const lex::Posting& p, uint32_t first, uint32_t end);

// True when a posting may match these tokens: case-sensitive phrases need their exact
// spelling and never match in all-caps copy. Inline: asked for every posting of every
// match, and nearly all postings are not case-sensitive.
inline bool posting_applies(const Analysis& a, const lex::Posting& p, uint32_t first, uint32_t end) {
  return !(p.flags & lex::kCaseSensitive) || spelled_as_written(a, p, first, end);
}

}  // namespace sitrep
