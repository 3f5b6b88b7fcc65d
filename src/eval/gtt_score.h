// GTT's template-filling metric (github.com/xinyadu/gtt, eval.py), rule for rule: takes gold
// and predicted templates per document, hands out per-role and micro-averaged counts and
// P/R/F1. Pure arithmetic; the readers of gold and prediction files are in gtt_io.h.
//
// The rules, as eval.py has them:
// - Mentions are compared after gtt_normalize (text_match.h).
// - Per document, every one-to-one mapping of predicted to gold templates (a predicted
//   template may stay unmapped) is scored, and the first one in itertools.product order
//   with the highest document micro F1 wins (strictly greater replaces).
// - A mapped pair counts only when the predicted incident type is a substring of the gold
//   one ("attack" in "attack / bombing"); otherwise both sides count as unmapped. A
//   predicted type that is not a string is read as "attack".
// - In a counted pair: incident_type scores 1/1 for precision and recall; a predicted entity
//   is right when all its mentions are among the mentions of some gold entity of the role;
//   a gold entity is found when some predicted entity is right against it (neither side is
//   one-to-one).
// - Denominators count every predicted and gold entity (and template, for incident_type),
//   mapped or not. P = 0 when its numerator is 0; F1 = 2PR/(P+R).
// - Gold templates that are identical after dropping offsets count once (eval.py's loader
//   does that; gtt_io.h applies it), predicted ones are not deduplicated.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace sitrep::eval {

inline constexpr int kGttRoles = 6;        // incident_type + the five entity roles
inline constexpr int kGttEntityRoles = 5;  // PerpInd, PerpOrg, Target, Victim, Weapon
// eval.py's tag2role order, which is also the order of GttTemplate::entities + 1.
inline constexpr std::array<const char*, kGttRoles> kGttRoleNames = {
    "incident_type", "PerpInd", "PerpOrg", "Target", "Victim", "Weapon"};

// SPEC section 7: a document whose one-to-one template mappings exceed this many is aligned
// on its first predicted templates (as many as keep the count within the limit), each later
// one greedily on the free gold template it gains most against, and the score reported as
// a lower bound. 10^7 mappings are scored in
// well under a second; eval.py itself would build them all as Python dicts.
inline constexpr uint64_t kMaxGttMappings = 10'000'000;

using GttEntity = std::vector<std::string>;  // the mentions of one entity

struct GttTemplate {
  std::string incident_type;
  std::array<std::vector<GttEntity>, kGttEntityRoles> entities;  // [0] = PerpInd ... [4] = Weapon
  bool operator==(const GttTemplate&) const = default;
};

struct GttCounts {
  int64_t p_num = 0, p_den = 0, r_num = 0, r_den = 0;
  GttCounts& operator+=(const GttCounts& o) {
    p_num += o.p_num, p_den += o.p_den, r_num += o.r_num, r_den += o.r_den;
    return *this;
  }
  bool operator==(const GttCounts&) const = default;
};

struct GttTally {
  std::array<GttCounts, kGttRoles> roles;  // kGttRoleNames order
  GttCounts micro() const;
  GttTally& operator+=(const GttTally& o);
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

// eval.py's f1(): 0 when P + R == 0, else 2PR / (P + R), in the same floating-point order.
double gtt_f1(const GttCounts& c);
// P and R as eval.py reports them (0 when the numerator is 0) and gtt_f1.
Prf gtt_prf(const GttCounts& c);

// The one-to-one mappings of `preds` predicted onto `golds` gold templates (each predicted
// template to one gold template or none, no gold template twice): the ones eval.py scores.
// Saturates at cap + 1.
uint64_t count_gtt_mappings(size_t preds, size_t golds, uint64_t cap = kMaxGttMappings);

// eval.py's matching(gold_entity, pred_entity): every predicted mention is a gold mention.
bool gtt_entity_matches(const GttEntity& gold, const GttEntity& pred);

// gtt_normalize on every mention (incident types are left as they are, as eval.py does).
void normalize_gtt_templates(std::vector<GttTemplate>* templates);

struct GttDocScore {
  GttTally tally;
  // Per predicted template, the gold template it was scored against, or -1 (unmapped, or
  // mapped with a type that is not a substring of the gold type).
  std::vector<int> mapping;
  uint64_t mappings = 0;     // the document's one-to-one mappings (saturated at limit + 1)
  bool lower_bound = false;  // true when the limit cut the search
  size_t searched_predictions = 0;  // predicted templates that took part in the search
};

// Scores one document. Templates must already be normalised (normalize_gtt_templates).
GttDocScore score_gtt_document(const std::vector<GttTemplate>& pred,
                               const std::vector<GttTemplate>& gold,
                               uint64_t max_mappings = kMaxGttMappings);

struct GttDocument {
  std::string id;
  std::vector<GttTemplate> gold, pred;  // as read (not normalised)
};

struct GttCorpusScore {
  GttTally total;
  std::vector<GttDocScore> docs;  // parallel to the input documents
  int lower_bound_docs = 0;
};

// Normalises copies of each document's templates and sums the per-document best alignments.
GttCorpusScore score_gtt_corpus(const std::vector<GttDocument>& docs,
                                uint64_t max_mappings = kMaxGttMappings);

}  // namespace sitrep::eval
