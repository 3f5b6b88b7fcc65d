// Events stage: trigger matches -> the events layer (kind, strength, status per mention).
#pragma once

#include <string_view>

#include "extract/analysis.h"

namespace sitrep {

// Needs the dates layer (an earlier period's date makes a mention background).
void find_events(Analysis* a);

// A token that ends a clause for argument attachment: punctuation and subordinators
// ("since", "after", "which"): "the first attack since the Taliban returned in 2021".
bool clause_boundary(const Analysis& a, uint32_t i);
bool same_clause(const Analysis& a, uint32_t x, uint32_t y);

// An act told in the perfect over a period up to now ("have killed hundreds in recent
// months", "since 2009"): a tally of many acts, not one event.
bool perfect_tally(const Analysis& a, uint32_t first, uint32_t end);

// Row of `kind` in the kinds table, or -1.
int kind_row(const Lexicon& lex, std::string_view kind);

}  // namespace sitrep
