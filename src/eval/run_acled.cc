// `sitrep eval --format acled`: one extraction per distinct note (ACLED sometimes codes one
// note at several places), each gold row against its nearest record, the report.
#include <algorithm>
#include <map>
#include <numeric>

#include "eval/acled_eval.h"
#include "eval/report.h"

namespace sitrep::eval {

int run_acled_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err) {
  Result<std::string> content = read_text_file(args.gold);
  if (!content.ok()) {
    err << "sitrep eval: " << content.error() << '\n';
    return 1;
  }
  Result<std::vector<AcledGoldRow>> parsed = parse_acled_csv(content.value(), args.gold);
  if (!parsed.ok()) {
    err << "sitrep eval: " << parsed.error() << '\n';
    return 1;
  }
  const std::vector<AcledGoldRow>& rows = parsed.value();
  bool extraction_failed = false;
  // A document is a note with its date (the publication date given to extraction).
  std::map<std::pair<std::string, std::string>, std::vector<nlohmann::json>> documents;
  std::vector<AcledComparison> compared;
  for (const AcledGoldRow& row : rows) {
    auto key = std::make_pair(row.text, row.event_date);
    auto it = documents.find(key);
    if (it == documents.end())
      it = documents.emplace(key, extract_guarded(extract, row.id, row.text, row.event_date, err, &extraction_failed)).first;
    compared.push_back(compare_acled_row(row, it->second));
  }
  AcledSummary s = summarize_acled(rows, compared);

  std::vector<size_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return compared[a].wrong_fields() > compared[b].wrong_fields(); });
  size_t shown = std::min<size_t>(static_cast<size_t>(args.errors), order.size());
  while (shown > 0 && compared[order[shown - 1]].wrong_fields() == 0) --shown;

  auto share = [](int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part) / whole; };
  if (args.json) {
    nlohmann::ordered_json r;
    r["format"] = "acled";
    r["gold"] = args.gold;
    r["rows"] = s.rows;
    r["documents"] = documents.size();
    r["rows_with_record"] = s.rows_with_record;
    r["event_type"] = {{"correct", s.event_type_ok}, {"rows", s.rows}, {"accuracy", share(s.event_type_ok, s.rows)}};
    r["sub_event_type"] = {{"correct", s.sub_event_type_ok}, {"rows", s.rows},
                           {"accuracy", share(s.sub_event_type_ok, s.rows)}, {"macro_f1", s.sub_event_type_macro_f1}};
    r["fatalities"] = {{"rows", s.fatality_rows}, {"left_out", s.rows - s.fatality_rows},
                       {"exact", s.fatalities_exact}, {"exact_accuracy", share(s.fatalities_exact, s.fatality_rows)},
                       {"within_one", s.fatalities_within_one},
                       {"within_one_accuracy", share(s.fatalities_within_one, s.fatality_rows)}};
    r["date"] = {{"correct", s.date_ok}, {"rows", s.rows}, {"accuracy", share(s.date_ok, s.rows)}};
    r["admin1"] = {{"correct", s.admin1_ok}, {"rows", s.admin1_rows}, {"accuracy", share(s.admin1_ok, s.admin1_rows)}};
    r["location"] = {{"rows", s.location_rows}, {"located", s.located}, {"median_km", s.median_km},
                     {"within_25km", s.within_25km}, {"share_within_25km", share(s.within_25km, s.location_rows)}};
    if (s.negative_rows > 0) {  // only then: a file without negatives reports as before
      r["negatives"] = {{"rows", s.negative_rows},
                        {"yielding_nothing", s.negatives_yielding_nothing},
                        {"share_yielding_nothing", share(s.negatives_yielding_nothing, s.negative_rows)}};
      nlohmann::ordered_json per_type = nlohmann::ordered_json::array();
      for (const AcledLabelScore& l : s.labels_with_none)
        per_type.push_back({{"sub_event_type", l.label}, {"gold", l.gold}, {"predicted", l.predicted},
                            {"correct", l.correct}, {"f1", l.f1()}});
      r["sub_event_type_with_none"] = {{"correct", s.with_none_correct}, {"rows", s.all_rows},
                                       {"accuracy", share(s.with_none_correct, s.all_rows)},
                                       {"macro_f1", s.sub_event_type_macro_f1_with_none}, {"per_type", per_type}};
    }
    if (args.errors > 0) {
      nlohmann::ordered_json worst = nlohmann::ordered_json::array();
      for (size_t k = 0; k < shown; ++k) {
        const AcledGoldRow& g = rows[order[k]];
        const AcledComparison& c = compared[order[k]];
        worst.push_back({{"row", g.id}, {"line", g.line}, {"record", c.record},
                         {"gold", {{"event_type", g.event_type},
                                   {"sub_event_type", g.negative ? std::string(kNoEventLabel) : g.sub_event_type},
                                   {"fatalities", g.fatalities}, {"event_date", g.event_date}, {"admin1", g.admin1}}},
                         {"pred", {{"event_type", c.event_type}, {"sub_event_type", c.sub_event_type},
                                   {"fatalities", c.fatalities ? nlohmann::ordered_json(*c.fatalities) : nullptr},
                                   {"date", c.date}, {"admin1", c.admin1},
                                   {"distance_km", c.distance_km ? nlohmann::ordered_json(*c.distance_km) : nullptr}}}});
      }
      r["worst"] = worst;
    }
    out << r.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return extraction_failed ? 1 : 0;
  }

  out << "ACLED scores: " << s.rows << " gold rows";
  if (s.negative_rows > 0) out << " and " << s.negative_rows << " negative rows";
  out << " in " << documents.size() << " notes, " << s.rows_with_record << " compared with a record\ngold: " << args.gold
      << "\n\n";
  Table t({"field", "score", "detail"});
  t.add({"event_type", share_of(s.event_type_ok, s.rows), "accuracy"});
  t.add({"sub_event_type", share_of(s.sub_event_type_ok, s.rows), "accuracy; macro-F1 " + percent(s.sub_event_type_macro_f1)});
  t.add({"fatalities exact", share_of(s.fatalities_exact, s.fatality_rows),
         std::to_string(s.rows - s.fatality_rows) + " rows left out (figure unknown or split)"});
  t.add({"fatalities +-1", share_of(s.fatalities_within_one, s.fatality_rows), ""});
  t.add({"date", share_of(s.date_ok, s.rows), "time precision 2: the week up to the gold date"});
  t.add({"admin1", share_of(s.admin1_ok, s.admin1_rows), "rows with a gold admin1"});
  t.add({"location <= 25 km", share_of(s.within_25km, s.location_rows), "rows with gold coordinates"});
  t.add({"location median error", s.located ? fixed(s.median_km, 1) + " km" : "-",
         "over " + std::to_string(s.located) + " rows whose record has coordinates"});
  if (s.negative_rows > 0) {
    t.add({"negatives yielding nothing", share_of(s.negatives_yielding_nothing, s.negative_rows),
           "no record of default status with an ACLED view"});
    t.add({"sub_event_type with none", share_of(s.with_none_correct, s.all_rows),
           "accuracy over all rows; macro-F1 " + percent(s.sub_event_type_macro_f1_with_none) + " with a none class"});
  }
  t.print(out);
  if (s.negative_rows > 0) {
    out << "\nsub_event_type with none, per type:\n";
    Table pt({"  sub_event_type", "gold", "predicted", "correct", "F1"});
    for (const AcledLabelScore& l : s.labels_with_none)
      pt.add({"  " + l.label, std::to_string(l.gold), std::to_string(l.predicted), std::to_string(l.correct),
              percent(l.f1())});
    pt.print(out);
  }
  if (shown > 0) {
    out << "\nworst " << shown << " row(s):\n";
    for (size_t k = 0; k < shown; ++k) {
      const AcledGoldRow& g = rows[order[k]];
      const AcledComparison& c = compared[order[k]];
      out << "\n" << g.id << " (line " << g.line << ")" << (c.record < 0 ? ": no record\n" : ": record " + std::to_string(c.record) + "\n");
      out << "  text: " << g.text.substr(0, 300) << (g.text.size() > 300 ? "..." : "") << "\n";
      if (g.negative) {
        out << "  negative (no political violence or demonstration), yields: " << c.event_type << " / "
            << c.sub_event_type << (c.date.empty() ? "" : ", dated " + c.date) << "\n";
        continue;
      }
      Table rt({"  field", "gold", "predicted", ""});
      auto mark = [](bool ok) { return std::string(ok ? "ok" : "WRONG"); };
      rt.add({"  event_type", g.event_type, c.event_type, mark(c.event_type_ok)});
      rt.add({"  sub_event_type", g.sub_event_type, c.sub_event_type, mark(c.sub_event_type_ok)});
      rt.add({"  fatalities", std::to_string(g.fatalities) + (g.fatalities_scored ? "" : " (left out)"),
              c.fatalities ? std::to_string(*c.fatalities) : "-", mark(c.fatalities_exact)});
      rt.add({"  date", g.event_date + " (precision " + std::to_string(g.time_precision) + ")", c.date, mark(c.date_ok)});
      rt.add({"  admin1", g.admin1, c.admin1, mark(c.admin1_ok)});
      rt.add({"  location", "", c.distance_km ? fixed(*c.distance_km, 1) + " km away" : "-",
              c.distance_km && *c.distance_km <= 25 ? "ok" : "WRONG"});
      rt.print(out);
    }
  }
  return extraction_failed ? 1 : 0;
}

}  // namespace sitrep::eval
