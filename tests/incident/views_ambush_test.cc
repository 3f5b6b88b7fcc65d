// ACLED's reading of an ambush: a battle when it hits armed forces or names nothing it
// struck (most ambushes hit patrols), an attack on civilians when what it struck is civilian
// people or property, a battle again when state forces lay it. Rows: {text, publication
// date, expected ACLED sub_event_type of the first current record}.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct AmbushCase {
  const char* text;
  const char* date;
  const char* sub_event_type;
};

const AmbushCase kCases[] = {
    // Civilian people or property struck: an attack.
    {"Gunmen ambushed a passenger bus near the town of Mandera on Tuesday, killing 10 passengers.", "2015-07-08",
     "Attack"},
    {"An aid worker was killed when gunmen ambushed his vehicle near Kandahar on Sunday.", "2008-08-14", "Attack"},
    {"BANDITS AMBUSHED A BUS CARRYING TRADERS ON THE ROAD TO GUSAU YESTERDAY, KILLING SIX PASSENGERS.", "2021-03-02",
     "Attack"},
    // Armed forces struck, a vehicle carrying them, or nothing named: a battle.
    {"Insurgents ambushed a bus transporting a paramilitary force near Kalat on Monday, killing 18 people.",
     "2025-02-03", "Armed clash"},
    {"Rebels ambushed an army patrol near Beni on Monday, killing four soldiers.", "2019-11-12", "Armed clash"},
    {"GUERRILLAS AMBUSHED A MILITARY CONVOY NEAR AYACUCHO YESTERDAY, KILLING SEVEN SOLDIERS.", "1989-10-20",
     "Armed clash"},
    {"Three soldiers were killed in an ambush near Mopti on Friday.", "2020-02-14", "Armed clash"},
    {"Jihadists laid an ambush on the road north of Mopti on Friday, the army said.", "2020-02-14", "Armed clash"},
};

TEST(ViewsAmbush, WhatItStruck) {
  for (const AmbushCase& c : kCases) {
    const std::string got = test::first_acled_type(c.text, c.date);
    EXPECT_EQ(got.substr(0, got.find(" (")), c.sub_event_type) << c.text << "\n  " << got;
  }
}

}  // namespace
}  // namespace sitrep
