// End-to-end table for a toll told later of an act named again by its kind: "Seven other
// people were killed in the siege" joins the siege told paragraphs before, not the latest
// incident (an airstrike told in between); and an act named as the cause of an arrest
// ("arrested five suspects over Sunday's bombing") opens no incident of its own.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct NamedActCase {
  const char* text;
  const char* published;
  bool all;             // every status, else the default (current incidents)
  const char* records;  // every record's "kind/status:killed", "/injured" when any, "; "-separated
};

const NamedActCase kCases[] = {
    {"Islamist militants besieged an army base in Kidal on Sunday, trapping dozens of soldiers inside.\n\n"
     "In a separate attack, a French airstrike hit a militant convoy near Tessalit on Monday, killing 15 fighters.\n\n"
     "Seven other people, including soldiers, were killed in the siege, a local official said.",
     "2013-05-08", true, "siege/reported:7; airstrike/reported:15"},
    {"TALIBAN FIGHTERS AMBUSHED A POLICE CONVOY IN GHAZNI PROVINCE ON TUESDAY.\n\n"
     "U.S. AIRCRAFT LATER BOMBED A TALIBAN COMPOUND IN ZABUL, KILLING 12 MILITANTS.\n\n"
     "FIVE POLICEMEN WERE KILLED IN THE AMBUSH, OFFICIALS SAID.",
     "2008-10-10", true, "ambush/reported:5; bombing/reported:12"},
    // The generic "the attack" still goes to the latest incident.
    {"Gunmen ambushed a bus near Jos on Friday. On Saturday, a bomb exploded at a market in Bauchi, killing four "
     "people. Seven shoppers were wounded in the attack, police said.",
     "1999-03-01", true, "ambush/reported:null; bombing/reported:4/7"},
    // The cause of an arrest is an earlier act: no bombing record of its own.
    {"Police arrested five suspects over Sunday's bombing in Maiduguri.", "2024-06-20", false, "arrest/reported:null"},
    {"SECURITY FORCES DETAINED THREE MEN IN CONNECTION WITH THE MASSACRE OF 14 PEASANTS.", "1990-02-10", false,
     "arrest/reported:null"},
    {"A suicide bomber killed 12 people at a mosque in Peshawar on Friday. Police arrested two men over Friday's "
     "bombing.",
     "2015-02-15", false, "suicide_bombing/reported:12; arrest/reported:null"},
};

std::string records_of(const ExtractResult& res) {
  std::string out;
  for (const std::string& line : res.records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["kind"].get<std::string>() + "/" + r["status"].get<std::string>() + ":" +
           (r["killed"].is_null() ? "null" : std::to_string(r["killed"]["value"].get<int>()));
    if (!r["injured"].is_null()) out += "/" + std::to_string(r["injured"]["value"].get<int>());
  }
  return out;
}

class NamedActAttachLeftovers : public testing::TestWithParam<NamedActCase> {};

TEST_P(NamedActAttachLeftovers, TollJoinsTheActNamed) {
  const NamedActCase& c = GetParam();
  EXPECT_EQ(records_of(test::extract_text(c.text, c.published, c.all)), c.records) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, NamedActAttachLeftovers, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
