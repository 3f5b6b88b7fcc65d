// Roles of shapes common in wire copy: a group described by another group's name in an
// appositive, the doers of an earlier act told in an "after" phrase, a medium that carries a
// claim, places of leisure, a word of a place name, and convoys named by what they carry.
// Rows: {text, publication date, expected rendering of the first record}.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct RoleCase {
  const char* text;
  const char* date;
  const char* expected;
};

// The first record of `text` (all statuses) read through `field`: "perpetrators" gives each
// perpetrator's words, "targets" each target's "words:kind", ","-separated.
std::string first_record(const RoleCase& c, const char* field) {
  ExtractResult res = test::extract_text(c.text, c.date, true);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& v : r[field]) {
    out += out.empty() ? "" : ",";
    out += v["text"].get<std::string>();
    if (std::string(field) == "targets") out += ":" + v["kind"].get<std::string>();
  }
  return out;
}

// The doer is the group before the appositive, not the parent or ally named in it; the doers
// of the act an "after" phrase tells did not do the act before it.
const RoleCase kPerpetrators[] = {
    {"ISWAP, a Boko Haram splinter group, killed 20 farmers near Maiduguri on Sunday.", "2020-11-30", "ISWAP"},
    {"Jamaat-ul-Ahrar, a breakaway faction of Tehrik-i-Taliban Pakistan, claimed the suicide bombing in Lahore on "
     "Sunday.",
     "2016-03-28", "Jamaat-ul-Ahrar"},
    {"AL-SHABAAB, THE AL-QAEDA AFFILIATE IN SOMALIA, CLAIMED THE BOMBING OF A HOTEL IN MOGADISHU ON MONDAY.",
     "2019-07-16", "AL-SHABAAB"},
    {"Lashkar-e-Jhangvi, an ally of al-Qaeda, bombed a Shia mosque in Quetta on Friday.", "2013-02-17",
     "Lashkar-e-Jhangvi"},
    {"Rioters looted shops and burned a police post in Beni on Sunday after the killing of civilians by the ADF.",
     "2019-11-25", ""},
    // The group of the people acted on is not the doer.
    {"Police killed two suspected ISWAP members in Maiduguri on Monday.", "2022-03-08", "Police"},
    {"SECURITY FORCES ARRESTED 12 SUSPECTED MEMBERS OF THE ISLAMIC STATE GROUP IN KIRKUK ON MONDAY.", "2017-10-23",
     "SECURITY FORCES"},
    // Controls: a doer told after "by" of the act itself, and a list of groups.
    {"Twelve civilians were killed by the ADF near Beni on Sunday.", "2019-11-25", "ADF"},
    {"Hamas and Islamic Jihad fired rockets at Sderot on Monday.", "2008-03-03", "Hamas,Islamic Jihad"},
    // Coordinated names share the verb of the first.
    {"THE FMLN, THE ERP AND THE FPL ATTACKED THE GARRISON IN SAN MIGUEL YESTERDAY.", "1989-11-12", "FMLN,ERP,FPL"},
};

TEST(RolesSpotr, AppositiveAndEarlierActs) {
  for (const RoleCase& c : kPerpetrators) EXPECT_EQ(first_record(c, "perpetrators"), c.expected) << c.text;
}

const RoleCase kTargets[] = {
    // The medium of a claim or a statement is no target.
    {"Islamic State claimed responsibility for the bombing of a church in Jolo through its Amaq news agency.",
     "2019-01-28", "church:religious"},
    {"LA PAZ, 2 JUN 90 (AFP) -- THE ZARATE WILLKA LIBERATION FRONT HAS CLAIMED RESPONSIBILITY FOR THE BOMB ATTACK "
     "AGAINST THE U.S. EMBASSY IN A COMMUNIQUE SENT TO LOCAL NEWSPAPERS.",
     "1990-06-02", "U.S. EMBASSY:diplomatic"},
    {"The Taliban claimed the attack on a police checkpoint in a statement to a local radio station.", "2011-05-10",
     "police checkpoint:police"},
    // Controls: a medium attacked is one.
    {"Gunmen stormed a radio station in Beledweyne on Monday, killing two journalists.", "2012-04-03",
     "radio station:media"},
    {"Militants bombed the offices of a newspaper in Peshawar on Friday.", "2009-11-14",
     "offices of a newspaper:media"},
    // Places of leisure and travel.
    {"Unknown assailants hurled a grenade into a crowded bar in Kasese on Saturday, wounding 17 people.", "2014-06-09",
     "crowded bar:business"},
    {"GUNMEN OPENED FIRE AT A PUB IN THE VILLAGE OF LOUGHINISLAND LAST NIGHT, KILLING SIX MEN.", "1994-06-19",
     "PUB:business"},
    {"A suicide bomber blew himself up at a motor park in Maiduguri on Tuesday.", "2015-07-01", "motor park:transport"},
    // A word of a place name is no facility.
    {"Gang members set fire to houses in Port-au-Prince on Sunday.", "2023-04-24", "houses:civilians"},
    {"Gang members burned a church in the Carrefour neighbourhood of Port-au-Prince on Sunday.", "2023-04-24",
     "church:religious"},
    // A convoy is of the kind of what or whom it carries; a bare one is a force's.
    {"Gunmen attacked a convoy of aid trucks near Kutum on Monday.", "2006-08-07", "convoy of aid trucks:ngo"},
    {"Gunmen opened fire on the convoy of the governor of Zamfara State near Gusau on Monday.", "2021-06-07",
     "convoy of the governor:government"},
    {"Militants ambushed a wedding convoy in Paktia province on Saturday, killing five people.", "2009-07-11",
     "wedding convoy:civilians"},
    {"Gunmen ambushed a convoy carrying displaced families near Kutum on Monday, killing three women.", "2014-02-10",
     "convoy carrying displaced families:civilians"},
    {"Insurgents ambushed a convoy near Gao on Friday.", "2013-06-14", "convoy:military"},
};

TEST(RolesSpotr, TargetsAndChannels) {
  for (const RoleCase& c : kTargets) EXPECT_EQ(first_record(c, "targets"), c.expected) << c.text;
}

// ACLED reads a convoy that carries civilians, aid or an official as no force: an attack,
// not a battle; one of soldiers, or a bare one, stays an armed clash.
const RoleCase kConvoys[] = {
    {"Gunmen attacked a convoy of aid trucks near Kutum on Monday.", "2006-08-07", "Attack"},
    {"Gunmen opened fire on the convoy of the governor of Zamfara State near Gusau on Monday, wounding two of his "
     "aides.",
     "2021-06-07", "Attack"},
    {"REBELS ATTACKED A CONVOY OF TRUCKS CARRYING FOOD AID IN THE TIGRAY REGION ON TUESDAY.", "2021-07-20", "Attack"},
    {"Taliban fighters ambushed a convoy of civilians fleeing Kunduz on Friday.", "2015-10-03", "Attack"},
    {"Insurgents attacked a convoy of soldiers near Gao on Friday.", "2013-06-14", "Armed clash"},
    {"INSURGENTS AMBUSHED A CONVOY CARRYING SOLDIERS NEAR GAO ON FRIDAY.", "2013-06-14", "Armed clash"},
    {"Insurgents ambushed a convoy near Gao on Friday.", "2013-06-14", "Armed clash"},
};

TEST(RolesSpotr, ConvoysInAcled) {
  for (const RoleCase& c : kConvoys) {
    const std::string got = test::first_acled_type(c.text, c.date);
    EXPECT_EQ(got.substr(0, got.find(" (")), c.expected) << c.text << "\n  " << got;
  }
}

}  // namespace
}  // namespace sitrep
