// Table tests for the places stage (which words are places, which gazetteer entry each is)
// and for the incident's location (which place is the incident's, ACLED precision, site).
//
// A place mention renders as "words=NAME/CC/TYPE" with TYPE city, admin1 or country, NAME
// the gazetteer's name (a province: the province's name; a country: its ISO code only), then
// "+near" (precision 2 cue) and "+speech" (where a statement was made). Mentions are in text
// order, separated by "; ". The location renders as "NAME/CC/PRECISION" and "@SITE" when set,
// or "-" when the record has none.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/places.h"
#include "pipeline/pipeline.h"
#include "sitrep/sitrep.h"
#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct PlaceCase {
  const char* text;
  const char* expected;
};

std::string render(test::Analysed& a) {
  const Lexicon& lex = a->lex;
  auto places = lex.places();
  std::string out;
  for (const PlaceMention& p : a->places) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(p.first, p.end)) + "=";
    if (p.type == PlaceMention::kCountry) {
      out += p.cc + "/country";
    } else if (p.type == PlaceMention::kAdmin1) {
      out += std::string(lex.table(lex::kAdmin1).get(p.admin1_row, "name")) + "/" + p.cc + "/admin1";
    } else {
      out += std::string(lex.str(places[p.place].name)) + "/" + p.cc + "/city";
    }
    if (p.near) out += " +near";
    if (p.speech) out += " +speech";
    if (p.modifier) out += " +modifier";
  }
  return out;
}

class PlacesLayer : public ::testing::TestWithParam<PlaceCase> {};

TEST_P(PlacesLayer, Resolves) {
  test::Analysed a(GetParam().text, "2023-03-14");
  run_extract_stages(a.get());
  EXPECT_EQ(render(a), GetParam().expected) << GetParam().text;
}

const PlaceCase kLayerCases[] = {
    // Plain towns, capital letters as the only cue, several continents.
    {"A car bomb exploded in Mogadishu on Tuesday.", "Mogadishu=Mogadishu/SO/city"},
    {"Gunmen attacked a bus in Peshawar, police said.", "Peshawar=Peshawar/PK/city"},
    {"Two soldiers were killed in an ambush near Maiduguri.", "Maiduguri=Maiduguri/NG/city +near"},
    {"Police fired tear gas at protesters in Nairobi.", "Nairobi=Nairobi/KE/city"},
    {"A grenade was thrown at a police station in Medellin.", "Medellin=Medellín/CO/city"},
    // Multi-word names.
    {"The explosion damaged a market in Dera Ismail Khan.", "Dera Ismail Khan=Dera Ismail Khan/PK/city"},
    {"Guerrillas attacked a power station outside San Salvador.", "San Salvador=San Salvador/SV/city +near"},
    {"Drug traffickers shot dead a journalist in Ciudad Juarez.", "Ciudad Juarez=Ciudad Juárez/MX/city"},
    {"Rioters set fire to shops in Rio de Janeiro.", "Rio de Janeiro=Rio de Janeiro/BR/city"},
    // All-caps wire copy.
    {"A BOMB EXPLODED TODAY IN LIMA, KILLING TWO PEOPLE.", "LIMA=Lima/PE/city"},
    {"TERRORISTS DYNAMITED A BRIDGE NEAR AYACUCHO.", "AYACUCHO=Ayacucho/PE/city +near"},
    // Country names.
    {"Fighting resumed in northern Syria on Monday.", "Syria=SY/country"},
    {"The rebels crossed into Mali from Niger.", "Mali=ML/country; Niger=NE/country"},
    // Provinces.
    {"Taliban fighters overran a checkpoint in Helmand province.", "Helmand=Helmand/AF/admin1"},
    {"Boko Haram fighters raided a village in Borno state.", "Borno state=Borno State/NG/admin1"},
    // "the province of X" is the province; "the town of X" the town.
    {"Rebels blew up a bridge in the province of Ayacucho.", "Ayacucho=Ayacucho/PE/admin1"},
    {"Rebels blew up a bridge in the town of Ayacucho.", "Ayacucho=Ayacucho/PE/city"},
    // "Town, Country" and "Town, State" patterns pick the entry in that country.
    {"A tornado is not news, but the shooting in Paris, Texas was.", "Paris=Paris/US/city; Texas=Texas/US/admin1"},
    {"Militants shelled Tripoli, Lebanon, overnight.", "Tripoli=Tripoli/LB/city; Lebanon=LB/country"},
    // The document's country decides between namesakes.
    {"Lebanese troops deployed in Tripoli after clashes between rival gunmen.", "Tripoli=Tripoli/LB/city"},
    {"Militia fighters clashed near the airport in Tripoli, Libya's capital.",
     "Tripoli=Tripoli/LY/city; Libya=LY/country"},
    {"Pakistani police said the bomb went off in Hyderabad, in Sindh province.",
     "Hyderabad=Hyderabad/PK/city; Sindh=Sindh/PK/admin1"},
    {"Indian police said the bomb went off in Hyderabad.", "Hyderabad=Hyder\xC4\x81" "b\xC4\x81" "d/IN/city"},
    // Demonym capitals: "the Afghan capital" is Kabul.
    {"A rocket landed in the Afghan capital on Sunday.", "Afghan capital=Kabul/AF/city"},
    {"Protesters marched through the Nigerian capital.", "Nigerian capital=Abuja/NG/city"},
    // "the capital" alone: the capital of the country the text is about.
    {"Sudanese army jets bombed positions in the capital, witnesses said.", "capital=Khartoum/SD/city"},
    // Near, distances and roads: precision 2.
    {"The convoy was ambushed 30 km from Gao.", "Gao=Gao/ML/city +near"},
    {"The bus was attacked on the road to Kandahar.", "Kandahar=Kandah\xC4\x81" "r/AF/city +near"},
    {"Insurgents struck a base on the outskirts of Mosul.", "Mosul=Mosul/IQ/city +near"},
    // Where a statement was made.
    {"Speaking from Moscow, the minister said the attack in Kramatorsk was a provocation.",
     "Moscow=Moscow/RU/city +speech; Kramatorsk=Kramatorsk/UA/city"},
    {"The minister said from Moscow that the talks had failed.", "Moscow=Moscow/RU/city +speech"},
    {"A bomb killed four soldiers in Peshawar. Ahmad Shah contributed to this report from Islamabad.",
     "Peshawar=Peshawar/PK/city; Islamabad=Islamabad/PK/city +speech"},
    // A country as a modifier says whose, not where; ranks and verbs in capitals are no places.
    {"Gunmen attacked the U.S. embassy in Lima on Monday.", "Lima=Lima/PE/city"},
    {"MORE THAN 20 U.S. CITIZENS WERE EVACUATED FROM THE ZONE, THE UNITED STATES SAID.", "UNITED STATES=US/country"},
    {"THE GUERRILLAS WENT TO SEE THE MAYOR.", ""},
    {"ARMY MAJ. JUAN PEREZ SAID THE REBELS ATTACKED SAN MIGUEL.", "SAN MIGUEL=San Miguel/SV/city"},
    // Common English words are not places without strong evidence.
    {"Aid workers set up a mobile clinic in the same village.", ""},
    {"Police said most of the victims were male.", ""},
    {"The split in the party deepened after the attack.", ""},
    {"The storm hit Mobile, Alabama, overnight.", "Mobile=Mobile/US/city; Alabama=Alabama/US/admin1"},
    // Names of people and organisations are not places.
    // A place in an institution's name is still where it is ("Kabul University" is in Kabul).
    {"Kabul University students protested against the ban.", "Kabul=Kabul/AF/city"},
    {"Officials at the University of Baghdad condemned the killing.", ""},
    {"The Islamic State group claimed the attack.", ""},
    // Months and weekdays are dates.
    {"The attack happened in March.", ""},
    // Datelines are places too.
    {"KABUL, March 14 (Reuters) - A bomb exploded.", "KABUL=Kabul/AF/city"},
    {"BOGOTA, 12 JAN 90 (EFE) -- A BOMB EXPLODED.", "BOGOTA=Bogotá/CO/city"},
    // The speaker's place: "told reporters in", "said in".
    {"The foreign minister told reporters in Geneva that the shelling of Mariupol killed 30 civilians.",
     "Geneva=Gen\xC3\xA8ve/CH/city +speech; Mariupol=Mariupol/UA/city"},
    {"Pakistan's interior minister said in Islamabad that a bomb exploded in Peshawar.",
     "Pakistan=PK/country; Islamabad=Islamabad/PK/city +speech; Peshawar=Peshawar/PK/city"},
    // A surname is a person unless a preposition of place makes it a town.
    {"Valencia said the bombing in Cali killed three policemen.", "Cali=Cali/CO/city"},
    {"Protesters marched in Valencia, Spain, on Saturday.", "Valencia=Valencia/ES/city; Spain=ES/country"},
    // A dateline with its country, then the incident's town.
    {"BAMAKO, Mali (Reuters) - Jihadists killed 20 soldiers in an attack on an army base near Menaka on Sunday.",
     "BAMAKO=Bamako/ML/city; Mali=ML/country; Menaka=M\xC3\xA9naka/ML/city +near"},
    // Diacritics and alternative spellings.
    {"Troops recaptured Bakhmut after fighting near Soledar.", "Bakhmut=Bakhmut/UA/city; Soledar=Soledar/UA/city +near"},
};

INSTANTIATE_TEST_SUITE_P(Table, PlacesLayer, ::testing::ValuesIn(kLayerCases));

// The incident's location, end to end.
struct LocationCase {
  const char* text;
  const char* date;
  const char* expected;
};

class IncidentLocation : public ::testing::TestWithParam<LocationCase> {};

TEST_P(IncidentLocation, IsTheAttacks) {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    std::string err;
    auto p = Pipeline::open(SITREP_LEXICON, &err);
    EXPECT_TRUE(p) << err;
    return p;
  }();
  ASSERT_TRUE(pipeline);
  DocumentInput in;
  in.id = "t";
  in.text = GetParam().text;
  in.date = GetParam().date;
  ExtractOptions opt;
  ExtractResult res = pipeline->extract(in, opt);
  ASSERT_FALSE(res.error) << *res.error;
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front()), /*site=*/true), GetParam().expected) << GetParam().text;
}

const LocationCase kLocationCases[] = {
    // The town of the attack: precision 1.
    {"A suicide bomber killed 12 people at a mosque in Peshawar on Friday.", "2023-01-27", "Peshawar/PK/1@mosque"},
    // "near": precision 2.
    {"Gunmen ambushed a police patrol near Maiduguri on Monday, killing three officers.", "2022-05-10",
     "Maiduguri/NG/2"},
    // A province and nothing finer: precision 3, placed at the province's seat.
    {"Taliban fighters killed four soldiers in an attack in Helmand province on Tuesday.", "2019-06-12",
     "Helmand/AF/3"},
    // Part of a province: precision 2.
    {"Boko Haram fighters killed 15 farmers in northern Borno on Sunday.", "2020-11-29", "Borno State/NG/2"},
    // The reporter's bureau is not the incident's place.
    {"ISLAMABAD (Reuters) - A bomb exploded in Quetta on Monday, killing five people.", "2021-03-02",
     "Quetta/PK/1"},
    // Where a statement was made is not the incident's place.
    {"Speaking from Moscow, the foreign minister condemned the bombing in Kramatorsk that killed 30 civilians.",
     "2022-04-09", "Kramatorsk/UA/1"},
    // The dateline when the text names no place.
    {"MOGADISHU, Somalia (AP) - A car bomb killed at least eight people on Saturday, police said.", "2020-08-16",
     "Mogadishu/SO/1"},
    // A named site.
    {"A bomb exploded near the Russian embassy in Kabul on Monday, killing two diplomats.", "2022-09-05",
     "Kabul/AF/1@Russian embassy"},
    {"Gunmen opened fire at a checkpoint in Baghdad, killing two policemen.", "2007-02-14", "Baghdad/IQ/1@checkpoint"},
    // The town in the event's own clause outranks the dateline's capital.
    {"BAMAKO, Mali (Reuters) - Jihadists killed 20 soldiers in an attack on an army base near Menaka on Sunday.",
     "2022-08-08", "M\xC3\xA9naka/ML/2@army base"},
    // Where officials spoke is not where the bomb went off; with no other place, none.
    {"Pakistan's interior minister said in Islamabad that a suicide bomber killed 14 people at a market in Peshawar.",
     "2023-02-20", "Peshawar/PK/1@market"},
    {"The foreign minister told reporters in Geneva that the shelling of Mariupol killed 30 civilians.", "2022-04-09",
     "Mariupol/UA/1"},
    {"The State Department said in Washington that gunmen had kidnapped two aid workers.", "2023-02-20", "-"},
    // Asia, South America, all-caps wire copy.
    {"Gunmen shot dead a journalist in Cotabato City on the southern island of Mindanao on Tuesday.", "2019-05-14",
     "Cotabato/PH/1"},
    {"GUNMEN KILLED A JUDGE IN HUANCAYO, JUNIN DEPARTMENT, ON SATURDAY.", "2020-01-05", "Huancayo/PE/1"},
    // A district named as such: precision 2 at its seat.
    {"Gunmen killed six people in Bannu district of Khyber Pakhtunkhwa on Monday.", "2018-10-02", "Bannu District/PK/2"},
};

INSTANTIATE_TEST_SUITE_P(Table, IncidentLocation, ::testing::ValuesIn(kLocationCases));

}  // namespace
}  // namespace sitrep
