// sitrep's own regression gold (src/eval/sitrep_gold.h): expectations, pairing, pass/fail.
#include "eval/sitrep_gold.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "eval/eval.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";

TEST(SitrepGold, Expectations) {
  json record = json::parse(R"({"kind": "suicide_bombing", "killed": {"value": 6, "vague": false},
      "location": {"country": "AF", "name": "Kabul"}, "perpetrators": [{"name": "Islamic State", "status": "claimed"}],
      "weapons": [], "time": null, "date": {"value": "2022-09-05"}})");
  struct Case {
    const char* path;
    const char* expected;
    bool ok;
  } cases[] = {
      {"kind", R"("suicide_bombing")", true},
      {"kind", R"("shooting")", false},
      {"kind", R"({"any_of": ["shooting", "suicide_bombing"]})", true},
      {"killed", R"({"value": 6})", true},           // a subset of the object
      {"killed", R"({"value": 6.0})", true},         // numbers by value
      {"killed", R"({"value": 5})", false},
      {"killed.value", R"(6)", true},                // dotted path
      {"location", R"({"country": "AF"})", true},
      {"location.country", R"("PK")", false},
      {"perpetrators", R"([{"name": "Islamic State"}])", true},
      {"perpetrators", R"([{"name": "Taliban"}])", false},
      {"perpetrators", R"([])", false},             // [] asks for an empty array
      {"weapons", R"([])", true},
      {"victims", R"([])", true},                   // missing counts as empty
      {"time", R"(null)", true},
      {"injured", R"(null)", true},                 // missing counts as null
      {"kind", R"(null)", false},
      {"date.value", R"({"any_of": ["2022-09-04", "2022-09-05"]})", true},
      {"location", R"({"name": {"any_of": ["Kabul", "Kabol"]}})", true},
  };
  for (const Case& c : cases)
    EXPECT_EQ(expectation_matches(json::parse(c.expected), value_at_path(record, c.path)), c.ok)
        << c.path << " = " << c.expected;
}

// Records per case of tests/eval/data/sitrep_small.jsonl.
std::map<std::string, std::vector<json>> sitrep_records() {
  return {
      {"kabul",
       {json::parse(R"({"status": "background", "kind": "attack", "location": {"country": "AF"}})"),
        json::parse(R"({"status": "reported", "kind": "suicide_bombing", "location": {"country": "AF"},
            "killed": {"value": 5}, "perpetrators": [{"name": "Islamic State"}], "date": {"value": "2022-09-05"}})")}},
      {"quiet", {json::parse(R"({"status": "negated", "kind": "shooting"})")}},
      {"two",
       {json::parse(R"({"status": "reported", "kind": "protest"})"),
        json::parse(R"({"status": "background", "kind": "arson"})"),
        json::parse(R"({"status": "reported", "kind": "shooting"})")}},
  };
}

TEST(SitrepGold, PairsAndPasses) {
  Result<std::string> content = read_text_file(kData + "sitrep_small.jsonl");
  ASSERT_TRUE(content.ok());
  Result<std::vector<SitrepGoldDoc>> docs = parse_sitrep_gold(content.value(), "s");
  ASSERT_TRUE(docs.ok()) << docs.error();
  ASSERT_EQ(docs->size(), 3u);
  EXPECT_EQ(docs.value()[0].date, "2022-09-06");
  EXPECT_EQ(docs.value()[0].line, 2);  // the comment line is skipped
  auto records = sitrep_records();

  SitrepDocScore kabul = score_sitrep_doc(docs.value()[0], records["kabul"]);
  EXPECT_EQ(kabul.paired, std::vector<int>({1}));
  EXPECT_EQ(kabul.failed_fields(), 1);  // killed 5, not 6
  EXPECT_EQ(kabul.extra_records, 0);    // the background record is not printed by `extract`
  EXPECT_FALSE(kabul.pass);

  SitrepDocScore quiet = score_sitrep_doc(docs.value()[1], records["quiet"]);
  EXPECT_TRUE(quiet.pass);

  SitrepDocScore two = score_sitrep_doc(docs.value()[2], records["two"]);
  EXPECT_EQ(two.paired, std::vector<int>({2, 1}));
  EXPECT_EQ(two.extra_records, 1);  // the protest
  EXPECT_TRUE(two.pass);            // "complete": false

  SitrepGoldDoc strict = docs.value()[2];
  strict.complete = true;
  EXPECT_FALSE(score_sitrep_doc(strict, records["two"]).pass);
  EXPECT_FALSE(score_sitrep_doc(docs.value()[1], records["two"]).pass);  // no incident expected
}

TEST(SitrepGold, RunReportsFieldsAndDocuments) {
  auto records = sitrep_records();
  std::vector<std::string> dates;
  Extractor extract = [&](const std::string& id, const std::string&, const std::string& date) {
    dates.push_back(date);
    return records[id];
  };
  Args args;
  args.format = "sitrep";
  args.gold = kData + "sitrep_small.jsonl";
  args.json = true;
  std::ostringstream out, err;
  ASSERT_EQ(run(args, extract, out, err), 0) << err.str();
  EXPECT_EQ(dates, std::vector<std::string>({"2022-09-06", "", ""}));
  json r = json::parse(out.str());
  EXPECT_EQ(r["passed"], 2);
  EXPECT_EQ(r["fields"]["kind"]["right"], 3);
  EXPECT_EQ(r["fields"]["kind"]["total"], 3);
  EXPECT_EQ(r["fields"]["killed"]["right"], 0);
  EXPECT_EQ(r["fields"]["status"]["right"], 1);

  args.json = false;
  args.errors = 5;
  std::ostringstream text;
  ASSERT_EQ(run(args, extract, text, err), 0);
  EXPECT_NE(text.str().find("2/3 (66.67%) documents pass"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("FAIL kabul (1 field(s) wrong, 0 extra record(s))"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("incident 0 (record 1) killed: expected {\"value\":6}, got {\"value\":5}"), std::string::npos)
      << text.str();
}

TEST(SitrepGold, MalformedLines) {
  struct Case {
    std::string content;
    std::string error;
  } cases[] = {
      {"{\"id\": \"a\", \"text\": \"t\", \"incidents\": []}\nnot json\n", "s:2: invalid JSON"},
      {"{\"text\": \"t\", \"incidents\": []}\n", "s:1: missing string \"id\""},
      {"{\"id\": \"a\", \"incidents\": []}\n", "s:1: missing string \"text\""},
      {"{\"id\": \"a\", \"text\": \"t\", \"incidents\": [{}]}\n", "s:1: each expected incident"},
      {"{\"id\": \"a\", \"text\": \"t\", \"date\": 5, \"incidents\": []}\n", "s:1: \"date\" must be"},
      {"{\"id\": \"a\", \"text\": \"t\", \"incidents\": [], \"complete\": \"no\"}\n", "s:1: \"complete\" must be"},
  };
  for (const Case& c : cases) {
    Result<std::vector<SitrepGoldDoc>> r = parse_sitrep_gold(c.content, "s");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rfind(c.error, 0), 0u) << r.error();
  }
}

}  // namespace
}  // namespace sitrep::eval
