// `sitrep eval --format muc4|gtt`: gold templates from MUC keys or GTT's JSON, predictions
// from sitrep's records or a GTT predictions file, GTT's metric, the report.
#include <algorithm>
#include <map>
#include <numeric>

#include "eval/gtt_io.h"
#include "eval/gtt_score.h"
#include "eval/muc4_key.h"
#include "eval/record_view.h"
#include "eval/report.h"

namespace sitrep::eval {
namespace {

struct GoldSource {
  std::vector<GttDocument> docs;
  std::vector<std::string> texts, dates;  // what extraction reads, parallel to docs
  // muc4 only, parallel to docs: the key templates (not "*") and the GTT text of the message.
  std::vector<std::vector<MucKeyTemplate>> keys;
  std::vector<std::string> gtt_texts;
  std::vector<std::string> warnings;
};

Result<GoldSource> load_gtt_gold(const Args& args) {
  using R = Result<GoldSource>;
  GoldSource src;
  Result<std::string> content = read_text_file(args.gold);
  if (!content.ok()) return R::failure(content.error());
  Result<GttGoldFile> gold = parse_gtt_gold(content.value(), args.gold);
  if (!gold.ok()) return R::failure(gold.error());
  src.warnings = gold->warnings;
  for (GttGoldDoc& d : gold->docs) {
    src.docs.push_back({d.docid, std::move(d.templates), {}});
    src.texts.push_back(std::move(d.text));
    src.dates.push_back("");  // GTT's JSON keeps no dateline
  }
  return src;
}

Result<GoldSource> load_muc4_gold(const Args& args) {
  using R = Result<GoldSource>;
  GoldSource src;
  Result<std::string> keys_content = read_text_file(args.gold);
  if (!keys_content.ok()) return R::failure(keys_content.error());
  Result<MucKeyFile> keys = parse_muc_keys(keys_content.value(), args.gold);
  if (!keys.ok()) return R::failure(keys.error());
  Result<std::string> text_content = read_text_file(args.text);
  if (!text_content.ok()) return R::failure(text_content.error());
  Result<std::vector<MucMessage>> messages = parse_muc_messages(text_content.value(), args.text);
  if (!messages.ok()) return R::failure(messages.error());
  src.warnings = keys->warnings;

  std::map<std::string, std::vector<const MucKeyTemplate*>> by_message;
  for (const MucKeyTemplate& t : keys->templates) by_message[t.message_id].push_back(&t);
  std::map<std::string, bool> has_text;
  for (const MucMessage& m : messages.value()) {
    has_text[m.id] = true;
    auto it = by_message.find(m.id);
    if (it == by_message.end())
      src.warnings.push_back(located(args.text, m.line, "message " + m.id + " has no answer key; scored with no gold templates"));
    std::vector<GttTemplate> gold = it == by_message.end() ? std::vector<GttTemplate>() : muc_gtt_templates(it->second, m.gtt_text);
    src.docs.push_back({m.id, std::move(gold), {}});
    std::vector<MucKeyTemplate> doc_keys;
    if (it != by_message.end())
      for (const MucKeyTemplate* k : it->second)
        if (k->incident_type != "*") doc_keys.push_back(*k);
    src.keys.push_back(std::move(doc_keys));
    src.gtt_texts.push_back(m.gtt_text);
    src.texts.push_back(m.text);
    src.dates.push_back(m.date_iso);
  }
  for (const auto& [id, templates] : by_message)
    if (!has_text.count(id))
      src.warnings.push_back(located(args.gold, templates.front()->line, "key for " + id + " has no message in " + args.text + "; not scored"));
  return src;
}

nlohmann::ordered_json counts_json(const GttCounts& c) {
  Prf prf = gtt_prf(c);
  return {{"p_num", c.p_num}, {"p_den", c.p_den}, {"r_num", c.r_num}, {"r_den", c.r_den},
          {"p", prf.precision}, {"r", prf.recall}, {"f1", prf.f1}};
}

// INCIDENT: LOCATION and INCIDENT: DATE of the MUC keys against sitrep's records: per key
// template with the slot filled, whether the record GTT's alignment maps onto it, or any
// scored record of the message, has the right country (and city when the key names one) /
// a date inside the key's range.
struct SlotShares {
  int64_t location_gold = 0, location_aligned = 0, location_any = 0;
  int64_t date_gold = 0, date_aligned = 0, date_any = 0;
};

void add_slot_shares(const std::vector<MucKeyTemplate>& keys, std::string_view gtt_text, const GttDocument& doc,
                     const GttDocScore& score, const std::vector<nlohmann::json>& scored, SlotShares* out) {
  for (const MucKeyTemplate& key : keys) {
    // The key's GTT template and the record aligned with it.
    const nlohmann::json* aligned = nullptr;
    std::vector<GttTemplate> own = muc_gtt_templates({&key}, gtt_text);
    if (!own.empty()) {
      auto g = std::find(doc.gold.begin(), doc.gold.end(), own.front());
      int j = g == doc.gold.end() ? -1 : int(g - doc.gold.begin());
      for (size_t i = 0; i < score.mapping.size() && i < scored.size(); ++i)
        if (j >= 0 && score.mapping[i] == j) aligned = &scored[i];
    }
    std::vector<MucLocation> locs = muc_locations(key.location_fill);
    if (!locs.empty()) {
      auto matches = [&](const nlohmann::json& r) {
        return std::any_of(locs.begin(), locs.end(), [&](const MucLocation& l) { return muc_location_matches(l, r); });
      };
      ++out->location_gold;
      if (aligned && matches(*aligned)) ++out->location_aligned;
      if (std::any_of(scored.begin(), scored.end(), matches)) ++out->location_any;
    }
    auto ranges = muc_date_ranges(key.date_fill);
    if (!ranges.empty()) {
      auto matches = [&](const nlohmann::json& r) {
        return muc_date_matches(ranges, string_field(object_field(r, "date"), "value"));
      };
      ++out->date_gold;
      if (aligned && matches(*aligned)) ++out->date_aligned;
      if (std::any_of(scored.begin(), scored.end(), matches)) ++out->date_any;
    }
  }
}

int64_t error_count(const GttDocScore& d) {
  GttCounts m = d.tally.micro();
  return (m.p_den - m.p_num) + (m.r_den - m.r_num);
}

}  // namespace

int run_gtt_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err) {
  Result<GoldSource> loaded = args.format == "muc4" ? load_muc4_gold(args) : load_gtt_gold(args);
  if (!loaded.ok()) {
    err << "sitrep eval: " << loaded.error() << '\n';
    return 1;
  }
  GoldSource& src = loaded.value();
  bool extraction_failed = false;
  std::vector<std::string> missing_predictions;
  std::vector<std::vector<nlohmann::json>> scored_records;  // per document: the records scored, in template order
  if (!args.pred.empty()) {
    Result<std::string> content = read_text_file(args.pred);
    if (!content.ok()) {
      err << "sitrep eval: " << content.error() << '\n';
      return 1;
    }
    Result<GttPredFile> preds = parse_gtt_predictions(content.value(), args.pred);
    if (!preds.ok()) {
      err << "sitrep eval: " << preds.error() << '\n';
      return 1;
    }
    src.warnings.insert(src.warnings.end(), preds->warnings.begin(), preds->warnings.end());
    for (GttDocument& doc : src.docs) {
      const std::vector<GttTemplate>* p = find_gtt_predictions(preds.value(), doc.id);
      if (p) {
        doc.pred = *p;
      } else {
        missing_predictions.push_back(doc.id);
      }
    }
    if (!missing_predictions.empty())
      src.warnings.push_back(std::to_string(missing_predictions.size()) + " gold documents have no predictions in " +
                             args.pred + " (scored as predicting nothing), e.g. " + missing_predictions.front());
  } else {
    scored_records.resize(src.docs.size());
    for (size_t i = 0; i < src.docs.size(); ++i) {
      std::vector<nlohmann::json> records =
          extract_guarded(extract, src.docs[i].id, src.texts[i], src.dates[i], err, &extraction_failed);
      src.docs[i].pred = gtt_templates_from_records(records);
      for (const nlohmann::json& r : records)
        if (gtt_template_from_record(r)) scored_records[i].push_back(r);
    }
  }
  print_warnings(src.warnings, err);

  GttCorpusScore score = score_gtt_corpus(src.docs);
  // Location and date shares: MUC keys only (GTT's JSON has neither slot), own extraction only.
  bool slot_shares = args.format == "muc4" && args.pred.empty();
  SlotShares shares;
  if (slot_shares)
    for (size_t i = 0; i < src.docs.size(); ++i)
      add_slot_shares(src.keys[i], src.gtt_texts[i], src.docs[i], score.docs[i], scored_records[i], &shares);
  auto share_json = [](int64_t num, int64_t den) {
    return nlohmann::ordered_json{{"num", num}, {"den", den}, {"share", den ? double(num) / double(den) : 0.0}};
  };
  auto share_text = [](int64_t num, int64_t den) {
    return share_of(num, den);
  };
  std::vector<std::string> lower_bound_docs;
  for (size_t i = 0; i < src.docs.size(); ++i)
    if (score.docs[i].lower_bound) lower_bound_docs.push_back(src.docs[i].id);
  // Relevance: of the documents whose gold has no template (about a third of MUC-4's
  // messages), how many get no predicted template either.
  int64_t irrelevant = 0, quiet = 0;
  for (const GttDocument& d : src.docs) {
    if (!d.gold.empty()) continue;
    ++irrelevant;
    if (d.pred.empty()) ++quiet;
  }

  // The worst documents: most wrong or missed items first, then file order.
  std::vector<size_t> order(src.docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return error_count(score.docs[a]) > error_count(score.docs[b]); });
  size_t shown = std::min<size_t>(static_cast<size_t>(args.errors), order.size());
  while (shown > 0 && error_count(score.docs[order[shown - 1]]) == 0) --shown;

  const std::string predictions = args.pred.empty() ? "sitrep extraction" : args.pred;
  if (args.json) {
    nlohmann::ordered_json report;
    report["format"] = args.format;
    report["gold"] = args.gold;
    if (!args.text.empty()) report["text"] = args.text;
    report["predictions"] = predictions;
    report["documents"] = src.docs.size();
    nlohmann::ordered_json roles;
    for (int r = 0; r < kGttRoles; ++r) roles[kGttRoleNames[r]] = counts_json(score.total.roles[r]);
    roles["micro_avg"] = counts_json(score.total.micro());
    report["roles"] = roles;
    if (slot_shares) {
      report["location"] = {{"aligned", share_json(shares.location_aligned, shares.location_gold)},
                            {"any_record", share_json(shares.location_any, shares.location_gold)}};
      report["date"] = {{"aligned", share_json(shares.date_aligned, shares.date_gold)},
                        {"any_record", share_json(shares.date_any, shares.date_gold)}};
    }
    report["no_template_documents_quiet"] = share_json(quiet, irrelevant);
    report["lower_bound"] = !lower_bound_docs.empty();
    report["lower_bound_documents"] = lower_bound_docs;
    if (!args.pred.empty()) report["documents_without_predictions"] = missing_predictions;
    if (args.errors > 0) {
      nlohmann::ordered_json worst = nlohmann::ordered_json::array();
      for (size_t k = 0; k < shown; ++k) {
        const GttDocument& doc = src.docs[order[k]];
        const GttDocScore& d = score.docs[order[k]];
        nlohmann::ordered_json w;
        w["doc"] = doc.id;
        w["micro"] = counts_json(d.tally.micro());
        w["mapping"] = d.mapping;
        nlohmann::ordered_json pred = nlohmann::ordered_json::array(), gold = nlohmann::ordered_json::array();
        for (const auto& t : doc.pred) pred.push_back(describe_gtt_template(t));
        for (const auto& t : doc.gold) gold.push_back(describe_gtt_template(t));
        w["pred"] = pred;
        w["gold"] = gold;
        worst.push_back(w);
      }
      report["worst"] = worst;
    }
    out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return extraction_failed ? 1 : 0;
  }

  out << "GTT template scores (eval.py rules), format " << args.format << ": " << src.docs.size() << " documents\n"
      << "gold: " << args.gold << (args.text.empty() ? "" : " + " + args.text) << "\n"
      << "predictions: " << predictions << "\n\n";
  Table table({"role", "P", "R", "F1", "P num/den", "R num/den"});
  auto add_row = [&](const std::string& name, const GttCounts& c) {
    Prf prf = gtt_prf(c);
    table.add({name, percent(prf.precision), percent(prf.recall), percent(prf.f1),
               std::to_string(c.p_num) + "/" + std::to_string(c.p_den),
               std::to_string(c.r_num) + "/" + std::to_string(c.r_den)});
  };
  for (int r = 0; r < kGttRoles; ++r) add_row(kGttRoleNames[r], score.total.roles[r]);
  add_row("micro_avg", score.total.micro());
  table.print(out);
  if (slot_shares) {
    out << "\nINCIDENT: LOCATION (country, and city when the key names one), of " << shares.location_gold
        << " key templates with a location: aligned record " << share_text(shares.location_aligned, shares.location_gold)
        << ", any record of the message " << share_text(shares.location_any, shares.location_gold) << "\n";
    out << "INCIDENT: DATE (inside the key's range; \"- D\" = the week up to D), of " << shares.date_gold
        << " key templates with a date: aligned record " << share_text(shares.date_aligned, shares.date_gold)
        << ", any record of the message " << share_text(shares.date_any, shares.date_gold) << "\n";
  }
  out << "documents whose gold has no template that yield none: " << share_text(quiet, irrelevant) << "\n";
  if (!lower_bound_docs.empty()) {
    out << "\nLOWER BOUND: " << lower_bound_docs.size() << " document(s) have more than " << kMaxGttMappings
        << " template mappings; only their first predicted templates were searched (the rest aligned greedily), so "
           "the scores above are a lower bound:";
    for (const auto& id : lower_bound_docs) out << ' ' << id;
    out << '\n';
  }
  if (shown > 0) {
    out << "\nworst " << shown << " document(s):\n";
    for (size_t k = 0; k < shown; ++k) {
      const GttDocument& doc = src.docs[order[k]];
      const GttDocScore& d = score.docs[order[k]];
      GttCounts m = d.tally.micro();
      out << "\n" << doc.id << ": " << error_count(d) << " wrong or missed; P " << m.p_num << "/" << m.p_den << ", R "
          << m.r_num << "/" << m.r_den << ", F1 " << percent(gtt_f1(m)) << "\n";
      std::vector<bool> gold_mapped(doc.gold.size(), false);
      for (size_t i = 0; i < doc.pred.size(); ++i) {
        int j = d.mapping[i];
        if (j >= 0) gold_mapped[static_cast<size_t>(j)] = true;
        out << "  pred " << i << (j >= 0 ? " -> gold " + std::to_string(j) : " (unmatched)") << ": "
            << describe_gtt_template(doc.pred[i]) << "\n";
      }
      for (size_t j = 0; j < doc.gold.size(); ++j)
        out << "  gold " << j << (gold_mapped[j] ? "" : " (unmatched)") << ": " << describe_gtt_template(doc.gold[j])
            << "\n";
    }
  }
  return extraction_failed ? 1 : 0;
}

}  // namespace sitrep::eval
