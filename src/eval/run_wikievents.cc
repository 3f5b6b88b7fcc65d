// `sitrep eval --format wikievents`: extraction per document, argument P/R/F1 per role and
// overall, the Place share and the share of attack/death documents yielding an incident.
#include <algorithm>
#include <numeric>

#include "eval/report.h"
#include "eval/wikievents_eval.h"

namespace sitrep::eval {
namespace {

double ratio(int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part) / whole; }

double f1(const WikiCounts& c) {
  double p = ratio(c.pred_right, c.pred), r = ratio(c.gold_found, c.gold);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

nlohmann::ordered_json counts_json(const WikiCounts& c) {
  return {{"pred", c.pred}, {"pred_right", c.pred_right}, {"gold", c.gold}, {"gold_found", c.gold_found},
          {"p", ratio(c.pred_right, c.pred)}, {"r", ratio(c.gold_found, c.gold)}, {"f1", f1(c)}};
}

}  // namespace

int run_wikievents_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err) {
  Result<std::string> content = read_text_file(args.gold);
  if (!content.ok()) {
    err << "sitrep eval: " << content.error() << '\n';
    return 1;
  }
  Result<std::vector<WikiDoc>> docs = parse_wikievents(content.value(), args.gold);
  if (!docs.ok()) {
    err << "sitrep eval: " << docs.error() << '\n';
    return 1;
  }
  bool extraction_failed = false;
  std::vector<WikiDocScore> scores;
  WikiCounts overall;
  std::array<WikiCounts, kWikiRoles> roles;
  int places = 0, places_found = 0, attack_docs = 0, attack_docs_with_incident = 0;
  for (const WikiDoc& doc : docs.value()) {
    std::vector<nlohmann::json> records = extract_guarded(extract, doc.id, doc.text, "", err, &extraction_failed);
    scores.push_back(score_wikievents_doc(doc, records));
    const WikiDocScore& s = scores.back();
    overall += s.overall;
    for (int r = 0; r < kWikiRoles; ++r) roles[r] += s.roles[r];
    places += s.attack_places, places_found += s.attack_places_found;
    if (doc.has_attack_or_death) {
      ++attack_docs;
      attack_docs_with_incident += s.has_incident;
    }
  }
  auto errors_of = [&](size_t i) { return scores[i].missed.size() + scores[i].spurious.size(); };
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return errors_of(a) > errors_of(b); });
  size_t shown = std::min<size_t>(static_cast<size_t>(args.errors), order.size());
  while (shown > 0 && errors_of(order[shown - 1]) == 0) --shown;

  if (args.json) {
    nlohmann::ordered_json r;
    r["format"] = "wikievents";
    r["gold"] = args.gold;
    r["documents"] = docs->size();
    r["arguments"] = counts_json(overall);
    nlohmann::ordered_json per_role;
    for (int k = 0; k < kWikiRoles; ++k) per_role[kWikiRoleNames[k]] = counts_json(roles[k]);
    r["roles"] = per_role;
    r["attack_place"] = {{"gold", places}, {"found", places_found}, {"share", ratio(places_found, places)}};
    r["attack_or_death_documents"] = {{"documents", attack_docs}, {"with_incident", attack_docs_with_incident},
                                      {"share", ratio(attack_docs_with_incident, attack_docs)}};
    if (args.errors > 0) {
      nlohmann::ordered_json worst = nlohmann::ordered_json::array();
      for (size_t k = 0; k < shown; ++k)
        worst.push_back({{"doc", docs.value()[order[k]].id}, {"missed", scores[order[k]].missed},
                         {"spurious", scores[order[k]].spurious}});
      r["worst"] = worst;
    }
    out << r.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return extraction_failed ? 1 : 0;
  }

  out << "WikiEvents argument scores (Conflict.Attack.*, Life.Die.*, Life.Injure.*): " << docs->size()
      << " documents\ngold: " << args.gold << "\n\n";
  Table t({"role", "P", "R", "F1", "pred right", "gold found"});
  auto add = [&](const std::string& name, const WikiCounts& c) {
    t.add({name, percent(ratio(c.pred_right, c.pred)), percent(ratio(c.gold_found, c.gold)), percent(f1(c)),
           std::to_string(c.pred_right) + "/" + std::to_string(c.pred),
           std::to_string(c.gold_found) + "/" + std::to_string(c.gold)});
  };
  for (int k = 0; k < kWikiRoles; ++k) add(kWikiRoleNames[k], roles[k]);
  add("all arguments", overall);
  t.print(out);
  out << "\nPlace share (attack Place arguments matched by an incident's location name or site, head words): "
      << share_of(places_found, places) << "\n"
      << "documents with gold attack/death events that yield at least one incident: "
      << share_of(attack_docs_with_incident, attack_docs) << "\n";
  if (shown > 0) {
    out << "\nworst " << shown << " document(s):\n";
    for (size_t k = 0; k < shown; ++k) {
      const WikiDocScore& s = scores[order[k]];
      out << "\n" << docs.value()[order[k]].id << ": " << s.missed.size() << " missed, " << s.spurious.size()
          << " spurious\n";
      for (const auto& m : s.missed) out << "  missed   " << m << "\n";
      for (const auto& p : s.spurious) out << "  spurious " << p << "\n";
    }
  }
  return extraction_failed ? 1 : 0;
}

}  // namespace sitrep::eval
