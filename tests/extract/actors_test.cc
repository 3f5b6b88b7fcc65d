// Table tests for the actors stage: named organisations and states of the lexicon (valid at
// the document's date, capitalised in mixed case) and generic agents as noun phrases.
//
// Renders "actor:NAME" (canonical name) and "agent:WORDS" (the phrase's words), in text order.
#include <gtest/gtest.h>

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
    // A demonym after the article stays in the phrase.
    {"Witnesses said the Russian troops shelled the village.", "2022-03-01", "agent:the Russian troops"},
    // Household and family words are people: victims coordinated with a counted group.
    {"Soldiers killed six priests, their housekeeper and her granddaughter.", "1989-11-16",
     "agent:Soldiers; agent:six priests; agent:their housekeeper; agent:her granddaughter"},
};

INSTANTIATE_TEST_SUITE_P(Table, Actors, ::testing::ValuesIn(kCases));

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
