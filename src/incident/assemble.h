// Incident assembly: every extract layer of one document -> its incident records.
// Mentions of one incident (the lead, its re-descriptions, "the attack") are grouped
// into one record; distinct places, dates or kinds make distinct incidents; arguments
// attach by clause. Records are SPEC section 3 values (incident/record.h), codebook views
// included; record_json writes each as its JSON line.
#pragma once

#include <vector>

#include "extract/analysis.h"
#include "incident/record.h"
#include "sitrep/sitrep.h"

namespace sitrep {

std::vector<Record> assemble_incidents(const Analysis& a, const ExtractOptions& options);

}  // namespace sitrep
