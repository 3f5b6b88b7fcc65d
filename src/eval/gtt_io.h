// GTT's files: the processed gold JSON Lines (dev.json, test.json: {"docid", "doctext",
// "templates"}) and GTT's predictions output ({docid: {"pred_templates": [...]}}), read
// into GttTemplate lists the way eval.py's __main__ reads them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eval/gtt_score.h"
#include "eval/result.h"

namespace sitrep::eval {

struct GttGoldDoc {
  std::string docid;
  std::string text;                     // "doctext" (GTT lower-cased it)
  std::vector<GttTemplate> templates;   // mentions only, empty entities dropped, duplicates removed
  int line = 0;
};

struct GttGoldFile {
  std::vector<GttGoldDoc> docs;  // file order; a repeated docid keeps its first place, last content
  std::vector<std::string> warnings;
};

// eval.py's gold loader: each entity's mentions are the first items of its [mention, offset]
// pairs (a bare string is taken as a mention too); entities without mentions are dropped;
// a template equal to an earlier one of the document (same keys in the same order, same
// mentions) is dropped. Errors name the file and line.
Result<GttGoldFile> parse_gtt_gold(std::string_view content, std::string_view filename);

// eval.py's document key: "TST3-MUC4-0012" -> "30012" (the digit ending the first part
// times 10000 plus the number ending the id); "" when the id has no such form.
std::string gtt_numeric_docid(std::string_view docid);

struct GttPredFile {
  std::map<std::string, std::vector<GttTemplate>> docs;
  std::vector<std::string> warnings;
};

// GTT's output format. A predicted incident_type that is not a string becomes "attack"
// (eval.py's rule); a missing role is an empty role; an entity given as one string is a
// one-mention entity; keys that are not GTT roles are ignored with a warning (eval.py would
// stop on them).
Result<GttPredFile> parse_gtt_predictions(std::string_view content, std::string_view filename);

// A gold document's predictions, found by its id or by eval.py's numeric id; nullptr if none.
const std::vector<GttTemplate>* find_gtt_predictions(const GttPredFile& preds, std::string_view docid);

// One template as one line for people: "attack | PerpInd: guerrillas / guerrilla column; ...".
std::string describe_gtt_template(const GttTemplate& t);

}  // namespace sitrep::eval
