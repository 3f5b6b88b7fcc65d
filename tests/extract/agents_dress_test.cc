// Table tests for words of dress: a force's word before "uniforms", "fatigues", "clothes"
// tells what the doers wore, not who they were ("guerrillas dressed in army uniforms" are
// no army), while the force named as the doers stays the doer.
// {news text, "perpetrators | ACLED actor1"} of the first record.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct DressCase {
  const char* text;
  const char* expected;
};

std::string doers(const std::string& text) {
  ExtractResult r = test::extract_text(text, "1990-05-05", false);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  std::string perps;
  for (const auto& p : j["perpetrators"]) perps += (perps.empty() ? "" : ",") + p["name"].get<std::string>();
  const nlohmann::json& acled = j["acled"];
  return perps + " | " +
         (acled.is_object() && acled["actor1"].is_string() ? acled["actor1"].get<std::string>() : "null");
}

TEST(AgentsDress, DressNamesNoForce) {
  const DressCase cases[] = {
      {"Guerrillas dressed in army uniforms killed six peasants in Usulutan on Monday.",
       " | Unidentified Armed Group (El Salvador)"},
      {"GUNMEN WEARING POLICE UNIFORMS KIDNAPPED A JUDGE IN MEDELLIN YESTERDAY.",
       " | Unidentified Armed Group (Colombia)"},
      {"Men in military fatigues shot dead a trader in Goma on Friday.",
       " | Unidentified Armed Group (Democratic Republic of Congo)"},
      // The force itself as the doer.
      {"Police in riot gear fired tear gas at protesters in Nairobi on Tuesday.", "Police | Protesters (Kenya)"},
      {"Army troops killed six rebels in Usulutan on Monday.", " | Military Forces of El Salvador"},
  };
  for (const DressCase& c : cases) EXPECT_EQ(doers(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
