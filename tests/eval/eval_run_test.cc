// `sitrep eval` end to end through eval::run (src/eval/eval.h) with a stub extractor
// (test-only): usage and input errors, GTT and MUC-4 scoring from files, the report forms.
#include "eval/eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace sitrep::eval {
namespace {

using nlohmann::json;

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";

// Writes `content` to a fresh file under the system's temporary directory.
std::string temp_file(const std::string& name, const std::string& content) {
  static int counter = 0;
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("sitrep_eval_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

struct Outcome {
  int code;
  std::string out, err;
};

Outcome call(const Args& args, const Extractor& extract) {
  std::ostringstream out, err;
  int code = run(args, extract, out, err);
  return {code, out.str(), err.str()};
}

// Test-only extractor: canned records per document id, and a log of what it was given.
struct StubExtractor {
  std::map<std::string, std::vector<json>> records;
  std::vector<std::tuple<std::string, std::string, std::string>> calls;
  Extractor fn() {
    return [this](const std::string& id, const std::string& text, const std::string& date) {
      calls.emplace_back(id, text, date);
      if (id == "THROW") throw std::runtime_error("boom");
      auto it = records.find(id);
      return it == records.end() ? std::vector<json>() : it->second;
    };
  }
};

Args args(std::string format, std::string gold) {
  Args a;
  a.format = std::move(format);
  a.gold = std::move(gold);
  return a;
}

TEST(EvalRun, BadUsageIsExitTwo) {
  StubExtractor stub;
  struct Case {
    Args a;
    const char* message;
  } cases[] = {
      {args("", "g"), "--format is required"},
      {args("muc5", "g"), "unknown --format"},
      {args("gtt", ""), "--gold FILE is required"},
      {args("muc4", "g"), "--format muc4 needs --text"},
      {[] { Args a = args("gtt", "g"); a.text = "t"; return a; }(), "--text is for --format muc4 only"},
      {[] { Args a = args("acled", "g"); a.pred = "p"; return a; }(), "--pred is for --format gtt and muc4 only"},
      {[] { Args a = args("gtt", "g"); a.errors = -1; return a; }(), "--errors"},
  };
  for (const Case& c : cases) {
    Outcome o = call(c.a, stub.fn());
    EXPECT_EQ(o.code, 2) << c.message;
    EXPECT_NE(o.err.find(c.message), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("usage:"), std::string::npos);
  }
  EXPECT_TRUE(stub.calls.empty());
}

TEST(EvalRun, InputProblemsAreExitOneAndNameFileAndLine) {
  StubExtractor stub;
  std::string bad_gtt = temp_file("bad.jsonl", "{\"docid\": \"A-1\", \"templates\": []}\n{oops\n");
  std::string bad_csv = temp_file("bad.csv", "notes,event_date,event_type,sub_event_type,fatalities\n\"open,2022-01-01,a,b,1\n");
  std::string bad_sitrep = temp_file("bad_sitrep.jsonl", "# comment\n{\"id\": \"x\", \"text\": \"t\"}\n");
  std::string bad_wiki = temp_file("bad_wiki.jsonl", "{\"doc_id\": \"x\", \"text\": \"t\"}\n");
  std::string bad_pred = temp_file("bad_pred.json", "[1]");
  struct Case {
    Args a;
    std::string message;
  } cases[] = {
      {args("gtt", bad_gtt), bad_gtt + ":2: invalid JSON"},
      {args("gtt", "/nonexistent/dev.json"), "/nonexistent/dev.json: cannot open file"},
      {args("acled", bad_csv), bad_csv + ":2: quoted field opened here never closes"},
      {args("sitrep", bad_sitrep), bad_sitrep + ":2: missing array \"incidents\""},
      {args("wikievents", bad_wiki), bad_wiki + ":1: missing array \"event_mentions\""},
      {[&] { Args a = args("gtt", kData + "gtt_gold_small.jsonl"); a.pred = bad_pred; return a; }(), bad_pred + ":1: expected a JSON object"},
      {[&] { Args a = args("muc4", kData + "gtt_gold_small.jsonl"); a.text = kData + "muc_msgs_small"; return a; }(),
       kData + "gtt_gold_small.jsonl:1: unknown slot"},
  };
  for (const Case& c : cases) {
    Outcome o = call(c.a, stub.fn());
    EXPECT_EQ(o.code, 1) << c.message;
    EXPECT_NE(o.err.find(c.message), std::string::npos) << o.err;
  }
}

// The hand-made GTT files: counts worked out in tests/eval/data/README.md.
TEST(EvalRun, GttPredictionsFile) {
  Args a = args("gtt", kData + "gtt_gold_small.jsonl");
  a.pred = kData + "gtt_pred_small.json";
  a.json = true;
  Outcome o = call(a, nullptr);
  ASSERT_EQ(o.code, 0) << o.err;
  json r = json::parse(o.out);
  EXPECT_EQ(r["documents"], 5);
  auto counts = [&](const char* role) {
    const json& c = r["roles"][role];
    return std::vector<int>{c["p_num"], c["p_den"], c["r_num"], c["r_den"]};
  };
  EXPECT_EQ(counts("incident_type"), std::vector<int>({3, 5, 3, 5}));
  EXPECT_EQ(counts("PerpInd"), std::vector<int>({1, 1, 1, 2}));
  EXPECT_EQ(counts("PerpOrg"), std::vector<int>({2, 2, 2, 3}));
  EXPECT_EQ(counts("Target"), std::vector<int>({1, 2, 1, 1}));
  EXPECT_EQ(counts("Victim"), std::vector<int>({1, 3, 1, 2}));
  EXPECT_EQ(counts("Weapon"), std::vector<int>({0, 1, 0, 2}));
  EXPECT_EQ(counts("micro_avg"), std::vector<int>({8, 14, 8, 15}));
  EXPECT_DOUBLE_EQ(r["roles"]["micro_avg"]["f1"].get<double>(), 0.5517241379310344);  // eval.py's figure
  EXPECT_EQ(r["lower_bound"], false);
  // TST3-MUC4-0004 has no gold template but a predicted one: not quiet.
  EXPECT_EQ(r["no_template_documents_quiet"]["num"], 0);
  EXPECT_EQ(r["no_template_documents_quiet"]["den"], 1);
  EXPECT_EQ(r["documents_without_predictions"], json::array({"TST3-MUC4-0005"}));
  EXPECT_NE(o.err.find("no predictions"), std::string::npos);

  a.json = false;
  a.errors = 1;
  o = call(a, nullptr);
  ASSERT_EQ(o.code, 0);
  EXPECT_NE(o.out.find("micro_avg       57.14   53.33  55.17       8/14       8/15"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("documents whose gold has no template that yield none: 0/1"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("worst 1 document(s):\n\nTST3-MUC4-0001: 5 wrong or missed"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("pred 1 -> gold 1: bombing | Target: power station | Weapon: bomb / dynamite"), std::string::npos);
}

TEST(EvalRun, GttWithExtraction) {
  StubExtractor stub;
  stub.records["TST3-MUC4-0002"] = {json::parse(R"({"status": "reported", "muc4": {"type": "BOMBING"},
      "perpetrators": [{"text": "the ELN", "name": "National Liberation Army"}]})"),
                                    json::parse(R"({"status": "reported", "muc4": null, "perpetrators": [{"text": "x"}]})")};
  Args a = args("gtt", kData + "gtt_gold_small.jsonl");
  a.json = true;
  Outcome o = call(a, stub.fn());
  ASSERT_EQ(o.code, 0) << o.err;
  ASSERT_EQ(stub.calls.size(), 5u);
  EXPECT_EQ(std::get<1>(stub.calls[1]), "the eln bombed it.");  // doctext, no date
  EXPECT_EQ(std::get<2>(stub.calls[1]), "");
  json r = json::parse(o.out);
  // Only TST3-MUC4-0002 predicts: type 1/1, PerpOrg 1/1; gold has 5 types... see gold file.
  EXPECT_EQ(r["roles"]["incident_type"]["p_num"], 1);
  EXPECT_EQ(r["roles"]["incident_type"]["p_den"], 1);
  EXPECT_EQ(r["roles"]["incident_type"]["r_den"], 5);
  EXPECT_EQ(r["roles"]["PerpOrg"]["r_num"], 1);
}

TEST(EvalRun, Muc4KeysAndMessages) {
  StubExtractor stub;
  stub.records["TST9-MUC4-0001"] = {json::parse(R"({"status": "reported", "muc4": {"type": "ATTACK"},
      "location": {"country": "SV"}, "attackers": [{"text": "URBAN GUERRILLAS"}],
      "perpetrators": [{"text": "FMLN", "country": "SV"}], "targets": [{"text": "THE \"EL TIGRE\" POWER STATION"}],
      "victims": [{"text": "SOLDIER JOSE PEREZ", "name": "JOSE PEREZ"}], "weapons": [{"text": "DYNAMITE"}]})"),
                                    // out of MUC's scope: not scored
                                    json::parse(R"({"status": "background", "muc4": {"type": "BOMBING"}, "location": {"country": "US"}})")};
  Args a = args("muc4", kData + "muc_key_small.v1");
  a.text = kData + "muc_msgs_small";
  a.json = true;
  Outcome o = call(a, stub.fn());
  ASSERT_EQ(o.code, 0) << o.err;
  ASSERT_EQ(stub.calls.size(), 3u);
  EXPECT_EQ(std::get<0>(stub.calls[0]), "TST9-MUC4-0001");
  EXPECT_EQ(std::get<1>(stub.calls[0]).substr(0, 26), "   SAN SALVADOR, 3 JAN 90 ");  // as it is, upper case
  EXPECT_EQ(std::get<2>(stub.calls[0]), "1990-01-03");
  EXPECT_EQ(std::get<2>(stub.calls[2]), "");
  EXPECT_NE(o.err.find("TST9-MUC4-0003 has no answer key"), std::string::npos) << o.err;
  json r = json::parse(o.out);
  // Gold for 0001: attack (PerpInd 1, PerpOrg 1, Target 2, Victim 1, Weapon 1) and
  // "bombing / attack" (PerpOrg 1). The prediction maps onto the attack: every entity right
  // (p 6/6 with the type), gold found: type, PerpInd, PerpOrg, one Target of 2, Victim,
  // Weapon = 6 of 7; the second gold template is missed: type + PerpOrg.
  EXPECT_EQ(r["roles"]["micro_avg"]["p_num"], 6);
  EXPECT_EQ(r["roles"]["micro_avg"]["p_den"], 6);
  EXPECT_EQ(r["roles"]["micro_avg"]["r_num"], 6);
  EXPECT_EQ(r["roles"]["micro_avg"]["r_den"], 9);
  EXPECT_EQ(r["roles"]["Target"]["r_den"], 2);
}

// INCIDENT: LOCATION and INCIDENT: DATE shares: only the first key template of 0001 fills
// them (EL SALVADOR: SAN SALVADOR (CITY), 03 JAN 90).
TEST(EvalRun, Muc4LocationAndDateShares) {
  auto record = [](const char* name, const char* date) {
    json r = json::parse(R"({"status": "reported", "muc4": {"type": "ATTACK"}, "perpetrators": [{"text": "FMLN"}]})");
    r["location"] = {{"country", "SV"}, {"name", name}};
    r["date"] = {{"value", date}};
    return r;
  };
  for (bool right : {true, false}) {
    StubExtractor stub;
    stub.records["TST9-MUC4-0001"] = {right ? record("San Salvador", "1990-01-03") : record("Santa Ana", "1990-01-05")};
    Args a = args("muc4", kData + "muc_key_small.v1");
    a.text = kData + "muc_msgs_small";
    a.json = true;
    Outcome o = call(a, stub.fn());
    ASSERT_EQ(o.code, 0) << o.err;
    json r = json::parse(o.out);
    EXPECT_EQ(r["location"]["aligned"]["den"], 1);
    EXPECT_EQ(r["location"]["aligned"]["num"], right ? 1 : 0);
    EXPECT_EQ(r["location"]["any_record"]["num"], right ? 1 : 0);
    EXPECT_EQ(r["date"]["aligned"]["den"], 1);
    EXPECT_EQ(r["date"]["aligned"]["num"], right ? 1 : 0);
    a.json = false;
    o = call(a, stub.fn());
    EXPECT_NE(o.out.find(right ? "aligned record 1/1 (100.00%)" : "aligned record 0/1 (0.00%)"), std::string::npos)
        << o.out;
  }
}

TEST(EvalRun, ExtractionFailureIsReportedAndScoredAsNothing) {
  StubExtractor stub;
  std::string gold = temp_file("g.jsonl", R"({"docid": "THROW", "doctext": "x", "templates": [{"incident_type": "attack", "PerpInd": []}]})"
                                          "\n");
  Outcome o = call(args("gtt", gold), stub.fn());
  EXPECT_EQ(o.code, 1);
  EXPECT_NE(o.err.find(R"({"doc":"THROW","error":"extraction failed: boom"})"), std::string::npos) << o.err;
  EXPECT_NE(o.out.find("incident_type  0.00  0.00  0.00        0/0        0/1"), std::string::npos) << o.out;
}

TEST(EvalRun, SaysWhenTheScoreIsALowerBound) {
  // 12 gold and 12 predicted templates in one document: more than 10^7 mappings.
  std::string gold_line = R"({"docid": "TST3-MUC4-0001", "doctext": "x", "templates": [)";
  std::string preds = R"({"30001": {"pred_templates": [)";
  for (int i = 0; i < 12; ++i) {
    std::string sep = i ? ", " : "";
    gold_line += sep + R"({"incident_type": "attack", "PerpInd": [[["p)" + std::to_string(i) + R"(", 0]]]})";
    preds += sep + R"({"incident_type": "attack", "PerpInd": [["p)" + std::to_string(i) + R"("]]})";
  }
  Args a = args("gtt", temp_file("g.jsonl", gold_line + "]}\n"));
  a.pred = temp_file("p.json", preds + "]}}");
  Outcome o = call(a, nullptr);
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("LOWER BOUND: 1 document(s) have more than 10000000 template mappings"), std::string::npos) << o.out;
  // The first 6 are searched, the other 6 aligned greedily after them.
  EXPECT_NE(o.out.find("PerpInd        100.00  100.00  100.00      12/12      12/12"), std::string::npos) << o.out;
  a.json = true;
  json r = json::parse(call(a, nullptr).out);
  EXPECT_EQ(r["lower_bound"], true);
  EXPECT_EQ(r["lower_bound_documents"], json::array({"TST3-MUC4-0001"}));
}

}  // namespace
}  // namespace sitrep::eval
