// Table tests for the events stage's relevance rules: which mentions report an act that
// took place, and which only recall, try, deny, count or talk about one. A mention renders
// as "words=kind/status", with " generic" when it names no particular event. The MUC-4 task
// documentation (1.0 rules 5-7) states these conventions for terrorism reports; they hold
// for news in general. The anchor is Tuesday 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct RelevanceCase {
  const char* text;
  const char* expected;
};

class EventsRelevance : public ::testing::TestWithParam<RelevanceCase> {};

TEST_P(EventsRelevance, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const RelevanceCase kCases[] = {
    // An act against a whole population, or a bare event noun with a manner adjective,
    // describes a way of waging war, not one incident.
    {"The indiscriminate bombing and machinegunning of the civilian population left hundreds of victims.",
     "bombing=bombing/reported generic; machinegunning=shooting/reported generic"},
    {"THE PLANES ARE BOMBING THE CIVILIAN POPULATION OF THE NORTH.", "BOMBING=bombing/reported generic"},
    {"The rebels accused the army of waging war through indiscriminate shelling.",
     "shelling=shelling/reported generic"},
    {"An indiscriminate bombing of the market killed 20 people in Aleppo.",
     "bombing=bombing/reported; killed=attack/reported"},
    {"Soldiers shelled the village and the people fled to the hills.", "shelled=shelling/reported"},
    // An accident cue rules out weak triggers, unless attackers act in the sentence or the
    // cue's words belong to a trigger phrase naming a weapon of war.
    {"A gas cylinder exploded in a restaurant in Karachi on Sunday, killing four people.", ""},
    {"Rioters threw fireworks at police and attacked the town hall in Lyon on Saturday.", "attacked=attack/reported"},
    {"GOVERNMENT PLANES DROPPED CHLORINE GAS CYLINDERS ON SARAQIB, KILLING NINE PEOPLE.",
     "CHLORINE GAS CYLINDERS=chemical_attack/reported; KILLING=attack/reported"},
    // An explicit recollection makes every event after it in the sentence background.
    {"Let us recall the bombing of the airliner and the murder of the judge in the capital.",
     "bombing=bombing/background; murder=attack/background"},
    {"LET US RECALL THE HORRIBLE EXPLOSION AT THE POLICE HEADQUARTERS IN BOGOTA.", "EXPLOSION=explosion/background"},
    {"It will be recalled that gunmen kidnapped two engineers near the pipeline.", "kidnapped=abduction/background"},
    // The same words without the recollection report the act.
    {"Gunmen kidnapped two engineers near the pipeline on Monday.", "kidnapped=abduction/reported"},
    // Court proceedings are about an earlier act.
    {"The former officer went on trial in Santiago for the murder of the union leader.", "murder=attack/background"},
    {"He was extradited to Lima to be tried on charges of kidnapping and robbery.",
     "kidnapping=abduction/background; robbery=robbery/background"},
    // Sentences and pleas name the act they punish: an earlier one.
    {"A court in Nairobi on Monday sentenced a man to life in prison for the 2013 attack on the Westgate mall.",
     "attack=attack/background"},
    {"Two men pleaded guilty on Wednesday to the murder of a journalist in Valletta.", "murder=attack/background"},
    {"THE FORMER CAPTAIN WAS FOUND GUILTY YESTERDAY OF THE MASSACRE OF 16 PEASANTS.",
     "MASSACRE=massacre/background"},
    {"A militia commander was jailed for the killing of two aid workers in Darfur.", "killing=attack/background"},
    // ... not a new act told beside them in another clause.
    {"Gunmen on Monday shot dead a judge who had sentenced a militant to death in Quetta.",
     "shot dead=shooting/reported"},
    {"A court in Nairobi convicted of murder the man who stabbed the teacher.",
     "murder=attack/background; stabbed=stabbing/reported"},
    // A denial or discredit beyond the trigger's own clause.
    {"The interior minister has denied that two police helicopters were shot down by rebels.",
     "were shot=shooting/negated"},
    {"HE DENIED, HOWEVER, THAT THE SHOOTING OCCURRED OUTSIDE THE BARRACKS.", "SHOOTING=shooting/negated"},
    {"The minister denied on Monday that rebels had kidnapped the engineers.", "kidnapped=abduction/negated"},
    // Denying a link to an act, or a part in it, leaves the act standing.
    {"He denied that the postponement is linked to the assassination of the opposition leader.",
     "assassination=assassination/reported"},
    {"The group denied that its members took part in the bombing of the bus.", "bombing=bombing/reported"},
    {"The army said the report of an alleged bombardment of the village is completely false.",
     "bombardment=shelling/negated"},
    // A past date dates an attempt too.
    {"In 1986, the group tried to kill the president on a mountain road.", "kill=attack/background"},
    {"Gunmen tried to kill the mayor of Tumaco on Monday.", "kill=attack/attempted"},
    // Bare verbs after an infinitive marker, a modal or a relative pronoun: purposes, habits.
    {"The rebels were created to attack the country from across the border.", "attack=attack/reported generic"},
    {"Death squads that kidnap and murder union members operate in the city.",
     "kidnap=abduction/reported generic; murder=attack/reported generic"},
    {"The rebels used dynamite to blow up a section of the pipeline.", "blow up=bombing/reported"},
    {"The territory was used as a springboard to attack the neighbouring country.", "attack=attack/reported generic"},
    {"The bomb that killed 12 people in the market was hidden in a cart.",
     "bomb=bombing/reported; killed=attack/reported"},
    {"Residents said the militants who killed the teacher fled on motorcycles.", "killed=attack/reported"},
    // An act stopped, renounced or incited is a practice, not an event.
    {"THE GUERRILLAS CEASED BOMBING PIPELINES AFTER THE TRUCE.",
     "BOMBING=bombing/reported generic; TRUCE=ceasefire/reported"},
    {"The group pledged to suspend sabotage of the power grid.", "sabotage=sabotage/reported generic"},
    {"The preacher incited violence against the minority in his sermons.", "violence=attack/reported generic"},
    // A large count of events is a statistic.
    {"There were 700 political assassinations in the country so far this year.",
     "assassinations=assassination/reported generic"},
    {"The group launched 504 attacks in 2021, according to the report.", "attacks=attack/background generic"},
    {"Two bombings shook the market town of Jos on Sunday.", "bombings=bombing/reported"},
    // "Will be <verb>ing" forecasts; "to X and Y" is a purpose.
    {"THE ARMED FORCES WILL BE BOMBING CIVILIANS DURING THE ELECTIONS.", "BOMBING=bombing/reported generic"},
    {"The cartels want to intimidate and destroy the institutions of the state.",
     "destroy=property_destruction/reported generic"},
    // Continuing or stopping a practice.
    {"The rebels continue killing peasants in the north, the bishop said.", "killing=attack/reported generic"},
    // Questions with a bare verb ask rather than report; past forms still report.
    {"Does a war kill more people than an economic adjustment programme?", ""},
    {"Who bombed the embassy in Nairobi on Friday?", "bombed=bombing/reported"},
    // Negation across a determiner, and a denial in the next sentence.
    {"What is required is a peaceful solution, not the bombing of cities.", "bombing=bombing/negated"},
    {"He said gunmen kidnapped the mayor of the town. That is not true.", "kidnapped=abduction/negated"},
    // A list of charges shares its judicial context.
    {"He will be tried on charges of murder, drug trafficking, robbery and extortion.",
     "murder=attack/background; robbery=robbery/background"},
    // A quantified singular or an event noun used as a modifier names a kind of act.
    {"A red circle marks the site of each act of sabotage.", "act of sabotage=sabotage/reported generic"},
    {"Our units must be careful in carrying out sabotage operations.", "sabotage=sabotage/reported generic"},
    {"THE PLAN INCLUDES 20 JUDGES HANDLING DRUG TRAFFICKING AND POLITICAL MURDER CASES.",
     "MURDER=attack/reported generic"},
    // A bare plural event noun after a preposition, with no count, date or place in its
    // clause, names a kind of act; counted, dated or placed, acts.
    {"The minister said those involved in kidnappings will be treated as common criminals.",
     "kidnappings=abduction/reported generic"},
    {"THE BISHOP SPOKE OUT AGAINST MASSACRES AND DISAPPEARANCES.", "MASSACRES=massacre/reported generic"},
    {"Three soldiers were wounded in clashes on Tuesday.", "wounded=attack/reported; clashes=armed_clash/reported"},
    {"Nine people died in bombings in Peshawar.", "bombings=bombing/reported"},
    {"Rebels and dissidents engaged in armed confrontations in a rural area of Tame (Arauca).",
     "armed confrontations=armed_clash/reported"},
    // People named by an event word stay: "the number of hostages".
    {"Officials gave no details about the number of hostages held in the school in Beslan.",
     "hostages=hostage_taking/reported"},
    // "The use of" an act names a method.
    {"We cannot justify the use of kidnapping as a political weapon.", "kidnapping=abduction/reported generic"},
    // The simple present passive tells what is done as a rule; past forms report.
    {"Now they are even kidnapped, jailed and sentenced.", "kidnapped=abduction/reported generic"},
    {"IN THIS COUNTRY JOURNALISTS ARE MURDERED WITH IMPUNITY.", "MURDERED=attack/reported generic"},
    {"Two journalists were murdered in Tegucigalpa last week.", "murdered=attack/reported"},
    // A burnt body part is a wound, not arson; a burnt house is arson.
    {"He showed reporters his burnt knee and said he had been tortured.", "tortured=torture/reported"},
    {"Rebels burned the town hall of Ayacucho on Monday.", "burned=arson/reported"},
    // Figurative and non-violent uses of violent words.
    {"The opposition leader harshly attacked the president in a speech on Sunday.", ""},
    {"THE ASSAULT TROOPS ARE ARMED WITH BATONS AND TEAR GAS.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsRelevance, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
