// MUC-3/4 answer keys and message files -> GTT gold templates (src/eval/muc4_key.h): a
// hand-made key, malformed keys, and the real TST1/TST2 keys against GTT's dev.json.
#include "eval/muc4_key.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "eval/gtt_io.h"

namespace sitrep::eval {
namespace {

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";
const std::string kDev = SITREP_SOURCE_DIR "/../shared/data/dev/muc4/";

std::string slurp(const std::string& path) {
  Result<std::string> r = read_text_file(path);
  EXPECT_TRUE(r.ok()) << r.error();
  return r.ok() ? r.value() : "";
}

// A key line: slot label in the first 36 columns, as the MUC files have it.
std::string slot(const std::string& label, const std::string& value) {
  std::string line = label;
  line.resize(36, ' ');
  return line + value + "\n";
}

GttEntity E(std::initializer_list<const char*> mentions) { return GttEntity(mentions.begin(), mentions.end()); }

TEST(MucKeys, ParsesTheHandMadeKey) {
  Result<MucKeyFile> keys = parse_muc_keys(slurp(kData + "muc_key_small.v1"), "muc_key_small.v1");
  ASSERT_TRUE(keys.ok()) << keys.error();
  ASSERT_EQ(keys->templates.size(), 3u);
  const MucKeyTemplate& t = keys->templates[0];
  EXPECT_EQ(t.message_id, "TST9-MUC4-0001");
  EXPECT_EQ(t.incident_type, "attack");
  EXPECT_EQ(t.line, 2);
  // PerpInd: two fills (the continuation line is a second entity), "?" kept.
  ASSERT_EQ(t.fills[0].size(), 2u);
  EXPECT_EQ(t.fills[0][0], std::vector<std::string>({"TERRORISTS"}));
  EXPECT_EQ(t.fills[0][1], std::vector<std::string>({"GUERRILLAS", "URBAN GUERRILLAS"}));
  // Escaped quotes decoded.
  EXPECT_EQ(t.fills[2][0], std::vector<std::string>({"\"EL TIGRE\" POWER STATION", "POWER STATION"}));
  EXPECT_EQ(t.fills[3][0], std::vector<std::string>({"JOSE PEREZ"}));  // HUM TGT: NAME only
  EXPECT_EQ(t.fills[4][0], std::vector<std::string>({"DYNAMITE"}));
  const MucKeyTemplate& t2 = keys->templates[1];
  EXPECT_TRUE(t2.optional);
  EXPECT_EQ(t2.incident_type, "bombing / attack");
  EXPECT_EQ(t2.fills[1][0], std::vector<std::string>({"FMLN"}));  // quotes added, with a warning
  EXPECT_TRUE(t2.fills[0].empty() && t2.fills[4].empty());      // "-" and "*"
  EXPECT_EQ(keys->templates[2].message_id, "TST9-MUC4-0002");    // "(NOSC)" removed
  EXPECT_EQ(keys->templates[2].incident_type, "*");
  EXPECT_EQ(keys->warnings.size(), 1u);
}

TEST(MucKeys, ConvertsToGttTemplatesAsGttsScriptsDo) {
  Result<MucKeyFile> keys = parse_muc_keys(slurp(kData + "muc_key_small.v1"), "k");
  Result<std::vector<MucMessage>> msgs = parse_muc_messages(slurp(kData + "muc_msgs_small"), "m");
  ASSERT_TRUE(keys.ok() && msgs.ok());
  ASSERT_EQ(msgs->size(), 3u);
  const MucMessage& m = msgs.value()[0];
  EXPECT_EQ(m.gtt_text,
            "urban guerrillas of the farabundo marti national liberation front (fmln) attacked the \"el tigre\" "
            "power station with dynamite.    soldier jose perez was killed.");
  std::vector<GttTemplate> gold = muc_gtt_templates({&keys->templates[0], &keys->templates[1]}, m.gtt_text);
  ASSERT_EQ(gold.size(), 2u);
  // "TERRORISTS" is not in the text: the entity goes. Mentions by first occurrence.
  EXPECT_EQ(gold[0].entities[0], std::vector<GttEntity>({E({"urban guerrillas", "guerrillas"})}));
  EXPECT_EQ(gold[0].entities[1], std::vector<GttEntity>({E({"farabundo marti national liberation front", "fmln"})}));
  // Entities by their first mention: "urban" (offset 0) before the power station.
  EXPECT_EQ(gold[0].entities[2],
            std::vector<GttEntity>({E({"urban"}), E({"\"el tigre\" power station", "power station"})}));
  EXPECT_EQ(gold[0].entities[3], std::vector<GttEntity>({E({"jose perez"})}));
  EXPECT_EQ(gold[0].entities[4], std::vector<GttEntity>({E({"dynamite"})}));
  EXPECT_EQ(gold[1].incident_type, "bombing / attack");
  // The irrelevant message's "*" template yields nothing.
  EXPECT_TRUE(muc_gtt_templates({&keys->templates[2]}, msgs.value()[1].gtt_text).empty());
}

TEST(MucKeys, IdenticalTemplatesCountOnce) {
  MucKeyTemplate a;
  a.message_id = "X";
  a.incident_type = "attack";
  a.fills[0] = {{"GUERRILLAS"}};
  MucKeyTemplate b = a;
  b.fills[0] = {{"GUERRILLAS"}, {"ABSENT"}};  // identical once the absent mention is dropped
  EXPECT_EQ(muc_gtt_templates({&a, &b}, "the guerrillas").size(), 1u);
}

TEST(MucMessages, SplitsHeadersAndReadsDatelines) {
  Result<std::vector<MucMessage>> msgs = parse_muc_messages(slurp(kData + "muc_msgs_small"), "m");
  ASSERT_TRUE(msgs.ok()) << msgs.error();
  EXPECT_EQ(msgs.value()[0].id, "TST9-MUC4-0001");
  EXPECT_EQ(msgs.value()[0].date_iso, "1990-01-03");
  EXPECT_EQ(msgs.value()[0].line, 1);
  EXPECT_EQ(msgs.value()[0].text.substr(0, 30), "   SAN SALVADOR, 3 JAN 90 (RAD");  // as it is
  EXPECT_EQ(msgs.value()[1].id, "TST9-MUC4-0002");
  EXPECT_EQ(msgs.value()[1].date_iso, "1990-02-12");
  EXPECT_EQ(msgs.value()[1].gtt_text, "the economy grew.");  // "[REPORT] [TEXT]" removed
  EXPECT_EQ(msgs.value()[2].date_iso, "");
}

TEST(MucMessages, DatelineDates) {
  struct Case {
    const char* body;
    const char* date;
  } cases[] = {
      {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] X", "1990-01-03"},
      {"   BOGOTA, 30 AUG 89 (INRAVISION TELEVISION CADENA 2) -- [TEXT] X", "1989-08-30"},
      {"LIMA, 31 DEC 1991 -- X", "1991-12-31"},
      {"LIMA, 32 DEC 91 -- X", ""},      // no such day
      {"THE TEXT -- WITHOUT A DATE", ""},
      {"NO DASHES AT ALL 3 JAN 90", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(muc_dateline_date(c.body), c.date) << c.body;
}

TEST(MucMessages, GttText) {
  struct Case {
    const char* body;
    const char* text;
  } cases[] = {
      {"\n   CITY, 1 JAN 90 (X) -- [TEXT] A\nB.\n\n   C [D] E.\n\n", "a b.    c (d) e."},
      {"CITY (X) -- [NEWS CONFERENCE\nWITH Y] [TEXT]\n[CONTINUED] HOW ABOUT", "how about"},
      {"NO DATELINE [X] HERE", "no dateline (x) here"},
  };
  for (const Case& c : cases) EXPECT_EQ(gtt_message_text(c.body), c.text) << c.body;
}

TEST(MucKeys, MalformedKeysNameTheLine) {
  struct Case {
    std::string content;
    std::string expected;  // a piece of the message
  } cases[] = {
      {slot("0.  MESSAGE: ID", "TST1-MUC3-0001") + slot("4.  INCIDENT: TIPE", "ATTACK"), "k:2: unknown slot"},
      // A block's indent is stripped (proc_keys.py's chunk.strip()), so a fill alone is read as a slot name.
      {"\n                                    \"ORPHAN\"\n", "k:2: unknown slot \"\"ORPHAN\"\""},
      {slot("0.  MESSAGE: ID", "TST1-MUC3-0001") + slot("1.  MESSAGE: TEMPLATE", "ONE"), "k:2: MESSAGE: TEMPLATE"},
      {slot("0.  MESSAGE: ID", "TST1-MUC3-0001") + slot("9.  PERP: INDIVIDUAL ID", "\"A\""),
       "k:1: template without INCIDENT: TYPE"},
      {slot("4.  INCIDENT: TYPE", "ATTACK"), "k:1: template without MESSAGE: ID"},
      {slot("0.  MESSAGE: ID", "X") + slot("4.  INCIDENT: TYPE", "ATTACK") +
           slot("9.  PERP: INDIVIDUAL ID", "\"GUERRILLAS\": \"FMLN\""),
       "k:3: cross-reference"},
  };
  for (const Case& c : cases) {
    Result<MucKeyFile> r = parse_muc_keys(c.content, "k");
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_NE(r.error().find(c.expected), std::string::npos) << r.error();
  }
  EXPECT_FALSE(parse_muc_messages("no header here\n", "m").ok());
  EXPECT_NE(parse_muc_messages("stray\nTST1-MUC3-0001\n", "m").error().find("m:1:"), std::string::npos);
}

// GTT's dev.json is GTT's conversion of key-tst1.v7 + key-tst2.v4: ours must agree.
TEST(MucKeysOnRealData, Tst1AndTst2KeysGiveDevJson) {
  ASSERT_TRUE(std::filesystem::exists(kDev + "dev.json")) << "shared data missing: " << kDev;
  Result<GttGoldFile> dev = parse_gtt_gold(slurp(kDev + "dev.json"), "dev.json");
  ASSERT_TRUE(dev.ok()) << dev.error();
  std::map<std::string, const GttGoldDoc*> dev_by_id;
  for (const GttGoldDoc& d : dev->docs) dev_by_id[d.docid] = &d;
  ASSERT_EQ(dev_by_id.size(), 200u);

  size_t docs = 0, templates = 0, same_docs = 0, same_text = 0;
  for (auto [key_file, text_file] : {std::pair{"key-tst1.v7", "tst1-muc3"}, {"key-tst2.v4", "tst2-muc4"}}) {
    Result<MucKeyFile> keys = parse_muc_keys(slurp(kDev + key_file), key_file);
    ASSERT_TRUE(keys.ok()) << keys.error();
    Result<std::vector<MucMessage>> msgs = parse_muc_messages(slurp(kDev + text_file), text_file);
    ASSERT_TRUE(msgs.ok()) << msgs.error();
    EXPECT_EQ(msgs->size(), 100u);
    std::map<std::string, std::vector<const MucKeyTemplate*>> by_id;
    for (const auto& t : keys->templates) by_id[t.message_id].push_back(&t);
    for (const MucMessage& m : msgs.value()) {
      ++docs;
      ASSERT_TRUE(dev_by_id.count(m.id)) << m.id;
      const GttGoldDoc& d = *dev_by_id[m.id];
      same_text += m.gtt_text == d.text;
      std::vector<GttTemplate> ours = muc_gtt_templates(by_id[m.id], m.gtt_text);
      templates += ours.size();
      same_docs += ours == d.templates;
      EXPECT_EQ(ours, d.templates) << m.id;
    }
  }
  EXPECT_EQ(docs, 200u);
  EXPECT_EQ(same_text, 200u);
  EXPECT_EQ(same_docs, 200u);
  EXPECT_EQ(templates, 181u);  // dev.json's 191 templates, 10 of them repeats that eval.py counts once
}

// The TST2 half alone: 100 messages, and key-tst2.v4's relevant templates are dev.json's
// TST2 templates one for one (106, before eval.py drops repeats).
TEST(MucKeysOnRealData, Tst2TemplateCounts) {
  Result<MucKeyFile> keys = parse_muc_keys(slurp(kDev + "key-tst2.v4"), "key-tst2.v4");
  ASSERT_TRUE(keys.ok()) << keys.error();
  std::map<std::string, int> relevant;
  for (const auto& t : keys->templates) relevant[t.message_id] += t.incident_type != "*";
  EXPECT_EQ(relevant.size(), 100u);
  std::map<std::string, int> dev_templates;
  std::string dev = slurp(kDev + "dev.json");
  size_t pos = 0;
  while (pos < dev.size()) {
    size_t end = dev.find('\n', pos);
    if (end == std::string::npos) end = dev.size();
    nlohmann::json doc = nlohmann::json::parse(dev.substr(pos, end - pos));
    pos = end + 1;
    std::string id = doc["docid"].get<std::string>();
    if (id.rfind("TST2", 0) == 0) dev_templates[id] = static_cast<int>(doc["templates"].size());
  }
  EXPECT_EQ(dev_templates, relevant);
  int total = 0;
  for (const auto& [id, n] : relevant) total += n;
  EXPECT_EQ(total, 106);
}

// INCIDENT: DATE and INCIDENT: LOCATION fills (task documentation 7.3, 7.4).
TEST(MucSlots, DateRanges) {
  using Ranges = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(muc_date_ranges("21 JAN 89"), (Ranges{{"1989-01-21", "1989-01-21"}}));
  EXPECT_EQ(muc_date_ranges("15 JAN 89 - 21 JAN 89"), (Ranges{{"1989-01-15", "1989-01-21"}}));
  EXPECT_EQ(muc_date_ranges("- 04 MAR 90"), (Ranges{{"1990-02-26", "1990-03-04"}}));
  EXPECT_EQ(muc_date_ranges("(- 29 MAR 89) / (28 MAR 89 - 29 MAR 89)"),
            (Ranges{{"1989-03-23", "1989-03-29"}, {"1989-03-28", "1989-03-29"}}));
  EXPECT_EQ(muc_date_ranges("03 MARCH 90"), (Ranges{{"1990-03-03", "1990-03-03"}}));
  EXPECT_TRUE(muc_date_ranges("*").empty());
  EXPECT_TRUE(muc_date_ranges("-").empty());
  Ranges r = muc_date_ranges("- 04 MAR 90");
  EXPECT_TRUE(muc_date_matches(r, "1990-03-01"));
  EXPECT_FALSE(muc_date_matches(r, "1990-03-05"));
  EXPECT_FALSE(muc_date_matches(r, ""));
}

TEST(MucSlots, Locations) {
  std::vector<MucLocation> l = muc_locations("EL SALVADOR: SAN SALVADOR (CITY): ESCALON (NEIGHBORHOOD)");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].country, "EL SALVADOR");
  EXPECT_EQ(l[0].city, "SAN SALVADOR");
  l = muc_locations("(EL SALVADOR: ZARAGOZA (TOWN)) / (EL SALVADOR: SAN SALVADOR (CITY))");
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].city, "ZARAGOZA");
  EXPECT_EQ(l[1].city, "SAN SALVADOR");
  l = muc_locations("? COLOMBIA: ANTIOQUIA (DEPARTMENT)");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].country, "COLOMBIA");
  EXPECT_EQ(l[0].city, "");
  EXPECT_TRUE(muc_locations("*").empty());
  EXPECT_EQ(muc_country_iso("EL SALVADOR"), "SV");
  EXPECT_EQ(muc_country_iso("ATLANTIS"), "");
  nlohmann::json rec = nlohmann::json::parse(R"({"location": {"name": "Bogotá", "country": "CO"}})");
  EXPECT_TRUE(muc_location_matches({"COLOMBIA", "BOGOTA"}, rec));
  EXPECT_TRUE(muc_location_matches({"COLOMBIA", ""}, rec));
  EXPECT_FALSE(muc_location_matches({"COLOMBIA", "MEDELLIN"}, rec));
  EXPECT_FALSE(muc_location_matches({"PERU", ""}, rec));
  EXPECT_FALSE(muc_location_matches({"PERU", ""}, nlohmann::json::parse(R"({"location": null})")));
}

TEST(MucSlots, KeyKeepsDateAndLocation) {
  std::string key = slot("0.  MESSAGE: ID", "TST9-MUC4-0001") + slot("1.  MESSAGE: TEMPLATE", "1") +
                    slot("2.  INCIDENT: DATE", "- 04 MAR 90") +
                    slot("3.  INCIDENT: LOCATION", "PERU: LIMA (CITY)") + slot("4.  INCIDENT: TYPE", "BOMBING");
  Result<MucKeyFile> keys = parse_muc_keys(key, "k");
  ASSERT_TRUE(keys.ok()) << keys.error();
  ASSERT_EQ(keys->templates.size(), 1u);
  EXPECT_EQ(keys->templates[0].date_fill, "- 04 MAR 90");
  EXPECT_EQ(keys->templates[0].location_fill, "PERU: LIMA (CITY)");
}

}  // namespace
}  // namespace sitrep::eval
