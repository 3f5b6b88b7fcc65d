// Casualties stage: casualty words, numbers and agents -> the victims layer.
#pragma once

#include "extract/analysis.h"

namespace sitrep {

// Needs the numbers and agents layers.
void find_casualties(Analysis* a);

}  // namespace sitrep
