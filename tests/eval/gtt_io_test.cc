// GTT's gold and prediction files (src/eval/gtt_io.h), read as eval.py reads them.
#include "eval/gtt_io.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";

TEST(GttGold, ReadsTheHandMadeFile) {
  Result<std::string> content = read_text_file(kData + "gtt_gold_small.jsonl");
  ASSERT_TRUE(content.ok()) << content.error();
  Result<GttGoldFile> gold = parse_gtt_gold(content.value(), "gold");
  ASSERT_TRUE(gold.ok()) << gold.error();
  ASSERT_EQ(gold->docs.size(), 5u);  // the blank line is skipped
  EXPECT_EQ(gold->docs[0].docid, "TST3-MUC4-0001");
  EXPECT_EQ(gold->docs[0].templates.size(), 2u);
  EXPECT_EQ(gold->docs[0].templates[0].entities[0], std::vector<GttEntity>({{"guerrillas", "guerrilla column"}}));
  EXPECT_EQ(gold->docs[3].templates.size(), 0u);
  // Doc 5: the empty entity goes, and the second template (same mention, other offset) is
  // a repeat of the first.
  ASSERT_EQ(gold->docs[4].templates.size(), 1u);
  EXPECT_EQ(gold->docs[4].templates[0].entities[0], std::vector<GttEntity>({{"soldiers"}}));
  EXPECT_EQ(gold->docs[4].line, 6);
}

TEST(GttGold, RepeatsNeedTheSameKeyOrder) {
  // eval.py compares OrderedDicts: the same roles in another order are another template.
  const char* line =
      R"({"docid": "D-1", "templates": [{"incident_type": "attack", "PerpInd": [], "Weapon": []},)"
      R"( {"incident_type": "attack", "Weapon": [], "PerpInd": []}, {"incident_type": "attack", "PerpInd": [], "Weapon": []}]})";
  Result<GttGoldFile> gold = parse_gtt_gold(line, "g");
  ASSERT_TRUE(gold.ok()) << gold.error();
  EXPECT_EQ(gold->docs[0].templates.size(), 2u);
}

TEST(GttGold, MalformedFilesNameTheLine) {
  struct Case {
    std::string content;
    std::string expected;
  } cases[] = {
      {"{\"docid\": \"A-1\", \"templates\": []}\n{\"docid\": \"A-2\", \"templates\": [}\n", "g:2: invalid JSON"},
      {"\n\n[1, 2]\n", "g:3: expected a JSON object"},
      {"{\"templates\": []}\n", "g:1: missing string \"docid\""},
      {"{\"docid\": \"A\"}\n", "g:1: missing array \"templates\""},
      {"{\"docid\": \"A\", \"templates\": [{\"PerpInd\": []}]}\n", "g:1: a template has no incident_type"},
      {"{\"docid\": \"A\", \"templates\": [{\"incident_type\": null}]}\n", "g:1: incident_type is not a string"},
      {"{\"docid\": \"A\", \"templates\": [{\"incident_type\": \"attack\", \"PerpInd\": [[[3, 4]]]}]}\n",
       "g:1: a mention of \"PerpInd\""},
      {"{\"docid\": \"A\", \"templates\": [{\"incident_type\": \"attack\", \"PerpInd\": \"x\"}]}\n",
       "g:1: role \"PerpInd\" is not an array"},
  };
  for (const Case& c : cases) {
    Result<GttGoldFile> r = parse_gtt_gold(c.content, "g");
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_EQ(r.error().rfind(c.expected, 0), 0u) << r.error();
  }
}

TEST(GttDocid, EvalPysNumericKey) {
  struct Case {
    const char* id;
    const char* numeric;
  } cases[] = {
      {"TST3-MUC4-0001", "30001"}, {"TST4-MUC4-0100", "40100"}, {"TST1-MUC3-0099", "10099"},
      {"DEV-MUC3-0001", ""},  // eval.py's int() would fail on "V"
      {"30001", ""},          {"A1-2", "10002"},
  };
  for (const Case& c : cases) EXPECT_EQ(gtt_numeric_docid(c.id), c.numeric) << c.id;
}

TEST(GttPredictions, ReadsGttsOutputFormat) {
  const char* content = R"({
    "30001": {"doctext": "x", "pred_templates": [
      {"incident_type": null, "PerpInd": [["a", "b"], "c", []], "Extra": 1},
      {"incident_type": "bombing", "Weapon": [["bomb"]]}
    ], "gold_templates": []},
    "TST4-MUC4-0002": {"pred_templates": []}
  })";
  Result<GttPredFile> preds = parse_gtt_predictions(content, "p");
  ASSERT_TRUE(preds.ok()) << preds.error();
  ASSERT_EQ(preds->docs.size(), 2u);
  const auto& t = preds->docs.at("30001");
  EXPECT_EQ(t[0].incident_type, "attack");  // not a string -> "attack"
  EXPECT_EQ(t[0].entities[0], std::vector<GttEntity>({{"a", "b"}, {"c"}, {}}));
  EXPECT_TRUE(t[0].entities[1].empty());  // missing role = empty
  EXPECT_EQ(t[1].incident_type, "bombing");
  EXPECT_EQ(preds->warnings.size(), 1u);  // "Extra"
  EXPECT_NE(find_gtt_predictions(preds.value(), "TST3-MUC4-0001"), nullptr);  // by numeric id
  EXPECT_NE(find_gtt_predictions(preds.value(), "TST4-MUC4-0002"), nullptr);  // by its own id
  EXPECT_EQ(find_gtt_predictions(preds.value(), "TST3-MUC4-0002"), nullptr);
}

TEST(GttPredictions, MalformedFiles) {
  struct Case {
    std::string content;
    std::string expected;
  } cases[] = {
      {"{\n  \"1\": {\"pred_templates\": []},\n  \"2\": {\"pred_templates\": [}\n}", "p:3: invalid JSON"},
      {"[]", "p:1: expected a JSON object"},
      {"{\"30001\": {\"templates\": []}}", "document \"30001\": expected an object with an array \"pred_templates\""},
      {"{\"30001\": {\"pred_templates\": [{\"PerpInd\": [[1]]}]}}", "document \"30001\": a mention of \"PerpInd\""},
  };
  for (const Case& c : cases) {
    Result<GttPredFile> r = parse_gtt_predictions(c.content, "p");
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_NE(r.error().find(c.expected), std::string::npos) << r.error();
  }
}

TEST(GttDescribe, OneLinePerTemplate) {
  GttTemplate t;
  t.incident_type = "attack";
  t.entities[0] = {{"guerrillas", "guerrilla column"}, {"urng"}};
  t.entities[3] = {{"cerezo"}};
  EXPECT_EQ(describe_gtt_template(t), "attack | PerpInd: guerrillas / guerrilla column; urng | Victim: cerezo");
}

}  // namespace
}  // namespace sitrep::eval
