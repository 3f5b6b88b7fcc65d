// Table tests for the actors stage: named organisations and states of the lexicon (valid at
// the document's date, capitalised in mixed case) and generic agents as noun phrases.
//
// Renders "actor:NAME" (canonical name) and "agent:WORDS" (the phrase's words), in text order.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "extract/actors.h"
#include "pipeline/pipeline.h"
#include "../support/analyse.h"

namespace sitrep {
namespace {

struct ActorCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string render(test::Analysed& a) {
  std::string out;
  const Table& t = a->lex.table(lex::kActors);
  for (const ActorMention& m : a->actors) {
    if (!out.empty()) out += "; ";
    out += "actor:" + std::string(t.get(m.row, "name"));
  }
  for (const AgentMention& g : a->agents) {
    if (!out.empty()) out += "; ";
    out += "agent:" + std::string(a.text(g.first, g.end));
  }
  return out;
}

class Actors : public ::testing::TestWithParam<ActorCase> {};

TEST_P(Actors, Finds) {
  test::Analysed a(GetParam().text, GetParam().date);
  run_extract_stages(a.get());
  EXPECT_EQ(render(a), GetParam().expected) << GetParam().text;
}

const ActorCase kCases[] = {
    // "that" opens a clause, not the noun phrase.
    {"The army said that two gunmen were arrested.", "2015-04-01", "agent:The army; agent:two gunmen"},
    {"LIMA, 4 MAY 89 -- POLICE SAID THAT SHINING PATH GUERRILLAS BOMBED A BANK.", "1989-05-04",
     "actor:Shining Path; agent:POLICE; agent:SHINING PATH GUERRILLAS"},
    // In mixed case a lower-case "front" is a word, not an organisation.
    {"Fighting continued on the front line near the river.", "2022-05-01", ""},
    // People named by nationality.
    {"Gunmen killed four Afghans in the attack.", "2019-01-01", "agent:Gunmen; agent:four Afghans"},
    // A phrase opens at its article: the place name before it is no demonym of the people.
    {"SAN SALVADOR, 2 JUL 89 -- NEAR SAN SALVADOR A GROUP OF ARMED MEN WOUNDED A JUDGE TODAY.", "1989-07-02",
     "agent:A GROUP OF ARMED MEN; agent:A JUDGE"},
    // A demonym after the article stays in the phrase; before a force word it names that
    // state's forces, the body the lexicon lists for the country at the date.
    {"Witnesses said the Russian troops shelled the village.", "2022-03-01",
     "actor:Russian Armed Forces; agent:the Russian troops"},
    {"Israeli troops shot dead a man at a checkpoint near Hebron.", "2023-05-01",
     "actor:Israel Defense Forces; agent:Israeli troops; agent:a man"},
    {"Malian soldiers fired on protesters in Bamako.", "2024-06-25",
     "actor:Malian Armed Forces; agent:Malian soldiers; agent:protesters"},
    // A unit named as what was hit is no body of its own.
    {"Gunmen ambushed a Burkinabe patrol near Djibo.", "2023-05-01", "agent:Gunmen; agent:a Burkinabe patrol"},
    // Household and family words are people: victims coordinated with a counted group.
    {"Soldiers killed six priests, their housekeeper and her granddaughter.", "1989-11-16",
     "agent:Soldiers; agent:six priests; agent:their housekeeper; agent:her granddaughter"},
    // Members are people of the armed group or state force named beside them, whose words
    // join the phrase; members of anything else are no agents.
    {"LIMA, 4 MAY 89 -- POLICE SAID THAT SHINING PATH MEMBERS BOMBED A BANK.", "1989-05-04",
     "actor:Shining Path; agent:POLICE; agent:SHINING PATH MEMBERS"},
    {"SAN SALVADOR, 3 JAN 90 -- THE INVESTIGATIONS REVEALED THAT MEMBERS OF THE SALVADORAN ARMED FORCES CARRIED OUT "
     "THE MURDER OF THE PRIEST.",
     "1990-01-03", "actor:Salvadoran Armed Forces; agent:MEMBERS OF THE SALVADORAN ARMED FORCES; agent:THE PRIEST"},
    {"Rights groups said members of the security forces beat the detainees.", "2011-02-01",
     "agent:members of the security forces; agent:the security forces; agent:the detainees"},
    {"Witnesses said army members opened fire on the crowd.", "2019-10-12", "agent:army members; agent:the crowd"},
    {"Three members of the family were wounded when the shell hit their house.", "2016-08-03", "agent:the family"},
    {"Congress members condemned the bombing of the mosque.", "2017-05-03", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, Actors, ::testing::ValuesIn(kCases));

// Named actors of the lexicon as "name/kind/inter", in text order: state forces written by
// their acronyms and local names, armed groups, militias, in mixed case and in all-caps
// wire copy; rows sharing an alias resolve by the document's date.
std::string render_named(test::Analysed& a) {
  std::string out;
  const Table& t = a->lex.table(lex::kActors);
  for (const ActorMention& m : a->actors) {
    if (!out.empty()) out += "; ";
    out += std::string(t.get(m.row, "name")) + "/" + std::string(t.get(m.row, "kind")) + "/" +
           std::string(t.get(m.row, "inter"));
  }
  return out;
}

class NamedActors : public ::testing::TestWithParam<ActorCase> {};

TEST_P(NamedActors, Finds) {
  test::Analysed a(GetParam().text, GetParam().date);
  run_extract_stages(a.get());
  EXPECT_EQ(render_named(a), GetParam().expected) << GetParam().text;
}

const ActorCase kNamedCases[] = {
    // Central and West Africa.
    {"M23 rebels attacked FARDC positions near Sake on Tuesday.", "2024-02-07",
     "March 23 Movement/group/2; Armed Forces of the Democratic Republic of the Congo/state/1"},
    {"BAMAKO, 2 NOV 21 -- FAMA SOLDIERS CLASHED WITH JNIM FIGHTERS NEAR DOUENTZA.", "2021-11-02",
     "Malian Armed Forces/state/1; Jama'at Nusrat al-Islam wal-Muslimin/group/2"},
    {"VDP volunteers repelled an attack by Ansaroul Islam on a village in Soum province.", "2021-08-04",
     "Volunteers for the Defense of the Homeland/group/3; Ansaroul Islam/group/2"},
    {"Burkinabe Defence and Security Forces said they killed 40 insurgents near Djibo.", "2022-09-26",
     "Burkinabe Armed Forces/state/1"},
    {"The Nigerien Armed Forces (FAN) said 30 fighters of the Islamic State Sahel Province were killed.",
     "2023-05-10", "Nigerien Armed Forces/state/1; Nigerien Armed Forces/state/1; Islamic State Sahel Province/group/2"},
    {"NAF jets struck ISWAP camps on the shores of Lake Chad while the Civilian JTF guarded the road.",
     "2022-03-15",
     "Nigerian Army/state/1; Islamic State West Africa Province/group/2; Civilian Joint Task Force/group/3"},
    {"Boko Haram (JAS) fighters clashed with ISWAP near Marte.", "2021-06-01",
     "Boko Haram/group/2; Boko Haram/group/2; Islamic State West Africa Province/group/2"},
    {"BIR soldiers raided a separatist camp near Bamenda.", "2019-02-11", "Cameroon Armed Forces/state/1"},
    {"FACA troops and Wagner fighters attacked a village near Bambari.", "2021-05-20",
     "Central African Armed Forces/state/1; Wagner Group/group/8"},
    // Africa Corps is the Russian defence ministry's force in the Sahel since late 2023.
    {"Africa Corps troops and FAMa soldiers searched the village.", "2025-07-01",
     "Africa Corps/state/8; Malian Armed Forces/state/1"},
    // The Horn of Africa. "SNA" is the Somali National Army, Aidid's Somali National
    // Alliance in the 1990s, and the Syrian National Army only in Syrian phrasings.
    {"Al-Shabaab militants attacked an SNA base in Marka on Sunday.", "2023-05-14",
     "al-Shabaab/group/2; Somali National Army/state/1"},
    {"AL-SHABAAB FIGHTERS OVERRAN AN SNA OUTPOST NEAR BARDERE.", "2017-04-02",
     "al-Shabaab/group/2; Somali National Army/state/1"},
    {"Militiamen of the SNA ambushed Pakistani peacekeepers in Mogadishu.", "1993-06-06",
     "Somali National Alliance/group/2"},
    {"Danab commandos and NISA agents raided a hideout near Afgoye.", "2022-10-03",
     "Somali National Army/state/1; Somali National Army/state/1"},
    {"ENDF AND EDF TROOPS ENTERED AXUM ON SATURDAY, RESIDENTS SAID.", "2020-11-28",
     "Ethiopian National Defense Force/state/1; Eritrean Defence Forces/state/1"},
    // The RSF: state forces until the war of April 2023, a rebel group after it (ACLED).
    {"RSF troops fired on protesters outside the army headquarters in Khartoum.", "2019-06-03",
     "Rapid Support Forces/state/1"},
    {"THE RSF SHELLED SAF POSITIONS IN OMDURMAN ON FRIDAY.", "2024-02-16",
     "Rapid Support Forces/group/2; Sudanese Armed Forces/state/1"},
    // The press-freedom group shares the acronym: only its spelled-out name with it.
    {"Reporters Without Borders (RSF) condemned the killing of a journalist in Darfur.", "2024-01-10",
     "Reporters Without Borders/ngo/"},
    {"SSPDF soldiers clashed with SPLA-IO fighters in Upper Nile.", "2022-08-10",
     "South Sudan People's Defence Forces/state/1; Sudan People's Liberation Movement/Army-in-Opposition/group/2"},
    // Mozambique's insurgents are locally called al-Shabaab: only Mozambican phrasings
    // name them; a bare "al-Shabaab" stays Somalia's.
    {"FADM troops retook Mocimboa da Praia from Mozambican al-Shabaab fighters.", "2021-08-08",
     "Mozambique Defence Armed Forces/state/1; Islamic State Mozambique Province/group/2"},
    // Myanmar, the Philippines, South Asia.
    {"The Tatmadaw bombed a village held by the PDF in Sagaing region.", "2023-04-11",
     "Myanmar Armed Forces/state/1; People's Defence Force/group/2"},
    {"PDF FIGHTERS ATTACKED A JUNTA OUTPOST IN MAGWAY ON MONDAY.", "2024-05-06", "People's Defence Force/group/2"},
    // "AA" and "KIA" also mean anti-aircraft and killed in action: only their groups' phrasings.
    {"AA fighters and KIA troops attacked junta positions in northern Shan state.", "2023-11-02",
     "Arakan Army/group/2; Kachin Independence Army/group/2"},
    {"Russian AA guns fired at drones over Belgorod; one soldier was listed as KIA.", "2024-01-08", ""},
    {"JTF troops repelled an attack by Boko Haram in Bama.", "2013-05-20", "Nigerian Army/state/1; Boko Haram/group/2"},
    // A case-sensitive acronym ("IS") counts as written in mixed-case copy, but not inside
    // a passage in capitals, where the verb "IS" looks the same.
    {"IS fighters attacked a checkpoint near Raqqa on Tuesday.", "2016-03-01", "Islamic State/group/2"},
    {"THE AIR FORCE IS BOMBING VILLAGES NEAR THE BORDER\nResidents said jets struck two villages on Sunday.",
     "2016-03-01", ""},
    // "AFP" alone is the news agency; the Philippine military only as "AFP troops" and kin.
    {"AFP troops killed two NPA rebels in a clash in Samar, the army said. (AFP)", "2022-06-01",
     "Armed Forces of the Philippines/state/1; New People's Army/group/2; Agence France-Presse/media/"},
    {"MANILA (AFP) - Gunmen shot dead a village chief in Maguindanao, AFP reported.", "2016-03-02",
     "Agence France-Presse/media/; Agence France-Presse/media/"},
    {"NPA REBELS AMBUSHED AFP SOLDIERS IN NORTHERN SAMAR, AFP REPORTED.", "1989-06-10",
     "New People's Army/group/2; Armed Forces of the Philippines/state/1; Agence France-Presse/media/"},
    {"Abu Sayyaf gunmen and BIFF fighters fled the Scout Rangers.", "2017-05-01",
     "Abu Sayyaf/group/2; Bangsamoro Islamic Freedom Fighters/group/2; Armed Forces of the Philippines/state/1"},
    {"CPI (Maoist) guerrillas ambushed a CRPF convoy in Dantewada.", "2010-04-06",
     "Communist Party of India (Maoist)/group/2; Indian central armed police forces/state/1"},
    {"BLA AND BLF FIGHTERS ATTACKED FC PERSONNEL IN TURBAT, THE ISPR SAID.", "2024-01-10",
     "Baloch Liberation Army/group/2; Baloch Liberation Front/group/2; Pakistan Army/state/1; Pakistan Army/state/1"},
    // A football club is no Frontier Corps.
    {"Barcelona FC beat Sevilla on Sunday.", "2024-01-10", ""},
    {"The Taliban attacked an ANA checkpoint in Helmand.", "2019-03-01",
     "Taliban/group/2; Afghan National Army/state/1"},
    // The Middle East and Europe.
    {"ISF AND HASHD AL-SHAABI UNITS RETOOK TAL AFAR.", "2017-08-27",
     "Iraqi Security Forces/state/1; Popular Mobilization Forces/group/3"},
    {"SAA troops shelled HTS positions in Idlib.", "2019-05-01",
     "Syrian Arab Army/state/1; Hayat Tahrir al-Sham/group/2"},
    {"Turkish-backed SNA factions clashed with the SDF near Manbij.", "2024-12-01",
     "Syrian National Army/group/2; Syrian Democratic Forces/group/2"},
    {"The Turkish-backed Syrian National Army (SNA) shelled Ras al-Ain.", "2019-10-12", "Syrian National Army/group/2"},
    {"THE IDF SAID ITS AIRCRAFT STRUCK HAMAS TARGETS IN GAZA.", "2021-05-12",
     "Israel Defense Forces/state/1; Hamas/group/2"},
    {"THE ZSU SAID RUSSIAN FORCES SHELLED KHARKIV OVERNIGHT.", "2022-05-03",
     "Armed Forces of Ukraine/state/1; Russian Armed Forces/state/1"},
    // The Americas. "PDF" was Panama's army until 1990 and names Myanmar's resistance after 2021.
    {"PANAMA DEFENSE FORCES TROOPS FIRED ON A CROWD IN PANAMA CITY TODAY.", "1989-12-20",
     "Panama Defense Forces/state/1"},
    {"PDF soldiers and Dignity Battalions beat opposition candidates in Panama City.", "1989-05-10",
     "Panama Defense Forces/state/1; Dignity Battalions/group/3"},
    {"The report was published as a PDF on Monday.", "2015-06-01", ""},
    {"ELN guerrillas and FARC dissidents clashed in Arauca as the Clan del Golfo (AGC) moved south.", "2022-01-03",
     "National Liberation Army/group/2; FARC dissidents/group/2; Clan del Golfo/group/3; Clan del Golfo/group/3"},
    {"CJNG gunmen ambushed members of the Sinaloa Cartel in Zacatecas.", "2021-03-10",
     "Jalisco New Generation Cartel/group/3; Sinaloa Cartel/group/3"},
    // State forces of countries at the edges of the big conflicts.
    {"JNIM fighters attacked a Beninese army post near Porga, killing eight soldiers.", "2025-04-17",
     "Jama'at Nusrat al-Islam wal-Muslimin/group/2; Benin Armed Forces/state/1"},
    {"TOGOLESE ARMY POSITIONS IN SAVANES CAME UNDER ATTACK, THE TOGOLESE ARMED FORCES SAID.", "2023-07-20",
     "Togolese Armed Forces/state/1; Togolese Armed Forces/state/1"},
    {"The GAF said soldiers had been deployed to Bawku after the clashes.", "2022-11-14", "Ghana Armed Forces/state/1"},
    {"FRCI SOLDIERS SHOT DEAD TWO MEN AT A CHECKPOINT IN ABIDJAN.", "2012-08-06",
     "Armed Forces of Cote d'Ivoire/state/1"},
    {"Casamance rebels of the MFDC ambushed Senegalese army soldiers near Ziguinchor.", "2018-01-06",
     "Movement of Democratic Forces of Casamance/group/2; Movement of Democratic Forces of Casamance/group/2; "
     "Senegalese Armed Forces/state/1"},
    {"SANDF and TPDF troops of the SADC mission came under M23 fire near Goma.", "2025-01-25",
     "South African National Defence Force/state/1; Tanzania People's Defence Force/state/1; "
     "Southern African Development Community/igo/8; March 23 Movement/group/2"},
    {"ZRP OFFICERS FIRED TEARGAS AT OPPOSITION SUPPORTERS IN HARARE.", "2019-01-15", "Zimbabwe Defence Forces/state/1"},
    {"LUANDA, 12 AUG 89 -- FAPLA TROOPS LAUNCHED AN OFFENSIVE AGAINST UNITA BASES.", "1989-08-12",
     "Angolan Armed Forces/state/1; UNITA/group/2"},
    {"Royal Nepal Army troops clashed with fighters of the CPN (Maoist) in Rolpa.", "2002-05-03",
     "Nepali Army/state/1; Communist Party of Nepal (Maoist)/group/2"},
    {"Kyrgyz border guards and Tajik border troops exchanged fire near Batken.", "2022-09-14",
     "Armed Forces of Kyrgyzstan/state/1; Armed Forces of Tajikistan/state/1"},
    {"Kosovo Police repelled an attack by Serbian gunmen at Banjska monastery.", "2023-09-24",
     "Kosovo Police/state/1"},
};

INSTANTIATE_TEST_SUITE_P(Table, NamedActors, ::testing::ValuesIn(kNamedCases));

// End to end: the perpetrators of the first record as "name/kind/inter". A state force
// written by its acronym is a state perpetrator; a news agency's credit is none.
class NamedPerpetrators : public ::testing::TestWithParam<ActorCase> {};

TEST_P(NamedPerpetrators, Records) {
  ExtractResult res = test::extract_text(GetParam().text, GetParam().date, /*all=*/true);
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& p : r["perpetrators"]) {
    if (!out.empty()) out += "; ";
    out += p["name"].get<std::string>() + "/" + p["kind"].get<std::string>() + "/" +
           (p["inter"].is_null() ? std::string() : std::to_string(p["inter"].get<int>()));
  }
  EXPECT_EQ(out, GetParam().expected) << GetParam().text;
}

const ActorCase kPerpetratorCases[] = {
    {"EDF soldiers killed 12 civilians in Axum on Sunday, witnesses said.", "2021-03-01",
     "Eritrean Defence Forces/state/1"},
    {"AFP troops killed two NPA rebels in a clash in Samar on Tuesday. (AFP)", "2022-06-01",
     "Armed Forces of the Philippines/state/1"},
    {"Gunmen shot dead a village chief in Maguindanao on Monday, AFP reported.", "2016-03-02", ""},
    {"AL-SHABAAB MILITANTS ATTACKED AN SNA BASE IN MARKA ON SUNDAY, KILLING FOUR SOLDIERS.", "2023-05-14",
     "al-Shabaab/group/2"},
    {"RSF troops shot dead 30 protesters in Khartoum on Monday.", "2019-06-03", "Rapid Support Forces/state/1"},
    {"RSF fighters killed 15 civilians in El Fasher on Friday.", "2024-02-16", "Rapid Support Forces/group/2"},
    {"PDF fighters ambushed a military convoy in Sagaing region on Monday, killing five soldiers.", "2024-05-06",
     "People's Defence Force/group/2"},
};

INSTANTIATE_TEST_SUITE_P(Table, NamedPerpetrators, ::testing::ValuesIn(kPerpetratorCases));

// The Taliban are an armed group before 15 August 2021 and the state after it.
TEST(Actors, DateBoundedIdentity) {
  for (auto [date, kind] : {std::pair{"2019-06-01", "group"}, std::pair{"2023-06-01", "state"}}) {
    test::Analysed a("The Taliban said they had captured the district.", date);
    run_extract_stages(a.get());
    ASSERT_FALSE(a->actors.empty()) << date;
    EXPECT_EQ(a->lex.table(lex::kActors).get(a->actors.front().row, "kind"), kind) << date;
  }
}

}  // namespace
}  // namespace sitrep
