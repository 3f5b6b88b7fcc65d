// Actors stage: named organisations and states (actors layer) and generic people and
// forces as noun phrases (agents layer).
#pragma once

#include <string>

#include "extract/analysis.h"

namespace sitrep {

void find_actors(Analysis* a);

// True when actors-table `row` is valid on `date` (ISO; empty = always): "from"
// inclusive, "until" exclusive.
bool row_valid_at(const Table& t, size_t row, const std::string& date);

// First token of the noun phrase whose head starts at `head_first`: takes determiners,
// numbers, "one of its", demonyms and modifiers to the left, never before `limit`; with
// `agent_modifiers`, other agent words too ("guerrilla urban commandos").
// Token i is a word of dress ("uniforms", "fatigues", "masks", "clothes"): what doers wore
// ("men in military fatigues", "gunmen wearing police uniforms"), not who they were.
bool dress_word(const Analysis& a, uint32_t i);

uint32_t np_start(const Analysis& a, uint32_t head_first, uint32_t limit, bool agent_modifiers = false);

}  // namespace sitrep
