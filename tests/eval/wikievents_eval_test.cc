// WikiEvents scoring (src/eval/wikievents_eval.h) on a hand-made three-document file whose
// counts are worked out below.
#include "eval/wikievents_eval.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "eval/eval.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";

// Records per document of tests/eval/data/wikievents_small.jsonl.
std::map<std::string, std::vector<json>> wiki_records() {
  return {
      {"attack1", {json::parse(R"({"status": "reported", "gtd": {"attack_type": "Armed Assault"}, "muc4": null,
          "perpetrators": [{"text": "the Islamic State", "name": "Islamic State"}], "attackers": [{"text": "Gunmen"}],
          "targets": [{"text": "a police checkpoint", "kind": "police"}], "victims": [{"text": "two officers"}],
          "weapons": [{"text": "rifles"}, {"text": "grenades"}], "location": {"name": "Kabul", "text": "Kabul", "site": null}})")}},
      // a denial is not an incident
      {"die2", {json::parse(R"({"status": "negated", "gtd": {"attack_type": "Bombing/Explosion"}, "victims": [{"text": "soldiers"}]})")}},
      {"other3", {json::parse(R"({"status": "reported", "acled": {"event_type": "Protests"}, "attackers": [{"text": "youths"}]})"),
                  json::parse(R"({"status": "reported", "acled": {"event_type": "Battles"}, "attackers": [{"text": "militants"}]})")}},
  };
}

std::vector<WikiDoc> wiki_gold() {
  Result<std::string> content = read_text_file(kData + "wikievents_small.jsonl");
  EXPECT_TRUE(content.ok());
  Result<std::vector<WikiDoc>> docs = parse_wikievents(content.value(), "w");
  EXPECT_TRUE(docs.ok()) << docs.error();
  return docs.ok() ? docs.value() : std::vector<WikiDoc>();
}

TEST(WikiEvents, ReadsGoldArguments) {
  std::vector<WikiDoc> docs = wiki_gold();
  ASSERT_EQ(docs.size(), 3u);
  // attack1: Gunmen (Attacker and Killer: one Attacker), Islamic State, police checkpoint,
  // rifles, Kabul (twice: once), officers.
  EXPECT_EQ(docs[0].args.size(), 6u);
  EXPECT_TRUE(docs[0].has_attack_or_death);
  EXPECT_EQ(docs[1].args.size(), 3u);
  EXPECT_TRUE(docs[1].args[1].of_attack);  // Mosul: a Life.Die place, then an attack's too
  EXPECT_FALSE(docs[2].has_attack_or_death);
  EXPECT_TRUE(docs[2].args.empty());       // Contact.Contact arguments are not scored
  EXPECT_EQ(docs[0].text.substr(0, 6), "Gunmen");
}

TEST(WikiEvents, TextFromSentences) {
  Result<std::vector<WikiDoc>> docs = parse_wikievents(
      R"({"doc_id": "d", "text": "One.Two.", "sentences": [[[["One", 0, 3]], "One."], [[["Two", 4, 7]], "Two."]], "event_mentions": []})",
      "w");
  ASSERT_TRUE(docs.ok()) << docs.error();
  EXPECT_EQ(docs.value()[0].text, "One.\nTwo.");
}

TEST(WikiEvents, DocumentScores) {
  std::vector<WikiDoc> docs = wiki_gold();
  auto records = wiki_records();
  WikiDocScore a = score_wikievents_doc(docs[0], records["attack1"]);
  // Predicted: Islamic State, Gunmen, police checkpoint, two officers, rifles, grenades,
  // Kabul = 7; all right but grenades. Gold: all 6 found.
  EXPECT_EQ(a.overall.pred, 7);
  EXPECT_EQ(a.overall.pred_right, 6);
  EXPECT_EQ(a.overall.gold, 6);
  EXPECT_EQ(a.overall.gold_found, 6);
  // Target's predictions are targets + victims: "two officers" is no Target -> 1 of 2.
  EXPECT_EQ(a.roles[1].pred, 2);
  EXPECT_EQ(a.roles[1].pred_right, 1);
  EXPECT_EQ(a.roles[3].pred, 2);  // Instrument: rifles, grenades
  EXPECT_EQ(a.attack_places, 1);
  EXPECT_EQ(a.attack_places_found, 1);
  EXPECT_EQ(a.spurious, std::vector<std::string>({"weapon: grenades"}));

  WikiDocScore d = score_wikievents_doc(docs[1], records["die2"]);
  EXPECT_EQ(d.overall.pred, 0);
  EXPECT_EQ(d.overall.gold_found, 0);
  EXPECT_FALSE(d.has_incident);
  EXPECT_EQ(d.missed.size(), 3u);

  WikiDocScore o = score_wikievents_doc(docs[2], records["other3"]);
  EXPECT_EQ(o.overall.pred, 1);  // the protest's "youths" do not count; "militants" does
  EXPECT_EQ(o.overall.pred_right, 0);
}

TEST(WikiEvents, RunReportsCounts) {
  auto records = wiki_records();
  Extractor extract = [&](const std::string& id, const std::string&, const std::string& date) {
    EXPECT_EQ(date, "");
    return records[id];
  };
  Args args;
  args.format = "wikievents";
  args.gold = kData + "wikievents_small.jsonl";
  args.json = true;
  std::ostringstream out, err;
  ASSERT_EQ(run(args, extract, out, err), 0) << err.str();
  json r = json::parse(out.str());
  // Overall: predicted 7 + 0 + 1 = 8, right 6; gold 6 + 3 = 9, found 6.
  EXPECT_EQ(r["arguments"]["pred"], 8);
  EXPECT_EQ(r["arguments"]["pred_right"], 6);
  EXPECT_EQ(r["arguments"]["gold"], 9);
  EXPECT_EQ(r["arguments"]["gold_found"], 6);
  EXPECT_DOUBLE_EQ(r["arguments"]["f1"].get<double>(), 2 * 0.75 * (6.0 / 9) / (0.75 + 6.0 / 9));
  // Per role: Attacker pred 3 right 2, gold 2 found 2; Victim gold 2 found 1; Place gold 2 found 1.
  EXPECT_EQ(r["roles"]["Attacker"]["pred"], 3);
  EXPECT_EQ(r["roles"]["Attacker"]["gold_found"], 2);
  EXPECT_EQ(r["roles"]["Victim"]["gold"], 2);
  EXPECT_EQ(r["roles"]["Victim"]["gold_found"], 1);
  EXPECT_EQ(r["roles"]["Instrument"]["gold"], 2);
  EXPECT_EQ(r["roles"]["Place"]["gold_found"], 1);
  EXPECT_EQ(r["attack_place"]["gold"], 2);
  EXPECT_EQ(r["attack_place"]["found"], 1);
  EXPECT_EQ(r["attack_or_death_documents"]["documents"], 2);
  EXPECT_EQ(r["attack_or_death_documents"]["with_incident"], 1);

  args.json = false;
  args.errors = 1;
  std::ostringstream text;
  ASSERT_EQ(run(args, extract, text, err), 0);
  EXPECT_NE(text.str().find("yield at least one incident: 1/2 (50.00%)"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("die2: 3 missed, 0 spurious\n  missed   Victim: soldiers"), std::string::npos) << text.str();
}

TEST(WikiEvents, MalformedLines) {
  struct Case {
    std::string content;
    std::string error;
  } cases[] = {
      {"{\"doc_id\": \"a\", \"text\": \"t\", \"event_mentions\": []}\n{bad\n", "w:2: invalid JSON"},
      {"{\"text\": \"t\", \"event_mentions\": []}\n", "w:1: expected an object with a string \"doc_id\""},
      {"{\"doc_id\": \"a\", \"text\": \"t\", \"event_mentions\": [{\"event_type\": \"Life.Die.Unspecified\", "
       "\"arguments\": [{\"role\": \"Victim\"}]}]}\n",
       "w:1: an argument without"},
  };
  for (const Case& c : cases) {
    Result<std::vector<WikiDoc>> r = parse_wikievents(c.content, "w");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rfind(c.error, 0), 0u) << r.error();
  }
}

}  // namespace
}  // namespace sitrep::eval
