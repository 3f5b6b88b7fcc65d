// Pipeline: the stages in data-flow order over one document. Pure and thread-safe: all
// state is in the per-call Document/Analysis; the Lexicon is immutable and shared.
#include "sitrep/sitrep.h"

#include "extract/analysis.h"
#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>

#include "extract/actors.h"
#include "extract/casualties.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/match.h"
#include "extract/numbers.h"
#include "extract/places.h"
#include "extract/sources.h"
#include "incident/assemble.h"
#include "pipeline/pipeline.h"
#include "text/normalize.h"
#include "lexicon/lexicon.h"
#include "text/dateline.h"
#include "text/quotes.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace sitrep {

Pipeline::Pipeline(std::unique_ptr<Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::open(const std::string& lexicon_path, std::string* error) {
  std::unique_ptr<Lexicon> lx = Lexicon::load(lexicon_path, error);
  if (!lx) return nullptr;
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(lx)));
}

void analyse_text(Document* doc, const Lexicon& lex) {
  tokenize(doc);
  SentenceRules rules;
  rules.abbreviation = [&lex](uint64_t h) {
    const lex::PhraseSlot* s = lex.find(extend_phrase_hash(kPhraseSeed, h));
    if (!s) return AbbreviationKind::kNone;
    const Table& t = lex.table(lex::kAbbreviations);
    for (const lex::Posting& p : lex.postings(*s))
      if (p.table == lex::kAbbreviations)
        return t.get(p.row, "kind") == "title" ? AbbreviationKind::kTitle : AbbreviationKind::kOther;
    return AbbreviationKind::kNone;
  };
  rules.common_word = [&lex](uint64_t h) { return lex.has(h, lex::kCommonWords); };
  split_sentences(doc, rules);
  find_quotes(doc);
  find_dateline(doc);
}

}  // namespace sitrep

namespace sitrep {

namespace {

// The extract stages in order. `for_records`: the layers after events only serve incident
// records, which are made of event mentions (incident/cluster), so a document with none
// skips them (most quiet news; tests and `explain`-style callers want every layer).
void run_stages(Analysis* a, bool for_records) {
  match_phrases(a);
  // Every event mention starts at a trigger word (extract/events reads only the triggers'
  // hits), so a document whose matches name no trigger makes no record: the stages before
  // events would work on every token for nothing.
  if (for_records && std::none_of(a->matches.begin(), a->matches.end(),
                                  [](const Match& m) { return (m.tables & (1u << lex::kTriggers)) != 0; }))
    return;
  find_dates(a);      // before numbers: "5 September" and "11:45" are not counts
  find_numbers(a);
  find_actors(a);
  find_places(a);
  find_events(a);
  if (for_records && a->events.empty()) return;
  find_casualties(a);
  find_sources(a);
}

}  // namespace

void run_extract_stages(Analysis* a) { run_stages(a, /*for_records=*/false); }

namespace {

std::string anchor_for(const Document& doc, const Lexicon& lex, const ExtractOptions& opt) {
  // SPEC section 2: the document's own date first, else its dateline, else --date.
  int y, m, d;
  if (parse_iso_date(doc.input().date, &y, &m, &d)) return format_iso_date(y, m, d);
  if (doc.dateline.present && doc.dateline.date_end > doc.dateline.date_first) {
    DateMention dm;
    // A dateline without a year ("Sept. 5") takes its year from --date when given.
    if (parse_date_tokens(doc, lex, doc.dateline.date_first, doc.dateline.date_end, opt.fallback_date, &dm) &&
        dm.year > 0)
      return format_iso_date(dm.year, dm.month, dm.day);
  }
  if (parse_iso_date(opt.fallback_date, &y, &m, &d)) return format_iso_date(y, m, d);
  return "";
}

}  // namespace

ExtractResult Pipeline::extract(const DocumentInput& input, const ExtractOptions& options) const {
  return extract(DocumentInput(input), options);
}

ExtractResult Pipeline::extract(DocumentInput&& moved, const ExtractOptions& options) const {
  ExtractResult result;
  Document doc(std::move(moved));
  const DocumentInput& input = doc.input();
  analyse_text(&doc, *lexicon_);
  if (doc.first_invalid_byte >= 0) {
    nlohmann::json w;
    w["doc"] = input.id;
    w["warning"] = "invalid UTF-8 (processed; invalid bytes treated as separators)";
    w["offset"] = doc.first_invalid_byte;
    result.warnings.push_back(w.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  Analysis a(doc, *lexicon_);
  a.anchor_date = anchor_for(doc, *lexicon_, options);
  run_stages(&a, /*for_records=*/true);
  // Records are made of the incidents' mentions (incident/cluster): with none, there is
  // nothing to assemble.
  if (a.events.empty()) return result;
  std::vector<Record> records = assemble_incidents(a, options);
  result.records.reserve(records.size());
  for (const Record& r : records) result.records.push_back(record_json(r));
  return result;
}

std::string Pipeline::explain(const DocumentInput& input, const ExtractOptions& options, bool color) const {
  ExtractResult r = extract(input, options);
  // Collect every span of every record with the field it supports.
  struct Mark {
    uint32_t begin, end;
    std::string field;
  };
  std::vector<Mark> marks;
  std::string out;
  for (const std::string& line : r.records) {
    nlohmann::json j = nlohmann::json::parse(line);
    std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& v, const std::string& path) {
      if (v.is_object()) {
        if (v.contains("span") && v["span"].is_array() && v["span"].size() == 2)
          marks.push_back(Mark{v["span"][0].get<uint32_t>(), v["span"][1].get<uint32_t>(), path});
        for (auto it = v.begin(); it != v.end(); ++it)
          if (it.key() != "span") walk(it.value(), path.empty() ? it.key() : path + "." + it.key());
      } else if (v.is_array()) {
        for (const auto& x : v) walk(x, path);
      }
    };
    walk(j, "");
    out += "incident " + std::to_string(j["incident"].get<int>()) + ": " + j["kind"].get<std::string>() + " (" +
           j["status"].get<std::string>() + ")\n";
  }
  std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  // The text with [marked words]{field} (or colour on a terminal), outermost spans only.
  std::string_view text = input.text;
  uint32_t pos = 0;
  std::string body;
  for (size_t i = 0; i < marks.size(); ++i) {
    const Mark& m = marks[i];
    if (m.begin < pos || m.end > text.size()) continue;
    body.append(text.substr(pos, m.begin - pos));
    std::string fields = m.field;
    for (size_t k = i + 1; k < marks.size() && marks[k].begin == m.begin && marks[k].end == m.end; ++k)
      if (fields.find(marks[k].field) == std::string::npos) fields += "," + marks[k].field;
    if (color) body += "\x1b[1;33m" + std::string(text.substr(m.begin, m.end - m.begin)) + "\x1b[0m\x1b[2m{" + fields + "}\x1b[0m";
    else body += "[" + std::string(text.substr(m.begin, m.end - m.begin)) + "]{" + fields + "}";
    pos = m.end;
  }
  body.append(text.substr(pos));
  return out + "\n" + body + "\n";
}

}  // namespace sitrep
