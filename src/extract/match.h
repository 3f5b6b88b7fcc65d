// Phrase matching: tokens -> the matches layer. One pass over the tokens walks the
// lexicon's phrase table token by token (a slot says whether longer phrases continue
// it), so every lexicon phrase is found in time linear in the text.
#pragma once

#include "extract/analysis.h"

namespace sitrep {

void match_phrases(Analysis* a);

// True when a posting may match these tokens: case-sensitive phrases need their exact
// spelling and never match in all-caps copy.
bool posting_applies(const Analysis& a, const lex::Posting& p, uint32_t first, uint32_t end);

}  // namespace sitrep
