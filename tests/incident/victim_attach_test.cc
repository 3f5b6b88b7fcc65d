// Table tests for which incident a victim group goes to (incident/assemble.cc
// victim_incidents): {news text, every record as "kind=victim|victim" in order}. People are
// killed, wounded or kidnapped by violence, not by an arrest, a truce, a release or a
// party's disbanding told beside them: in a sentence naming a violent act the nearest
// violent act takes the victim; a death told in a sentence naming only other acts befell
// the victim of the violent act told just before or after it; a casualty word that is
// itself a non-violent act ("released the hostages") keeps its people there. Also the
// casualty word each victim group records as its cue (extract/casualties.cc).
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "pipeline/pipeline.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct AttachCase {
  const char* text;
  const char* expected;  // each record (status all) as "kind=victims[].text|..." joined by "; "
};

std::string render(const char* text) {
  ExtractResult r = test::extract_text(text, "2023-05-10", true);
  std::string out;
  for (const std::string& line : r.records) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += j["kind"].get<std::string>() + "=";
    bool first = true;
    for (const auto& v : j["victims"]) {
      if (!first) out += "|";
      out += v["text"].get<std::string>();
      first = false;
    }
  }
  return out;
}

TEST(VictimAttach, TheViolentActTakesTheVictim) {
  const AttachCase cases[] = {
      // A death told in a sentence whose only act is a disbanding: the shooting told next.
      {"Omar Haddad, a former commander of the disbanded militia, died in hospital in Tripoli on Tuesday. "
       "Gunmen shot him outside his home in the city on Monday night, police said.",
       "group_change=; shooting=Omar Haddad"},
      {"BOGOTA, 3 MAR 90 -- JOSE ANTONIO RIOS, A FORMER LEADER OF THE DISBANDED GUERRILLA MOVEMENT, DIED IN A "
       "MEDELLIN HOSPITAL TODAY. GUNMEN FIRED AT HIM AS HE LEFT A CAFE IN THE CITY YESTERDAY, RADIO STATIONS "
       "REPORTED.",
       "group_change=; shooting=JOSE ANTONIO RIOS"},
      // The act told just before: a death and an escape unhurt in a sentence about a truce.
      {"Gunmen attacked the convoy of the provincial governor near Jalalabad on Wednesday. The governor was unhurt "
       "but his driver died in hospital hours after the ceasefire was announced, officials said.",
       "shooting=The governor|his driver; ceasefire="},
      // One sentence, two acts: the victim is the shooting's, not the agreement's he had signed.
      {"Mayor Luis Arce, who signed a peace agreement with the rebels in March, was shot dead in Cali on Monday, "
       "police said.",
       "agreement=; shooting=Mayor Luis Arce"},
      // The release of hostages is an act of its own: its people are not the bombing's.
      {"The rebels released the hostages, Ana Gil and Luis Mora, in Arauca on Sunday, hours after guerrillas "
       "bombed a police post in the town.",
       "prisoner_release=Ana Gil|Luis Mora; bombing="},
      // A death beside a violent act stays with it.
      {"A car bomb exploded near the main market in Mogadishu on Saturday. Three traders died in hospital on "
       "Sunday as the government declared a state of emergency in the capital.",
       "car_bombing=Three traders; state_of_emergency="},
      // A consequence word told after a truce, in a sentence of its own, is no toll of the
      // truce: the act named in its sentence takes its victim, else none.
      {"WASHINGTON, 16 NOV 89 (EFE) -- [TEXT] THE FOREIGN MINISTER TODAY CONDEMNED THE ASSASSINATION OF SIX "
       "JESUITS IN SAN SALVADOR. AS FOR A REQUEST BY THE RED CROSS TO CALL FOR A CEASE-FIRE FOR HUMANITARIAN "
       "REASONS, HE SAID THE ARMY WOULD DECIDE. AS FOR THE ASSASSINATION OF THE SIX JESUITS, HE SAID THAT IGNACIO "
       "ELLACURIA, ONE OF THE PRIESTS WHO WAS KILLED, WAS HIS TEACHER.",
       "assassination=SIX JESUITS|THE SIX JESUITS|IGNACIO ELLACURIA|ONE OF THE PRIESTS; ceasefire="},
      {"Gunmen shot dead a village chief, Musa Ali, in Kaduna on Sunday. Community leaders signed a truce in "
       "Kafanchan on Monday. Ali was killed as he left the mosque, his brother said.",
       "shooting=chief, Musa Ali; ceasefire="},
      {"Elders of the two clans agreed a truce in Galkayo on Monday to treat the wounded.", "ceasefire="},
  };
  for (const AttachCase& c : cases) EXPECT_EQ(render(c.text), c.expected) << c.text;
}

struct CueCase {
  const char* text;
  const char* expected;  // "group words <- cue words" for each victim group, "; "-joined
};

std::string cues(const char* text) {
  test::Analysed a(text, "2023-05-10");
  run_extract_stages(a.get());
  std::string out;
  for (const VictimGroup& g : a->victims) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(g.first, g.end)) + " <- " + std::string(a.text(g.cue_first, g.cue_end));
  }
  return out;
}

TEST(VictimAttach, EachGroupRecordsItsCasualtyWord) {
  const CueCase cases[] = {
      {"Gunmen killed two policemen in Karachi on Sunday.", "two policemen <- killed"},
      {"THE KIDNAPPING OF SENATOR PEDRO GOMEZ IN CALI WAS CONDEMNED BY THE CHURCH.",
       "SENATOR PEDRO GOMEZ <- KIDNAPPING OF"},
      {"Villagers beat a suspected thief to death in Kisumu on Monday.",
       "a suspected thief <- beat a suspected thief to death"},
      // "The victims were ...": the word points back at a group, no act of its own.
      {"Two men were shot dead in Belfast on Friday. The victims were Sean Kelly and Patrick Doyle.",
       "Two men <- shot dead; Sean Kelly <- ; Patrick Doyle <- "},
  };
  for (const CueCase& c : cases) EXPECT_EQ(cues(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
