// Table tests for what is no target of an act: a landmark named after a word of nearness once
// the act's own object is told ("a grenade was thrown at a bus near the airport"), the place
// the wounded were carried to ("taken to hospitals in Peshawar"), and the people of another
// act of the same sentence ("killing a priest and kidnapping 15 worshippers"). Each record
// rendered "kind: TARGET,TARGET", "; "-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct SceneCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string record_targets(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string targets;
    for (const auto& t : r["targets"]) targets += (targets.empty() ? "" : ",") + t["text"].get<std::string>();
    out += (out.empty() ? "" : "; ") + r["kind"].get<std::string>() + ": " + targets;
  }
  return out;
}

class RolesSceneTargets2 : public ::testing::TestWithParam<SceneCase> {};

TEST_P(RolesSceneTargets2, Targets) {
  EXPECT_EQ(record_targets(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const SceneCase kLandmarks[] = {
    // The landmark after "near", "close to", "outside", "next to" the object struck.
    {"BOGOTA, 2 MAY 91 -- A DYNAMITE CHARGE WAS THROWN AT A POLICE CAR NEAR THE EL DORADO AIRPORT LAST NIGHT, "
     "WOUNDING TWO AGENTS.",
     "1991-05-02", "bombing: POLICE CAR"},
    {"Gunmen opened fire on a minibus close to the central mosque in Quetta on Wednesday, killing three passengers.",
     "2013-08-14", "shooting: minibus"},
    {"Militants fired rockets at a military convoy outside the cantonment in Jalalabad on Tuesday.", "1985-11-20",
     "rocket_attack: military convoy"},
    {"Attackers shot two security guards next to the Italian consulate in Benghazi on Thursday.", "2016-03-03",
     "shooting: two security guards"},
    // With no object told before it, the building a bomb went off near stays the target (MUC-4
    // keys list it), as it does when the sentence tells it was damaged.
    {"A car bomb exploded near the U.S. embassy in Sanaa on Wednesday, killing 16 people.", "2008-09-17",
     "car_bombing: U.S. embassy"},
    {"A BOMB EXPLODED NEAR THE OFFICES OF THE NATIONAL TELEPHONE COMPANY IN SAN SALVADOR, DAMAGING THE BUILDING.",
     "1989-10-19", "bombing: OFFICES OF THE NATIONAL TELEPHONE COMPANY"},
    // Another clause's landmark: the second device's own place.
    {"A roadside bomb hit a bus outside a school in Kandahar on Thursday, and a second device went off near the "
     "governor's compound.",
     "2011-06-09", "ied: bus,governor's compound"},
};
INSTANTIATE_TEST_SUITE_P(Landmark, RolesSceneTargets2, ::testing::ValuesIn(kLandmarks));

const SceneCase kDestinations[] = {
    {"A suicide bomber killed 12 people at a police checkpoint in Mingora on Tuesday. The wounded were rushed to the "
     "district hospital in Saidu Sharif.",
     "2009-02-10", "suicide_bombing: police checkpoint"},
    {"A bomb killed five people in a market in Bajaur on Monday. The injured were taken to hospitals in Peshawar.",
     "2024-06-17", "bombing: market"},
    {"MILITANTS KILLED 58 TOURISTS AT A TEMPLE NEAR LUXOR. THE INJURED WERE AIRLIFTED TO A MILITARY HOSPITAL IN CAIRO.",
     "1997-11-18", "attack: 58 TOURISTS"},
    // A hospital the act fell on is its target.
    {"Rebels attacked a hospital in Bunia on Monday, killing four patients.", "2004-03-15", "attack: hospital"},
};
INSTANTIATE_TEST_SUITE_P(Destination, RolesSceneTargets2, ::testing::ValuesIn(kDestinations));

const SceneCase kOtherActsPeople[] = {
    // The later act's record keeps its own people, not those of the act told before it.
    {"Unknown gunmen stormed a mosque in Zamboanga during Friday prayers, killing an imam and kidnapping 12 "
     "worshippers.",
     "2001-05-11", "armed_assault: mosque; hostage_taking: 12 worshippers"},
    {"GUNMEN SHOT DEAD A TRUCK DRIVER AND KIDNAPPED TWO TRADERS ON THE ZARIA ROAD ON MONDAY.", "2018-07-30",
     "shooting: A TRUCK DRIVER,TWO TRADERS; abduction: TWO TRADERS"},
    {"Insurgents ambushed a bus near Gao on Saturday, killing six passengers and abducting the conductor.",
     "2019-10-12", "ambush: bus; abduction: the conductor"},
};
INSTANTIATE_TEST_SUITE_P(OtherActsPeople, RolesSceneTargets2, ::testing::ValuesIn(kOtherActsPeople));

}  // namespace
}  // namespace sitrep
