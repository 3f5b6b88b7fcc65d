// Places stage: gazetteer matches -> the places layer (each mention resolved to one
// town, province or country) and the document's country context.
#pragma once

#include "extract/analysis.h"

namespace sitrep {

// Needs the actors layer (names of organisations are not places).
void find_places(Analysis* a);

}  // namespace sitrep
