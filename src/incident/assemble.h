// Incident assembly: every extract layer of one document -> its incident records.
// Mentions of one incident (the lead, its re-descriptions, "the attack") are grouped
// into one record; distinct places, dates or kinds make distinct incidents; arguments
// attach by clause. Records are SPEC section 3 JSON, codebook views included.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "sitrep/sitrep.h"

namespace sitrep {

struct AssembledRecord {
  std::string json;      // one line
  std::string status;
  std::vector<std::pair<std::string, std::pair<uint32_t, uint32_t>>> spans;  // field -> bytes (explain)
};

std::vector<AssembledRecord> assemble_incidents(const Analysis& a, const ExtractOptions& options);

// Appends v as one line of JSON, byte for byte what v.dump(-1, ' ', false,
// error_handler_t::replace) writes, without nlohmann's serializer: records are written
// once, so a direct walk saves most of the serialiser's per-byte work.
void append_json(const nlohmann::ordered_json& v, std::string* out);

}  // namespace sitrep
