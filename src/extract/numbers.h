// Numbers: tokens + the kNumbers table (data/text/numbers.tsv) -> the numbers layer: counts
// written as digits ("1,200"), words ("twenty-one", "a hundred and five"), ranges ("10 to
// 15", "between 20 and 30"), bounds ("at least 20") and vague quantifiers ("dozens",
// "several"), with SPEC section 3's counting conventions (ACLED's figures for vague words).
#pragma once

#include "extract/analysis.h"

namespace sitrep {

// Fills a->numbers, sorted by first token and non-overlapping. Needs the matches layer
// (match_phrases) for multi-word quantifiers ("a number of"); without it single words are
// looked up directly. Tokens of a->dates and a->times are skipped, so run find_dates first
// (find_dates run afterwards removes the overlapping numbers instead).
void find_numbers(Analysis* a);

}  // namespace sitrep
