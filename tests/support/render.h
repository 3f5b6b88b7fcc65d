// Test-only: the one-line renderings that table tests compare, shared by the tests of a
// stage so that every table of it reads the same way.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "analyse.h"
#include "extract/actors.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "extract/places.h"
#include "sitrep/sitrep.h"

namespace sitrep::test {

// The event mentions of `text` (anchor `date`): "words=kind/status", " generic" when
// they name no particular event, in text order, "; "-separated.
inline std::string event_mentions(const std::string& text, const std::string& date) {
  Analysed a(text, date);
  find_dates(a.get());
  find_numbers(a.get());
  find_actors(a.get());
  find_places(a.get());
  find_events(a.get());
  std::string out;
  for (const EventMention& m : a->events) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(m.first, m.end)) + "=" + std::string(a->lex.table(lex::kKinds).get(m.kind_row, "kind")) +
           "/" + m.status;
    if (m.generic) out += " generic";
  }
  return out;
}

// The roles of the first record of `text` (all statuses, `date` when the text gives none):
// "perps=TEXT:STATUS[:?],... | att=TEXT[(GROUP)],... | tgt=TEXT:KIND,... |
// wpn=TEXT:GTD_TYPE,... | claims=BY,...", ":?" marking a perpetrator not in the lexicon.
inline std::string record_roles(const std::string& text, const std::string& date) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  ExtractOptions opt;
  opt.status = StatusFilter::kAll;
  opt.fallback_date = date;
  ExtractResult res = pipeline().extract(in, opt);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  auto list = [&](const char* field, auto item) {
    std::string out;
    for (const auto& p : r[field]) out += (out.empty() ? "" : ",") + item(p);
    return out;
  };
  auto s = [](const nlohmann::json& v) { return v.get<std::string>(); };
  return "perps=" +
         list("perpetrators",
              [&](const nlohmann::json& p) {
                return s(p["text"]) + ":" + s(p["status"]) + (p["lexicon_id"].is_null() ? ":?" : "");
              }) +
         " | att=" +
         list("attackers",
              [&](const nlohmann::json& p) {
                return s(p["text"]) + (p.contains("member_of") ? "(" + s(p["member_of"]) + ")" : "");
              }) +
         " | tgt=" + list("targets", [&](const nlohmann::json& p) { return s(p["text"]) + ":" + s(p["kind"]); }) +
         " | wpn=" +
         list("weapons", [&](const nlohmann::json& p) { return s(p["text"]) + ":" + s(p["gtd_weapon_type"]); }) +
         " | claims=" + list("claims", [&](const nlohmann::json& p) { return s(p["by"]); });
}

// The casualties of the first record of `text` (all statuses, published on `date`):
// "killed=N injured=N[ attackers=N] names=A|B", a figure "-" when the record has none and
// "?" when its value is unknown; "no record" when there is none.
inline std::string record_casualties(const std::string& text, bool attackers = false,
                                     const std::string& date = "2024-01-15") {
  ExtractResult r = extract_text(text, date, true);
  if (r.records.empty()) return "no record";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  auto count = [](const nlohmann::json& c) -> std::string {
    if (c.is_null()) return "-";
    if (c["value"].is_null()) return "?";
    return std::to_string(c["value"].get<long long>());
  };
  std::string names;
  for (const auto& v : j["victims"]) {
    if (!v.contains("name") || v["name"].is_null()) continue;
    if (!names.empty()) names += "|";
    names += v["name"].get<std::string>();
  }
  return "killed=" + count(j["killed"]) + " injured=" + count(j["injured"]) +
         (attackers ? " attackers=" + count(j["attackers_killed"]) : "") + " names=" + names;
}

// The victims of the first record of `text` (all statuses, published on `date`): their
// words, with ":EFFECT" when `effect` is set ("-" when it is null), "|"-separated.
inline std::string record_victims(const std::string& text, bool effect = true,
                                  const std::string& date = "2024-01-15") {
  ExtractResult r = extract_text(text, date, true);
  if (r.records.empty()) return "";
  nlohmann::json j = nlohmann::json::parse(r.records.front());
  std::string out;
  for (const auto& v : j["victims"]) {
    if (!out.empty()) out += "|";
    out += v["text"].get<std::string>();
    if (effect) out += ":" + (v["effect"].is_string() ? v["effect"].get<std::string>() : std::string("-"));
  }
  return out;
}

// The date of every record of `res`: "VALUE/PRECISION" ("null" when undated), "; "-separated.
inline std::string record_dates(const ExtractResult& res) {
  std::string out;
  for (const std::string& line : res.records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    if (r["date"].is_null() || r["date"]["value"].is_null()) {
      out += "null";
      continue;
    }
    out += r["date"]["value"].get<std::string>() + "/" + r["date"]["precision"].get<std::string>();
  }
  return out;
}

// ACLED's two actors of the first record of `text` (published on `date`; every status when
// `all`) that has an ACLED view: "actor1 / actor2", "-" for a null one, or "no ACLED record".
inline std::string acled_actors(const std::string& text, const std::string& date, bool all) {
  for (const std::string& line : extract_text(text, date, all).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (r["acled"].is_null()) continue;
    auto name = [&](const char* k) {
      return r["acled"][k].is_null() ? std::string("-") : r["acled"][k].get<std::string>();
    };
    return name("actor1") + " / " + name("actor2");
  }
  return "no ACLED record";
}

// The ACLED sub-event type of the first record of `text` (default statuses, published on
// `date`) that has an ACLED view, with its kind and trigger ("Attack (kind attack,
// trigger shot)"), or "no ACLED record".
inline std::string first_acled_type(const std::string& text, const std::string& date) {
  for (const std::string& line : extract_text(text, date, false).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (r["acled"].is_null()) continue;
    return r["acled"]["sub_event_type"].get<std::string>() + " (kind " + r["kind"].get<std::string>() + ", trigger " +
           r["trigger"]["text"].get<std::string>() + ")";
  }
  return "no ACLED record";
}

// The dates layer of an analysed text: "words=ISO precision" (precision none, day, week,
// month or year), in text order, "; "-separated.
inline std::string date_mentions(Analysed& a) {
  static const char* kPrecision[] = {"none", "day", "week", "month", "year"};
  std::string out;
  for (const DateMention& d : a->dates) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(d.first, d.end)) + "=" + format_iso_date(d.year, d.month, d.day) + " " +
           kPrecision[d.precision];
  }
  return out;
}

// Every record of `text` published on `date` (all statuses), each as its `fields` in order,
// space-separated, records "; "-separated. Fields: "status", "kind", "date" (the ISO value,
// "-" when none), "killed" ("-" when none), "att" ("att=" and each attacker's words and a
// comma), "perps" ("perps=" and each perpetrator's words and a comma), "perps/status"
// (each perpetrator as "words/status", space-separated).
inline std::string record_fields(const std::string& text, const std::string& date,
                                 std::initializer_list<std::string_view> fields) {
  std::string out;
  for (const std::string& line : extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string rec;
    for (std::string_view f : fields) {
      if (!rec.empty()) rec += " ";
      if (f == "status" || f == "kind") {
        rec += r[std::string(f)].get<std::string>();
      } else if (f == "date") {
        rec += r["date"].is_object() ? r["date"]["value"].get<std::string>() : std::string("-");
      } else if (f == "killed") {
        rec += r["killed"].is_object() ? std::to_string(r["killed"]["value"].get<long>()) : std::string("-");
      } else if (f == "att") {
        rec += "att=";
        for (const auto& x : r["attackers"]) rec += x["text"].get<std::string>() + ",";
      } else if (f == "perps") {
        rec += "perps=";
        for (const auto& x : r["perpetrators"]) rec += x["text"].get<std::string>() + ",";
      } else if (f == "perps/status") {
        std::string ps;
        for (const auto& x : r["perpetrators"])
          ps += (ps.empty() ? "" : " ") + x["text"].get<std::string>() + "/" + x["status"].get<std::string>();
        rec += ps;
      }
    }
    if (!out.empty()) out += "; ";
    out += rec;
  }
  return out;
}

// The records of `text` (all statuses, published 1990-03-12 unless `date`): "KIND MUC4TYPE
// [NAME,...]" each ("-" when MUC-4 records none), "; "-separated.
inline std::string record_kinds(const std::string& text, const std::string& date = "1990-03-12") {
  std::string out;
  for (const std::string& line : extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["kind"].get<std::string>() + " " + (r["muc4"].is_object() ? r["muc4"]["type"].get<std::string>() : "-");
    std::string names;
    for (const auto& v : r["victims"])
      if (v.contains("name") && v["name"].is_string()) names += (names.empty() ? "" : ",") + v["name"].get<std::string>();
    if (!names.empty()) out += " [" + names + "]";
  }
  return out;
}

// The places layer of an analysed text: "words=NAME/CC/TYPE" (TYPE city, admin1, admin2
// or country; a country shows its code only), in text order, "; "-separated.
inline std::string place_mentions(Analysed& a) {
  const Lexicon& lex = a->lex;
  const Table& divisions = lex.table(lex::kAdmin1);
  std::string out;
  for (const PlaceMention& p : a->places) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(p.first, p.end)) + "=";
    if (p.type == PlaceMention::kCountry) {
      out += p.cc + "/country";
    } else if (p.type == PlaceMention::kAdmin1) {
      bool district = divisions.get(p.admin1_row, "level") == "2";
      out += std::string(divisions.get(p.admin1_row, "name")) + "/" + p.cc + (district ? "/admin2" : "/admin1");
    } else {
      out += std::string(lex.str(lex.places()[p.place].name)) + "/" + p.cc + "/city";
    }
  }
  return out;
}

// A record's location: "NAME/CC/PRECISION" ("null" for a missing value), "-" when the
// record has none; `site` adds "@SITE" when it names one, `admin` adds " admin1=A
// admin2=B".
inline std::string record_location(const nlohmann::json& r, bool site = false, bool admin = false) {
  const nlohmann::json& loc = r["location"];
  if (loc.is_null()) return "-";
  auto str = [&](const char* k) { return loc[k].is_null() ? std::string("null") : loc[k].get<std::string>(); };
  std::string out = str("name") + "/" + str("country") + "/" +
                    (loc["precision"].is_null() ? std::string("null") : std::to_string(loc["precision"].get<int>()));
  if (site && !loc["site"].is_null()) out += "@" + loc["site"].get<std::string>();
  if (admin) out += " admin1=" + str("admin1") + " admin2=" + str("admin2");
  return out;
}

}  // namespace sitrep::test
