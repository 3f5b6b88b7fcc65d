// Table tests for which weapon words of an incident name the device it used (MUC-4 template
// doc 7.7: the instrument is a noun phrase that refers to the device, not to the act or its
// effect): a weapon word that modifies a facility or a service ("a gasoline station", "the
// bomb squad"), a verb after "to" or a modal ("threatened to bomb"), a body "riddled with
// bullets", and arms seized or stolen in a violent act name none; a weapon told as "used by"
// the doer, in a sentence of the incident telling no other act, does. The weapons of the
// first record, "TEXT:GTD_TYPE", ","-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct DeviceCase {
  const char* text;
  const char* date;
  const char* expected;
};

// The "wpn=" part of test::record_roles.
std::string record_weapons(const std::string& text, const std::string& date) {
  const std::string roles = test::record_roles(text, date);
  const size_t b = roles.find("wpn=");
  if (b == std::string::npos) return roles;
  const size_t e = roles.find(" | ", b);
  return roles.substr(b + 4, e == std::string::npos ? std::string::npos : e - b - 4);
}

class RolesDeviceWeapon : public ::testing::TestWithParam<DeviceCase> {};

TEST_P(RolesDeviceWeapon, Extracts) {
  EXPECT_EQ(record_weapons(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const DeviceCase kDeviceCases[] = {
    // A weapon word before a facility or a service modifies it: no device.
    {"LAGOS, May 4 (Reuters) - A bomb exploded near a gasoline station in Lagos on Sunday, killing three people, "
     "police said.",
     "2014-05-05", "bomb:Explosives"},
    {"BOGOTA, 12 SEP 89 (EFE) -- TERRORISTS BURNED TWO BUSES AND A GASOLINE STATION IN MEDELLIN TODAY, THE POLICE "
     "REPORTED.",
     "1989-09-13", ""},
    {"Gunmen threw a grenade at a police post in Srinagar on Tuesday, wounding two officers, before the bomb squad "
     "arrived, police said.",
     "2018-06-12", "grenade:Explosives"},
    // A weapon word after "to" or a modal is a verb: the act, not the device.
    {"LIMA, 2 JUN 90 (AFP) -- SHINING PATH GUERRILLAS THREATENED TO BOMB THE POWER PLANT IN HUANCAYO, THE ARMY "
     "SAID.",
     "1990-06-03", ""},
    // Riddled with bullets: the state of the body, the effect of shooting.
    {"CULIACAN, Mexico, Jan 9 (AP) - The body of a local reporter, riddled with bullets, was found on a highway "
     "outside Culiacan on Monday after he was kidnapped by gunmen, prosecutors said.",
     "2017-01-10", ""},
    {"MANILA, Oct 3 (AFP) - Two men on a motorcycle shot dead a lawyer with a pistol in Manila on Tuesday, police "
     "said.",
     "2006-10-04", "pistol:Firearms"},
    // Arms taken in a violent act are not the arms it used.
    {"GUATEMALA CITY, 8 FEB 90 (ACAN) -- GUERRILLAS ATTACKED THE POLICE POST IN TECPAN AT DAWN AND STOLE FOUR "
     "REVOLVERS AND TWO RIFLES, THE ARMY REPORTED.",
     "1990-02-08", ""},
    {"GOMA, Aug 21 (Reuters) - Rebels ambushed an army convoy near Goma on Monday with rocket-propelled grenades, "
     "killing six soldiers, and seized 20 assault rifles, the army said.",
     "2012-08-22", "rocket-propelled grenades:Explosives"},
    // A participle after a determiner only describes the arms, which may still be the ones used.
    {"MOGADISHU, March 3 (AP) - Militants rammed a stolen car packed with explosives into the gate of a hotel in "
     "Mogadishu on Saturday, killing 12 people, police said.",
     "2019-03-04", "car packed with explosives:Explosives"},
    // A seizure alone keeps the arms it took (ACLED Disrupted weapons use).
    {"COTABATO, Philippines, Nov 5 (AFP) - Police seized 40 rifles and two mortars from a warehouse in Cotabato "
     "City on Friday, officials said.",
     "2010-11-06", "rifles:Firearms,mortars:Explosives"},
    // A trigger inside a weapon's own words ("assault" in "assault rifles") tells no violent act.
    {"Police seized 40 assault rifles from a warehouse in Cotabato City on Friday, officials said.", "2010-11-06",
     "assault rifles:Firearms"},
    // The weapon "used by" the doer, told beside the act, is its instrument.
    {"VERACRUZ, Mexico, June 2 (Reuters) - A gunman shot dead a mayor outside his office in Veracruz on Sunday. "
     "Investigators said the pistol used by the gunman had been bought in Texas.",
     "2013-06-03", "pistol:Firearms"},
};

INSTANTIATE_TEST_SUITE_P(Table, RolesDeviceWeapon, ::testing::ValuesIn(kDeviceCases));

}  // namespace
}  // namespace sitrep
