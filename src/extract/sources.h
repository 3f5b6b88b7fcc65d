// Sources stage: who said what -> the attributions layer (speaker, role, organisation,
// channel, outlet, quote).
#pragma once

#include "extract/analysis.h"

namespace sitrep {

// Needs the actors and agents layers and the quotes layer.
void find_sources(Analysis* a);

}  // namespace sitrep
