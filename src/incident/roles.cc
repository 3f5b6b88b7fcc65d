#include "incident/roles.h"

#include <set>

#include "extract/events.h"
#include "incident/counts.h"
#include "text/normalize.h"

namespace sitrep {

using Json = nlohmann::ordered_json;

void incident_perpetrators(const IncidentScope& sc, const std::vector<Hit>& cue_hits, Json* perps, Json* claims) {
  const Analysis& a = sc.a;
  const Cluster& k = sc.cluster();
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  (void)k; (void)c; (void)mx; (void)status; (void)in_sents; (void)near; (void)indices_in;
  const Table& actors = a.lex.table(lex::kActors);
  const Table& cues = a.lex.table(lex::kCues);
  // Perpetrators: organisations tied to the event by a claim, an attribution, or by
  // acting in its clause; a group that only comments is none.
  std::set<std::string> perp_names;
  for (size_t mi : indices_in(a.actors)) {
    const ActorMention& m = a.actors[mi];
    std::string_view akind = actors.get(m.row, "kind");
    if (akind != "group" && akind != "state") continue;
    const Sentence& s = a.doc.sentences[a.doc.sentence_of[m.first]];
    std::string pstatus;
    uint32_t cue_end = m.end;
    auto [clo, chi] = a.in_sentence(cue_hits, a.doc.sentence_of[m.first]);
    for (size_t ci = clo; ci < chi; ++ci) {
      const Hit& h = cue_hits[ci];
      if (cues.get(h.row, "class") != "claim") continue;
      bool after = h.first >= m.end && h.first - m.end <= 3;
      bool before = h.end <= m.first && m.first - h.end <= 3;  // "claimed by X", "blamed X"
      if (!after && !before) continue;
      std::string_view v = cues.get(h.row, "value");
      if (after || v != "claimed" || word_is(a, m.first - 1, "by")) {
        pstatus = std::string(v);
        cue_end = std::max(m.end, h.end);
        break;
      }
    }
    if (pstatus.empty()) {
      bool speaker = has_cue(a, m.end, std::min(m.end + 2, s.end_token), "say") ||
                     has_cue(a, m.end, std::min(m.end + 2, s.end_token), "comment");
      if (speaker) continue;
      bool agent = false;
      for (uint32_t i : mx.by_sentence[a.doc.sentence_of[m.first]]) {
        if (mx.cluster_of[i] != int(c)) continue;
        const EventMention& e = a.events[i];
        if (!same_clause(a, std::min(m.end - 1, e.end - 1), std::max(m.first, e.first)))
          continue;
        if (m.end <= e.first && !e.noun && e.first - m.end <= 6) agent = true;              // "X attacked"
        if (e.end <= m.first && m.first - e.end <= 3 && word_is(a, m.first - 1, "by")) agent = true;  // "attack by X"
        if (m.end <= e.first && e.first - m.end <= 1 && e.noun) agent = true;               // "X's attack"
      }
      if (!agent) continue;
      pstatus = "reported";
    }
    std::string name(actors.get(m.row, "name"));
    if (!perp_names.insert(name).second) continue;
    Json p = spanned(a, m.first, m.end);
    p["name"] = name;
    p["kind"] = std::string(akind);
    std::string_view inter = actors.get(m.row, "inter");
    p["inter"] = inter.empty() ? Json(nullptr) : Json(std::stoi(std::string(inter)));
    p["lexicon_id"] = std::string(actors.get(m.row, "id"));
    std::string_view cc = actors.get(m.row, "country");
    if (!cc.empty()) p["country"] = std::string(cc);
    p["status"] = pstatus;
    if (perps->size() < kMaxListItems) perps->push_back(p);
    if (pstatus == "claimed") {
      Json cl = spanned(a, m.first, cue_end);
      cl["by"] = name;
      // The channel: of this claim's sentence, or of the group's own statements.
      std::string channel;
      for (const Attribution& at : a.attributions)
        if (at.actor_row == int32_t(m.row) && !at.channel.empty()) { channel = at.channel; break; }
      if (channel.empty()) {
        for (const char* ch : {"telegram", "website", "social_media", "television", "radio", "statement"})
          if (has_cue(a, s.first_token, s.end_token, "channel", ch)) { channel = ch; break; }
      }
      cl["channel"] = channel.empty() ? Json(nullptr) : Json(channel);
      if (claims->size() < kMaxListItems) claims->push_back(cl);
    }
  }
}

Json incident_attackers(const IncidentScope& sc) {
  const Analysis& a = sc.a;
  const Cluster& k = sc.cluster();
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  (void)k; (void)c; (void)mx; (void)status; (void)in_sents; (void)near; (void)indices_in;
  // Attackers: the people who carried it out.
  Json attackers = Json::array();
  const Table& agents_t = a.lex.table(lex::kAgents);
  std::set<std::string> seen;
  for (size_t gi : indices_in(a.agents)) {
    const AgentMention& g = a.agents[gi];
    if (g.country_row >= 0 || agents_t.get(g.row, "class") != "attacker") continue;
    if (!near(g.first, g.end)) continue;
    bool victim = false;
    auto [vlo, vhi] = in_tokens(a.victims, g.first > 16 ? g.first - 16 : 0, g.first + 1);
    for (size_t vi = vlo; vi < vhi; ++vi)
      if (a.victims[vi].first <= g.first && g.end <= a.victims[vi].end && !a.victims[vi].attackers) victim = true;
    if (victim) continue;
    std::string text(span_text(a, g.first, g.end));
    if (!seen.insert(text).second) continue;
    Json j = spanned(a, g.first, g.end);
    if (const NumberMention* n = [&]() -> const NumberMention* {
          auto [nlo, nhi] = in_tokens(a.numbers, g.first, g.head_first);
          for (size_t ni = nlo; ni < nhi; ++ni) if (a.numbers[ni].end <= g.head_first) return &a.numbers[ni];
          return nullptr; }())
      if (n->value >= 0) j["count"] = n->value;
    if (attackers.size() < kMaxListItems) attackers.push_back(j);
  }
  return attackers;
}

Json incident_targets(const IncidentScope& sc, const std::vector<Hit>& target_hits) {
  const Analysis& a = sc.a;
  const Cluster& k = sc.cluster();
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  (void)k; (void)c; (void)mx; (void)status; (void)in_sents; (void)near; (void)indices_in;
  const Table& countries = a.lex.table(lex::kCountries);
  const Table& targets_t = a.lex.table(lex::kTargets);
  // Targets: facilities and bodies attacked, with the nationality of a demonym modifier.
  Json targets = Json::array();
  std::set<std::string> target_seen;
  for (size_t ti : indices_in(target_hits)) {
    const Hit& h = target_hits[ti];
    if (!near(h.first, h.end)) continue;
    bool speaker_words = false;  // "Interior Ministry spokesman ... said" names a speaker
    auto [alo, ahi] = in_tokens(a.attributions, h.first > 40 ? h.first - 40 : 0, h.first + 1);
    for (size_t ai = alo; ai < ahi; ++ai)
      if (h.first >= a.attributions[ai].first && h.end <= a.attributions[ai].end) speaker_words = true;
    if (speaker_words) continue;
    uint32_t b = h.first;
    std::string nationality;
    while (b > 0 && in_sents(b - 1) && (a.lex.has(a.doc.tokens[b - 1].hash, lex::kCountries) ||
                                        (a.doc.tokens[b - 1].is(kCapitalised) && !a.doc.all_caps &&
                                         !word_in(a, b - 1, {"the", "a", "an", "on", "in", "at"})))) {
      for (const Match& mm : a.matches_at(b - 1))
        for (const lex::Posting& p : mm.postings)
          if (p.table == lex::kCountries && nationality.empty()) nationality = std::string(countries.get(p.row, "cca2"));
      --b;
    }
    Json t = spanned(a, b, h.end);
    t["kind"] = std::string(targets_t.get(h.row, "target_kind"));
    if (!target_seen.insert(matching_form(t["text"].get<std::string>()) + "|" + t["kind"].get<std::string>()).second) continue;
    if (!nationality.empty()) t["nationality"] = nationality;
    std::string_view gt = targets_t.get(h.row, "gtd_target_type");
    if (!gt.empty()) t["gtd_target_type"] = std::string(gt);
    if (targets.size() < kMaxListItems) targets.push_back(t);
  }
  return targets;
}

Json incident_weapons(const IncidentScope& sc, const std::vector<Hit>& weapon_hits) {
  const Analysis& a = sc.a;
  const Cluster& k = sc.cluster();
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  (void)k; (void)c; (void)mx; (void)status; (void)in_sents; (void)near; (void)indices_in;
  const Table& weapons_t = a.lex.table(lex::kWeapons);

  Json weapons = Json::array();
  for (size_t wi : indices_in(weapon_hits)) {
    const Hit& h = weapon_hits[wi];
    if (!near(h.first, h.end)) continue;
    Json w = spanned(a, h.first, h.end);
    w["gtd_weapon_type"] = std::string(weapons_t.get(h.row, "gtd_weapon_type"));
    std::string_view sub = weapons_t.get(h.row, "gtd_weapon_subtype");
    w["gtd_weapon_subtype"] = sub.empty() ? Json(nullptr) : Json(std::string(sub));
    if (weapons.size() < kMaxListItems) weapons.push_back(w);
  }
  return weapons;
}

}  // namespace sitrep
