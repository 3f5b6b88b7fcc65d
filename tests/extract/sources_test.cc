// Table tests for the sources stage: who said something, in which role, for which
// organisation, through which channel and to which outlet.
//
// An attribution renders as "SPEAKER/ROLE/ORG/CHANNEL/OUTLET" (empty fields left empty) and
// " +q" when a quotation is attached. Attributions are in text order, separated by "; ".
#include <gtest/gtest.h>

#include <string>

#include "extract/sources.h"
#include "pipeline/pipeline.h"
#include "../support/analyse.h"

namespace sitrep {
namespace {

struct SourceCase {
  const char* text;
  const char* expected;
};

std::string render(test::Analysed& a) {
  std::string out;
  for (const Attribution& at : a->attributions) {
    if (!out.empty()) out += "; ";
    out += at.speaker + "/" + at.role + "/" + at.org + "/" + at.channel + "/" + at.outlet;
    if (at.quote >= 0) out += " +q";
  }
  return out;
}

class Sources : public ::testing::TestWithParam<SourceCase> {};

TEST_P(Sources, Attributes) {
  test::Analysed a(GetParam().text, "2023-03-14");
  run_extract_stages(a.get());
  EXPECT_EQ(render(a), GetParam().expected) << GetParam().text;
}

const SourceCase kCases[] = {
    // Role and organisation before the name, verb after it.
    {"Pentagon spokesman Pat Ryder said the strike was an act of self-defence.", "Pat Ryder/spokesman/Pentagon//"},
    {"Army spokesman Col. Jane Roe said troops had repelled the assault.", "Jane Roe/military spokesman///"},
    {"Police chief Abdul Rahman told AFP that 12 people had died.",
     "Abdul Rahman/police chief//interview/Agence France-Presse"},
    {"Defence Minister Ben Wallace told a news conference that the base had been hit.",
     "Ben Wallace/defence minister//press_conference/"},
    {"Mayor Vitali Klitschko wrote on Telegram that two districts had lost power.",
     "Vitali Klitschko/mayor//telegram/"},
    {"Chinese Foreign Minister Wang Yi said the talks would continue.", "Wang Yi/foreign minister/China//"},
    // Apposition after the name, verb after the apposition.
    {"John Doe, the country's foreign minister, said the embassy would remain open.", "John Doe/foreign minister///"},
    {"Ana Lima, a researcher who specialises in the region, told Reuters the group was weakened.",
     "Ana Lima/researcher//interview/Reuters"},
    {"Grace Achieng, a nurse at the district hospital, told the BBC that 30 wounded had arrived.",
     "Grace Achieng/nurse//interview/BBC"},
    // The quote first, then the attribution; verb before or after the name.
    {"\"We will not be intimidated,\" said Prime Minister Imran Khan.", "Imran Khan/prime minister/// +q"},
    {"\xE2\x80\x9CThe situation is under control,\xE2\x80\x9D said Maria Gomez, a police spokeswoman.",
     "Maria Gomez/police spokesman/// +q"},
    {"\"They came at night and burned everything,\" Fatima Bello, a resident, told the BBC.",
     "Fatima Bello/resident//interview/BBC +q"},
    {"\"Nobody was hurt,\" the Pentagon said in a statement.", "Pentagon//Pentagon/statement/ +q"},
    // A state body speaks under its own name, not its government's lexicon entry.
    {"The Russian Foreign Ministry said in a statement that two diplomats were hurt.",
     "Russian Foreign Ministry//Russian Foreign Ministry/statement/"},
    {"THE FRENCH FOREIGN MINISTRY SAID THE EMBASSY IN BAMAKO WAS CLOSED.",
     "FRENCH FOREIGN MINISTRY//FRENCH FOREIGN MINISTRY//"},
    // A quotation across sentences and across paragraphs.
    {"\xE2\x80\x9CThe attackers wore uniforms. They shot at everyone,\xE2\x80\x9D said Gen. Sani Usman.",
     "Sani Usman/general/// +q"},
    {"\xE2\x80\x9CWe heard the blast and ran outside.\n\n\xE2\x80\x9CThere were bodies everywhere,\xE2\x80\x9D said "
     "Ahmad Zia, a shopkeeper.",
     "Ahmad Zia/shopkeeper/// +q"},
    // Statements by organisations.
    {"The Taliban said in a statement on Telegram that their fighters had taken the district.",
     "Taliban//Taliban/telegram/"},
    {"The United Nations said 40 civilians had been killed in the fighting.", "United Nations//United Nations//"},
    {"Human Rights Watch said in a report that the militia had executed prisoners.",
     "Human Rights Watch//Human Rights Watch//"},
    // Anonymous sources.
    {"A police official said the bomber was on foot.", "police official/police officer///"},
    {"A senior security official, who spoke on condition of anonymity, said two soldiers died.",
     "senior security official/senior official///"},
    {"Witnesses told Reuters they heard two explosions.", "Witnesses/witness//interview/Reuters"},
    {"Residents said the gunmen arrived on motorcycles.", "Residents/resident///"},
    {"Doctors at the main hospital said three of the wounded were in critical condition.", "Doctors/doctor///"},
    // Indirect speech: "according to", "confirmed", "added".
    {"According to the provincial governor, Mohammad Ali, the attackers fled into the hills.",
     "Mohammad Ali/governor///"},
    {"Health officials confirmed that 15 people had died.", "Health officials/official///"},
    // Back-references: a pronoun, a role, "the group".
    {"Interior Minister Ahmed Saeed said the border was closed. He added that more troops had been sent.",
     "Ahmed Saeed/interior minister///; Ahmed Saeed/interior minister///"},
    {"\xE2\x80\x9CIt was a massacre,\xE2\x80\x9D said Leila Haddad, a teacher. \xE2\x80\x9CThey killed "
     "children,\xE2\x80\x9D "
     "she said.",
     "Leila Haddad/teacher/// +q; Leila Haddad/teacher/// +q"},
    // Verbs of opinion report speech too, in translated wire copy above all.
    {"Rahim Karimi, a security analyst, told Reuters the attack was planned. He considered that \xE2\x80\x9Cthe army "
     "has lost the initiative.\xE2\x80\x9D",
     "Rahim Karimi/analyst//interview/Reuters; Rahim Karimi/analyst/// +q"},
    {"Al-Shabaab claimed the attack. The group said on its radio station that 20 soldiers were killed.",
     "al-Shabaab//al-Shabaab/radio/"},
    // "Responded by" tells an act, not speech: no source.
    {"The army responded by shelling rebel positions near Kidal on Monday.", ""},
    // Channels: television, social media, phone.
    {"The president said in a televised address that the attackers would be punished.",
     "president/president//television/"},
    {"The group's spokesman, Zabihullah Mujahid, wrote on Twitter that the fighters had withdrawn.",
     "Zabihullah Mujahid/spokesman//social_media/"},
    // A speech verb inside a name is none; a particle between hyphens is part of the name;
    // a participle after "according to X" ends the source.
    {"The United States and Pakistan have both designated the group a terrorist organisation.", ""},
    {"\"We ran for our lives,\" Shafiq-ul-Rehaman said.", "Shafiq-ul-Rehaman//// +q"},
    {"According to the Global Terrorism Index released last week, deaths rose by 45 percent.",
     "Global Terrorism Index////"},
    {"Hakan Fidan, Turkey's foreign minister, said by phone that Ankara would respond.",
     "Hakan Fidan/foreign minister//phone/"},
    // Quoted by an outlet; state media; a hyphenated name; "the ministry" as a back-reference.
    {"Reuters quoted a police official as saying the bomb was hidden in a cart.",
     "police official/police officer///Reuters"},
    {"Iraqi state television reported that 20 people were wounded.", "Iraqi state television///television/"},
    {"\"This attack will not go unpunished,\" Prime Minister Mohammed Shia al-Sudani said.",
     "Mohammed Shia al-Sudani/prime minister/// +q"},
    {"The Interior Ministry said the attackers had been identified. The ministry added that two suspects were held.",
     "Interior Ministry////; Interior Ministry////"},
    {"Imran Khan, a police officer in Quetta told VOA that 70 passengers had arrived.",
     "Imran Khan/police officer//interview/Voice of America"},
    {"\"The operation is over,\" said a statement posted by the army's media wing.",
     "army's media wing///statement/ +q"},
    {"On Monday, a police official said the road had reopened.", "police official/police officer///"},
    {"In Kandahar, a provincial spokesman said four people had been arrested.", "provincial spokesman/spokesman///"},
    // All-caps wire copy.
    {"ARMED FORCES SPOKESMAN COLONEL LUIS PEREZ SAID THE REBELS ATTACKED THE BASE.",
     "LUIS PEREZ/military spokesman///"},
    {"POLICE SOURCES SAID THE BOMB WAS PLACED IN A CAR.", "POLICE SOURCES/source/POLICE//"},
    // The speaker after a say verb that follows a comma, to the sentence's end.
    {"Gunmen killed five people in Jos on Sunday, said police spokesman Ali Khan.", "Ali Khan/police spokesman///"},
    {"Gunmen killed five people in Jos on Sunday, said Ali Khan, a police spokesman.", "Ali Khan/police spokesman///"},
    {"THE REBELS BURNED THREE BUSES, SAID COLONEL JUAN ORTIZ.", "JUAN ORTIZ/colonel///"},
    {"The attack, said to be the deadliest this year, killed 40 people.", ""},
    // A role for a body, unnamed.
    {"A spokesman for the army said the town had been retaken.", "spokesman for the army/spokesman/army//"},
};

INSTANTIATE_TEST_SUITE_P(Table, Sources, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
