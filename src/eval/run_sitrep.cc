// `sitrep eval --format sitrep`: regression cases (sitrep_gold.h), per-field accuracy and
// per-document pass/fail.
#include <algorithm>
#include <map>
#include <numeric>

#include "eval/report.h"
#include "eval/sitrep_gold.h"

namespace sitrep::eval {
namespace {

std::string compact(const nlohmann::json& j) {
  std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  constexpr size_t kMaxShown = 160;  // one terminal line
  return s.size() > kMaxShown ? s.substr(0, kMaxShown) + "..." : s;
}

}  // namespace

int run_sitrep_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err) {
  Result<std::string> content = read_text_file(args.gold);
  if (!content.ok()) {
    err << "sitrep eval: " << content.error() << '\n';
    return 1;
  }
  Result<std::vector<SitrepGoldDoc>> docs = parse_sitrep_gold(content.value(), args.gold);
  if (!docs.ok()) {
    err << "sitrep eval: " << docs.error() << '\n';
    return 1;
  }
  bool extraction_failed = false;
  std::vector<SitrepDocScore> scores;
  std::map<std::string, std::pair<int, int>> fields;  // field -> (right, total)
  int passed = 0;
  for (const SitrepGoldDoc& doc : docs.value()) {
    std::vector<nlohmann::json> records = extract_guarded(extract, doc.id, doc.text, doc.date, err, &extraction_failed);
    scores.push_back(score_sitrep_doc(doc, records));
    passed += scores.back().pass;
    for (const auto& incident : scores.back().fields)
      for (const auto& f : incident) {
        fields[f.field].first += f.ok;
        fields[f.field].second += 1;
      }
  }
  auto badness = [&](size_t i) { return scores[i].pass ? 0 : 1 + scores[i].failed_fields() + scores[i].extra_records; };
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return badness(a) > badness(b); });
  size_t shown = std::min<size_t>(static_cast<size_t>(args.errors), order.size());
  while (shown > 0 && badness(order[shown - 1]) == 0) --shown;

  if (args.json) {
    nlohmann::ordered_json r;
    r["format"] = "sitrep";
    r["gold"] = args.gold;
    r["documents"] = docs->size();
    r["passed"] = passed;
    nlohmann::ordered_json per_field;
    for (const auto& [name, c] : fields)
      per_field[name] = {{"right", c.first}, {"total", c.second},
                         {"accuracy", c.second ? static_cast<double>(c.first) / c.second : 0.0}};
    r["fields"] = per_field;
    nlohmann::ordered_json per_doc = nlohmann::ordered_json::array();
    for (size_t i = 0; i < scores.size(); ++i)
      per_doc.push_back({{"doc", docs.value()[i].id}, {"pass", scores[i].pass},
                         {"failed_fields", scores[i].failed_fields()}, {"extra_records", scores[i].extra_records}});
    r["per_document"] = per_doc;
    if (args.errors > 0) {
      nlohmann::ordered_json worst = nlohmann::ordered_json::array();
      for (size_t k = 0; k < shown; ++k) {
        const SitrepDocScore& s = scores[order[k]];
        nlohmann::ordered_json failures = nlohmann::ordered_json::array();
        for (size_t i = 0; i < s.fields.size(); ++i)
          for (const auto& f : s.fields[i])
            if (!f.ok)
              failures.push_back({{"incident", i}, {"record", s.paired[i]}, {"field", f.field},
                                  {"expected", f.expected}, {"actual", f.actual}});
        worst.push_back({{"doc", docs.value()[order[k]].id}, {"failures", failures}, {"extra_records", s.extra_records}});
      }
      r["worst"] = worst;
    }
    out << r.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return extraction_failed ? 1 : 0;
  }

  out << "sitrep regression cases: " << share_of(passed, static_cast<int64_t>(docs->size())) << " documents pass\ngold: "
      << args.gold << "\n\n";
  Table t({"field", "right", "accuracy"});
  for (const auto& [name, c] : fields)
    t.add({name, std::to_string(c.first) + "/" + std::to_string(c.second),
           percent(c.second ? static_cast<double>(c.first) / c.second : 0.0)});
  t.print(out);
  out << "\n";
  for (size_t i = 0; i < scores.size(); ++i) {
    out << (scores[i].pass ? "PASS " : "FAIL ") << docs.value()[i].id;
    if (!scores[i].pass)
      out << " (" << scores[i].failed_fields() << " field(s) wrong, " << scores[i].extra_records << " extra record(s))";
    out << "\n";
  }
  if (shown > 0) {
    out << "\nworst " << shown << " document(s):\n";
    for (size_t k = 0; k < shown; ++k) {
      const SitrepDocScore& s = scores[order[k]];
      out << "\n" << docs.value()[order[k]].id << ":\n";
      for (size_t i = 0; i < s.fields.size(); ++i)
        for (const auto& f : s.fields[i])
          if (!f.ok)
            out << "  incident " << i << (s.paired[i] >= 0 ? " (record " + std::to_string(s.paired[i]) + ")" : " (no record)")
                << " " << f.field << ": expected " << compact(f.expected) << ", got " << compact(f.actual) << "\n";
      if (s.extra_records > 0) out << "  " << s.extra_records << " record(s) not expected\n";
    }
  }
  return extraction_failed ? 1 : 0;
}

}  // namespace sitrep::eval
