// End-to-end tables for destruction told beside a non-violent event of its own: an armed
// strike (a forced work stoppage), an arrest or a curfew is an event apart, and a bridge or
// a pylon destroyed in another sentence is sabotage, not a word for it. A destruction told
// with its doers ("terrorists destroyed a bridge") is an incident of its own; one told
// with its object only ("after the destruction of two towers") leaves the strike but opens
// none; the damage a blast did ("the blast destroyed the front of the building") stays the
// blast's. Each row renders every record (all statuses) as "kind muc4-type [targets]",
// "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SabotageCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string render(const SabotageCase& c) {
  std::string out;
  for (const std::string& line : test::extract_text(c.text, c.date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["kind"].get<std::string>() + " " + (r["muc4"].is_object() ? r["muc4"]["type"].get<std::string>() : "-");
    std::string targets;
    for (const auto& t : r["targets"]) targets += (targets.empty() ? "" : ",") + t["text"].get<std::string>();
    if (!targets.empty()) out += " [" + targets + "]";
  }
  return out;
}

class ClusterSabotage : public ::testing::TestWithParam<SabotageCase> {};

TEST_P(ClusterSabotage, Records) { EXPECT_EQ(render(GetParam()), GetParam().expected) << GetParam().text; }

const SabotageCase kCases[] = {
    // A bridge destroyed by the strikers' comrades in another sentence is an attack of its own.
    {"HUANCAYO, 6 APR 90 (EFE) -- [TEXT] THE SHINING PATH HAS IMPOSED A 48-HOUR ARMED STRIKE ON HUANCAYO SINCE "
     "DAWN TODAY, AND STORES AND MARKETS REMAIN CLOSED. TERRORISTS DESTROYED A BRIDGE ON THE ROAD TO JAUJA EARLY "
     "THIS MORNING.",
     "1990-04-07", "forced_work_stoppage FORCED WORK STOPPAGE; property_destruction ATTACK [BRIDGE]"},
    {"Police arrested six suspected members of the ELN in Arauca on Tuesday. Rebels destroyed a stretch of the "
     "Cano Limon pipeline near Saravena the same night.",
     "1992-03-11", "arrest -; property_destruction ATTACK [Cano Limon pipeline]"},
    // Told with its object only, the destruction leaves the strike, which keeps no target.
    {"Maoist rebels enforced an armed shutdown across western Nepal on Thursday, closing schools and shops in "
     "Nepalgunj. The city was left without power after the destruction of two electricity towers outside the town.",
     "2003-02-14", "forced_work_stoppage FORCED WORK STOPPAGE"},
    // A blast's damage is the blast's; a figure of speech is no destruction of property.
    {"A bomb exploded outside the offices of the ruling party in Guatemala City on Monday. The blast destroyed the "
     "front of the building and two parked cars.",
     "1989-09-06", "bombing BOMBING [offices,building,parked cars]"},
    {"Maoist rebels enforced an armed shutdown across western Nepal on Thursday, closing schools and shops in "
     "Nepalgunj. The shutdown destroyed the livelihood of thousands of traders, the chamber of commerce said.",
     "2003-02-14", "forced_work_stoppage FORCED WORK STOPPAGE"},
};

INSTANTIATE_TEST_SUITE_P(Table, ClusterSabotage, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
