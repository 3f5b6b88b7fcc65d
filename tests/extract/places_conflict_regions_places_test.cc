// Table tests for conflict places the gazetteer packages lack or resolve abroad: regions and
// towns of data/places/regions.tsv, GeoNames names without their apostrophe, a town's
// alternate name that its district bears, "Town (District, Province)" chains, "the town of
// <province>", and the place told after a possessive country or a demonym under a dateline
// of another city.
//
// A location renders as "NAME/CC/PRECISION" (test::record_location); "-" when none.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"
#include "../support/render.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class ConflictPlaces : public ::testing::TestWithParam<Case> {};

TEST_P(ConflictPlaces, Locate) {
  ExtractResult res = test::extract_text(GetParam().text, GetParam().date, /*all=*/true);
  ASSERT_FALSE(res.error) << *res.error;
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front())), GetParam().expected) << GetParam().text;
}

const Case kCases[] = {
    // Regions that span provinces, placed as a province is (precision 3), in their country,
    // not at a namesake abroad (cities500 lists "Kashmir" as another name of Cashmere, WA).
    {"Indian troops killed two suspected militants in a gunfight in Kashmir on Tuesday.", "2024-03-12", "Kashmir/IN/3"},
    {"SUSPECTED REBELS AMBUSHED A POLICE CONVOY IN KASHMIR YESTERDAY, KILLING THREE CONSTABLES.", "1991-07-10",
     "Kashmir/IN/3"},
    {"Janjaweed militiamen burned three villages in Darfur on Sunday, witnesses said.", "2004-05-03", "Darfur/SD/3"},
    {"Separatist shelling killed four civilians in the Donbas on Friday.", "2015-02-14", "Donbas/UA/3"},
    {"Heavy fighting killed six soldiers in Donbass, the army said on Sunday.", "2018-09-10", "Donbas/UA/3"},
    {"Abu Sayyaf gunmen kidnapped two teachers on Mindanao on Monday.", "2001-06-05", "Mindanao/PH/3"},
    {"Gunmen opened fire on an army patrol in the Golan Heights on Sunday, wounding a soldier.", "2013-07-21",
     "Golan Heights/IL/3"},
    {"ELN guerrillas killed a soldier in the Catatumbo region on Wednesday.", "2019-05-09", "Catatumbo/CO/3"},
    // A town named in a region is in the region's country, whatever its province.
    {"Militants shot dead a truck driver in the Shopian district of Kashmir on Thursday.", "2019-10-20",
     "Shopian/IN/1"},
    // Towns cities500 lacks.
    {"Security forces killed three militants near Rajouri on Thursday.", "2023-04-21", "Rajouri/IN/2"},
    {"Junta troops shelled a village in Hpakant on Sunday.", "2022-10-25", "Hpakant/MM/1"},
    {"Gang members set fire to homes in Cite Soleil on Saturday.", "2021-07-12", "Cité Soleil/HT/1"},
    {"Soldiers shot dead five protesters in El Alto on Monday.", "2003-10-14", "El Alto/BO/1"},
    {"A BOMB EXPLODED IN NUNOA, A SANTIAGO SUBURB, LAST NIGHT, INJURING TWO PEOPLE.", "1989-10-11", "Ñuñoa/CL/1"},
    // GeoNames' apostrophe ("Debre Mark'os") is not written in news.
    {"Fano fighters clashed with troops near Debre Markos on Tuesday.", "2023-05-24", "Debre Mark’os/ET/2"},
    // "Town (District, Province)": the province says which country, even when the district
    // is known only as a town.
    {"On 24 January 2018, gunmen killed four farmers near Kuru (Jos South, Plateau).", "2018-01-25", "Jos South/NG/2"},
    {"On 9 May 2019, an IED exploded near Bamba (Bourem, Gao), wounding three soldiers.", "2019-05-10", "Bourem/ML/1"},
    // The name the town's district bears is no lesser name (Jenin, not a Polish village).
    {"Three gunmen were killed in a raid in Jenin on Wednesday.", "2002-04-04", "Janīn/PS/1"},
    {"TWO YOUTHS WERE SHOT DEAD IN JENIN TODAY.", "1989-03-02", "Janīn/PS/1"},
    // The place told after a bearing, a possessive country or a demonym, not the dateline's
    // city.
    {"LAGOS (Reuters) - Bandits killed 12 villagers in northwestern Nigeria's Zamfara state on Saturday, police "
     "said.",
     "2021-05-09", "Zamfara State/NG/3"},
    {"ANKARA - PKK militants killed two soldiers in southeastern Turkey's Hakkari province on Sunday.", "2016-08-15",
     "Hakkâri/TR/3"},
    {"SRINAGAR, India (Reuters) - Militants killed a labourer in the Pulwama district on Wednesday.", "2023-11-02",
     "Pulwama/IN/2"},
    // "the town of <province>": the province's seat, which gave it its name.
    {"BEIRUT - An Israeli air strike killed a family of five in the southern Lebanese town of Nabatieh on "
     "Saturday.",
     "2006-07-30", "Nabatîyé et Tahta/LB/1"},
    // Pakistan's side of Kashmir under the names news gives it.
    {"Gunmen killed five villagers in Pakistani Kashmir on Monday.", "2024-06-20", "Azad Kashmir/PK/3"},
    // An ordinary word after "near" is a town of the country of the armed group named.
    {"Government forces clashed with M23 rebels near Sake on Monday.", "2024-06-20", "Sake/CD/2"},
    // A town matched by another of its names on another continent than every country the
    // text names (by its armed groups too) is a namesake: no place beats a wrong one.
    {"Soldiers and JNIM fighters clashed near Boni on Monday, leaving 12 dead.", "2024-06-20", "-"},
    {"FARC REBELS AMBUSHED AN ARMY PATROL NEAR BONI, KILLING FOUR SOLDIERS.", "2012-11-20", "-"},
    // Burkina Faso's regions in English ("Centre-North", GeoNames' "Centre-Nord").
    {"Jihadists killed 15 people in an attack in the Centre-North region on Sunday.", "2023-02-22", "Centre-Nord/BF/3"},
};

INSTANTIATE_TEST_SUITE_P(Places, ConflictPlaces, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
