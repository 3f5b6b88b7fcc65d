// How ACLED-style notes and wire copy phrase the rarer sub-event types, and the ACLED
// sub_event_type each phrasing must yield: a capture verb with a qualified town ("the border
// town of"), a share or the whole of a place ("seized most of", "declared full control of"), a
// camp or base handed over, ceded or left, a garrison that surrendered without a fight, a camp or
// observation post set up, a declaration or ceasefire signed, a ceasefire called off, a coup
// told by its result ("deposed"), fire at protesters qualified by an adjective, a device
// recovered or destroyed, missiles or drones intercepted, a person taken into custody,
// grenades with an irritant dropped from drones, a mass grave found, protesters as the subject
// of a riot verb, a mob's torture.
// Rows: {text, publication date, expected ACLED sub_event_type}; the record compared is the
// first current one with an ACLED view, as `sitrep eval --format acled` reads it.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

struct PhrasingCase {
  const char* text;
  const char* date;
  const char* sub_event_type;
};

const PhrasingCase kCases[] = {
    // Territory: a qualified town or city as the object of a capture verb.
    {"Rebels captured the strategic town of Bunagana on the Ugandan border on Monday, residents said.", "2022-06-14",
     "Non-state actor overtakes territory"},
    {"GUERRILLAS SEIZED THE PROVINCIAL TOWN OF SAN MIGUEL ON SUNDAY, A MILITARY SPOKESMAN SAID.", "1989-11-13",
     "Non-state actor overtakes territory"},
    {"Insurgents overran the district town of Chahar Dara overnight, local officials said on Tuesday.", "2015-10-06",
     "Non-state actor overtakes territory"},
    // ... a share or the whole of a place.
    {"Islamist fighters seized most of the town of Quitunda on Wednesday, a security source said.", "2022-03-02",
     "Non-state actor overtakes territory"},
    {"Government forces declared full control of the city of Palmyra on Sunday, state media said.", "2017-03-05",
     "Government regains territory"},
    {"Rebel fighters took over the headquarters of the provincial governor in Bukavu on Sunday.", "2025-02-16",
     "Non-state actor overtakes territory"},
    // Non-violent transfer: a camp, base or town handed over, ceded or surrendered.
    {"French troops handed over their last base in Gao to the Malian army on Monday.", "2022-08-15",
     "Non-violent transfer of territory"},
    {"Separatist fighters ceded control of the town to federal troops under a local deal on Thursday.", "2017-10-19",
     "Non-violent transfer of territory"},
    {"The garrison in the provincial capital surrendered without a fight on Thursday, officials said.", "2021-08-12",
     "Non-violent transfer of territory"},
    {"Rebel fighters pulled out of the town of Bunagana on Monday and regional troops moved in, residents said.",
     "2023-04-03", "Non-violent transfer of territory"},
    {"UN PEACEKEEPERS WITHDREW FROM THE BASE AT TESSALIT ON TUESDAY, HANDING IT TO THE MALIAN ARMY.", "2023-10-24",
     "Non-violent transfer of territory"},
    // ... but a withdrawal after a fight stays the fight.
    {"Government troops withdrew from the town of Kidal after two days of heavy fighting with rebels, killing 12.",
     "2014-05-19", "Armed clash"},
    // Bases: a military camp, outpost or observation post set up.
    {"Turkish troops set up a new observation post near the town of Maarat al-Numan on Saturday.", "2020-02-08",
     "Headquarters or base established"},
    {"THE INSURGENTS ESTABLISHED A MILITARY CAMP IN THE FOREST NEAR BENI, THE ARMY SAID ON TUESDAY.", "2014-05-06",
     "Headquarters or base established"},
    // Agreements signed under another name.
    {"The two factions signed a declaration of principles in Nairobi on Tuesday.", "2005-01-11", "Agreement"},
    {"Government and rebel negotiators signed a cessation of hostilities agreement in Juba on Monday.", "2014-01-27",
     "Agreement"},
    {"Hamas and Fatah signed a reconciliation agreement in Cairo on Thursday.", "2017-10-12", "Agreement"},
    // Change to group/activity: a ceasefire called off, arms taken up again.
    {"The rebel group called off its ceasefire with the government on Friday, its spokesman said.", "2018-01-12",
     "Change to group/activity"},
    {"A dissident faction of the former guerrillas announced in a video that it was taking up arms again.",
     "2019-08-30", "Change to group/activity"},
    // Coups told by their result.
    {"The military deposed the president on Thursday and suspended the constitution, state radio said.", "2019-04-11",
     "Other"},
    // Excessive force: fire at protesters qualified by an adjective, live ammunition.
    {"Soldiers opened fire on unarmed protesters in the city of Monywa on Saturday, witnesses said.", "2021-03-27",
     "Excessive force against protesters"},
    {"POLICE FIRED LIVE AMMUNITION AT DEMONSTRATORS IN THE CAPITAL ON SUNDAY, KILLING TWO.", "2018-12-23",
     "Excessive force against protesters"},
    // Disrupted weapons use: a device recovered or destroyed, missiles or drones intercepted.
    {"Police recovered an IED from a culvert on the Dantewada road on Monday and defused it.", "2021-04-05",
     "Disrupted weapons use"},
    {"Air defences shot down 12 drones over the capital overnight, the air force said on Sunday.", "2023-05-28",
     "Disrupted weapons use"},
    // ... but a missile that was fired is the strike, whatever share of it was intercepted.
    {"Houthi forces fired a ballistic missile at Riyadh on Sunday; Saudi air defences intercepted it.", "2018-03-25",
     "Shelling/artillery/missile attack"},
    // Arrests: a person taken into custody with the object between.
    {"Police took the opposition leader into custody at his home in Kampala on Tuesday.", "2020-11-17", "Arrests"},
    // Chemical weapons: grenades with an irritant dropped from drones.
    {"Drones dropped grenades filled with chloropicrin on trenches near Avdiivka on Monday, the army said.",
     "2023-11-20", "Chemical weapon"},
    // Other: a mass grave found.
    {"Forensic teams uncovered a mass grave in a forest outside the town on Friday.", "2022-04-08", "Other"},
    // Riots: protesters as the subject of a violent act against a building.
    {"Protesters stormed the parliament building in the capital on Saturday, chanting against the government.",
     "2022-07-30", "Violent demonstration"},
    {"DEMONSTRATORS RANSACKED THE RULING PARTY'S OFFICES IN THE PROVINCIAL CAPITAL ON MONDAY.", "2011-02-14",
     "Violent demonstration"},
    // Mob violence: a mob's torture.
    {"A mob tortured two men accused of cattle theft in a village in Jharkhand on Sunday.", "2019-06-23",
     "Mob violence"},
};

TEST(EventsAcledPhrasing, SubEventTypeOfEachPhrasing) {
  for (const PhrasingCase& c : kCases) {
    const std::string got = test::first_acled_type(c.text, c.date);
    EXPECT_EQ(got.substr(0, got.find(" (")), c.sub_event_type) << c.text << "\n  " << got;
  }
}

}  // namespace
}  // namespace sitrep
