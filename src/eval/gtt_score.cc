// GTT's per-document template alignment and micro P/R/F1, computed from pair gains: the
// denominators of a document do not depend on the mapping, so a mapping's counts are the
// sum of what its counted pairs add to the numerators.
#include "eval/gtt_score.h"

#include <algorithm>

#include "eval/text_match.h"

namespace sitrep::eval {

GttCounts GttTally::micro() const {
  GttCounts m;
  for (const GttCounts& c : roles) m += c;
  return m;
}

GttTally& GttTally::operator+=(const GttTally& o) {
  for (int r = 0; r < kGttRoles; ++r) roles[r] += o.roles[r];
  return *this;
}

double gtt_f1(const GttCounts& c) {
  double p = c.p_den == 0 ? 0.0 : static_cast<double>(c.p_num) / static_cast<double>(c.p_den);
  double r = c.r_den == 0 ? 0.0 : static_cast<double>(c.r_num) / static_cast<double>(c.r_den);
  if (p + r == 0) return 0.0;
  // eval.py: (1 + beta * beta) * p * r / (beta * beta * p + r) with beta = 1.
  return 2.0 * p * r / (p + r);
}

Prf gtt_prf(const GttCounts& c) {
  Prf out;
  out.precision = c.p_num == 0 ? 0.0 : static_cast<double>(c.p_num) / static_cast<double>(c.p_den);
  out.recall = c.r_num == 0 ? 0.0 : static_cast<double>(c.r_num) / static_cast<double>(c.r_den);
  out.f1 = gtt_f1(c);
  return out;
}

uint64_t count_gtt_mappings(size_t preds, size_t golds, uint64_t cap) {
  // sum over j of C(preds, j) * golds! / (golds - j)!: choose which j predicted templates
  // are mapped, then an ordered choice of j distinct gold templates. Doubles are exact for
  // every value up to the cap; beyond it we only need to know that the cap is passed.
  const double limit = static_cast<double>(cap);
  double total = 0, choose = 1, arrange = 1;
  for (size_t j = 0; j <= std::min(preds, golds); ++j) {
    if (j > 0) {
      choose = choose * static_cast<double>(preds - j + 1) / static_cast<double>(j);
      arrange *= static_cast<double>(golds - j + 1);
    }
    total += choose * arrange;
    if (total > limit) return cap + 1;
  }
  return static_cast<uint64_t>(total);
}

bool gtt_entity_matches(const GttEntity& gold, const GttEntity& pred) {
  for (const std::string& m : pred)
    if (std::find(gold.begin(), gold.end(), m) == gold.end()) return false;
  return true;
}

void normalize_gtt_templates(std::vector<GttTemplate>* templates) {
  for (GttTemplate& t : *templates)
    for (auto& role : t.entities)
      for (GttEntity& entity : role)
        for (std::string& mention : entity) mention = gtt_normalize(mention);
}

namespace {

// What mapping predicted template i onto gold template j adds to the numerators.
struct PairGain {
  bool counted = false;  // the predicted type is a substring of the gold type
  std::array<int, kGttRoles> p_num{}, r_num{};
  int p_total = 0, r_total = 0;
};

PairGain pair_gain(const GttTemplate& pred, const GttTemplate& gold) {
  PairGain g;
  g.counted = gold.incident_type.find(pred.incident_type) != std::string::npos;
  if (!g.counted) return g;
  g.p_num[0] = g.r_num[0] = 1;
  for (int r = 0; r < kGttEntityRoles; ++r) {
    const auto& pe = pred.entities[r];
    const auto& ge = gold.entities[r];
    for (const GttEntity& p : pe)
      if (std::any_of(ge.begin(), ge.end(), [&](const GttEntity& gg) { return gtt_entity_matches(gg, p); }))
        ++g.p_num[r + 1];
    for (const GttEntity& gg : ge)
      if (std::any_of(pe.begin(), pe.end(), [&](const GttEntity& p) { return gtt_entity_matches(gg, p); }))
        ++g.r_num[r + 1];
  }
  for (int r = 0; r < kGttRoles; ++r) g.p_total += g.p_num[r], g.r_total += g.r_num[r];
  return g;
}

// Depth-first walk over mappings in itertools.product order (predicted template 0 varies
// slowest; gold 0, 1, ..., then unmapped), keeping the first mapping with the highest F1.
// Subtrees whose optimistic F1 is below the best so far are skipped: they cannot hold a
// mapping that eval.py would pick, so the result is unchanged.
class Aligner {
 public:
  Aligner(const std::vector<std::vector<PairGain>>& gains, size_t searched, size_t golds,
          GttCounts denominators)
      : gains_(gains), searched_(searched), used_(golds, false), golds_left_(golds), current_(searched, -1),
        den_(denominators) {
    // Optimistic numerators still reachable from predicted template i onwards.
    p_rest_.assign(searched + 1, 0);
    r_rest_.assign(searched + 1, 0);
    for (size_t i = searched; i-- > 0;) {
      int bp = 0, br = 0;
      for (const PairGain& g : gains_[i]) bp = std::max(bp, g.p_total), br = std::max(br, g.r_total);
      p_rest_[i] = p_rest_[i + 1] + bp;
      r_rest_[i] = r_rest_[i + 1] + br;
    }
  }

  std::vector<int> best_mapping() {
    walk(0, 0, 0);
    return best_;
  }

 private:
  double f1_of(int64_t p_num, int64_t r_num) const {
    GttCounts c = den_;
    c.p_num = p_num, c.r_num = r_num;
    return gtt_f1(c);
  }

  void walk(size_t i, int64_t p_num, int64_t r_num) {
    // A leaf also when no gold template is left or no later pair can count: every mapping
    // below has these counts, so the walk stops at the first (the rest left unmapped).
    if (i == searched_ || golds_left_ == 0 || (p_rest_[i] == 0 && r_rest_[i] == 0)) {
      double f = f1_of(p_num, r_num);
      if (f > best_f1_) best_f1_ = f, best_ = current_;
      return;
    }
    // 1e-12 of slack keeps floating-point rounding from pruning a tie.
    if (best_f1_ >= 0 && f1_of(p_num + p_rest_[i], r_num + r_rest_[i]) + 1e-12 < best_f1_) return;
    for (size_t j = 0; j < used_.size(); ++j) {
      if (used_[j]) continue;
      used_[j] = true;
      --golds_left_;
      current_[i] = static_cast<int>(j);
      const PairGain& g = gains_[i][j];
      walk(i + 1, p_num + (g.counted ? g.p_total : 0), r_num + (g.counted ? g.r_total : 0));
      used_[j] = false;
      ++golds_left_;
    }
    current_[i] = -1;
    walk(i + 1, p_num, r_num);
  }

  const std::vector<std::vector<PairGain>>& gains_;
  size_t searched_;
  std::vector<bool> used_;
  size_t golds_left_;
  std::vector<int> current_, best_;
  std::vector<int64_t> p_rest_, r_rest_;
  GttCounts den_;
  double best_f1_ = -1;
};

}  // namespace

GttDocScore score_gtt_document(const std::vector<GttTemplate>& pred,
                               const std::vector<GttTemplate>& gold, uint64_t max_mappings) {
  GttDocScore out;
  // Denominators: every template and entity on each side, whatever the mapping.
  for (const GttTemplate& t : pred) {
    out.tally.roles[0].p_den += 1;
    for (int r = 0; r < kGttEntityRoles; ++r) out.tally.roles[r + 1].p_den += static_cast<int64_t>(t.entities[r].size());
  }
  for (const GttTemplate& t : gold) {
    out.tally.roles[0].r_den += 1;
    for (int r = 0; r < kGttEntityRoles; ++r) out.tally.roles[r + 1].r_den += static_cast<int64_t>(t.entities[r].size());
  }

  out.mappings = count_gtt_mappings(pred.size(), gold.size(), max_mappings);
  size_t searched = pred.size();
  if (out.mappings > max_mappings) {
    out.lower_bound = true;
    while (searched > 0 && count_gtt_mappings(searched, gold.size(), max_mappings) > max_mappings) --searched;
  }
  out.searched_predictions = searched;

  std::vector<std::vector<PairGain>> gains(searched);
  for (size_t i = 0; i < searched; ++i)
    for (const GttTemplate& g : gold) gains[i].push_back(pair_gain(pred[i], g));

  Aligner aligner(gains, searched, gold.size(), out.tally.micro());
  std::vector<int> best = aligner.best_mapping();
  // Past the limit, each later prediction takes the free gold template it gains most
  // against (the first on a tie). A counted pair adds to both numerators while the
  // denominators stay fixed, so this can only raise the score, and the result is still
  // one real mapping's score: a lower bound on eval.py's, closer than leaving them out.
  best.resize(pred.size(), -1);
  std::vector<bool> taken(gold.size(), false);
  for (size_t i = 0; i < searched; ++i)
    if (best[i] >= 0) taken[static_cast<size_t>(best[i])] = true;
  for (size_t i = searched; i < pred.size(); ++i) {
    gains.emplace_back();
    int best_gain = 0;
    for (size_t j = 0; j < gold.size(); ++j) {
      gains[i].push_back(pair_gain(pred[i], gold[j]));
      const PairGain& g = gains[i][j];
      if (taken[j] || !g.counted || g.p_total + g.r_total <= best_gain) continue;
      best_gain = g.p_total + g.r_total;
      best[i] = static_cast<int>(j);
    }
    if (best[i] >= 0) taken[static_cast<size_t>(best[i])] = true;
  }
  out.mapping.assign(pred.size(), -1);
  for (size_t i = 0; i < pred.size(); ++i) {
    int j = best[i];
    if (j < 0 || !gains[i][static_cast<size_t>(j)].counted) continue;
    out.mapping[i] = j;
    const PairGain& g = gains[i][static_cast<size_t>(j)];
    for (int r = 0; r < kGttRoles; ++r) {
      out.tally.roles[r].p_num += g.p_num[r];
      out.tally.roles[r].r_num += g.r_num[r];
    }
  }
  return out;
}

GttCorpusScore score_gtt_corpus(const std::vector<GttDocument>& docs, uint64_t max_mappings) {
  GttCorpusScore out;
  for (const GttDocument& doc : docs) {
    std::vector<GttTemplate> gold = doc.gold, pred = doc.pred;
    normalize_gtt_templates(&gold);
    normalize_gtt_templates(&pred);
    out.docs.push_back(score_gtt_document(pred, gold, max_mappings));
    out.total += out.docs.back().tally;
    if (out.docs.back().lower_bound) ++out.lower_bound_docs;
  }
  return out;
}

}  // namespace sitrep::eval
