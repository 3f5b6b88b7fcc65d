// WikiEvents scoring (SPEC section 7): document-level argument P/R/F1 of Conflict.Attack.*,
// Life.Die.* and Life.Injure.* events against the arguments of a document's incident
// records. Takes gold documents and records, hands out counts; no I/O besides parsing.
//
// Gold roles -> record fields:
//   Attacker, Killer, Injurer -> Attacker   <- perpetrators[] (text, name) + attackers[]
//   Target                    -> Target     <- targets[] + victims[]
//   Victim                    -> Victim     <- victims[] (text, name)
//   Instrument, ExplosiveDevice -> Instrument <- weapons[]
//   Place                     -> Place      <- location (name, text, site), head words only
// Matching is by words after gtt_normalize: equal last words, or every word of one among the
// words of the other (words_match); Place compares head words (head_words_match). Within a
// document, gold arguments with the same normalised words and role count once, and so do
// predicted items of one field. As in GTT's metric, neither side is matched one-to-one.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/result.h"

namespace sitrep::eval {

enum class WikiRole { kAttacker, kTarget, kVictim, kInstrument, kPlace };
inline constexpr int kWikiRoles = 5;
inline constexpr std::array<const char*, kWikiRoles> kWikiRoleNames = {"Attacker", "Target", "Victim",
                                                                     "Instrument", "Place"};

struct WikiGoldArg {
  WikiRole role;
  std::string text;
  bool of_attack = false;  // an argument of a Conflict.Attack.* event
};

struct WikiDoc {
  std::string id, text;
  std::vector<WikiGoldArg> args;  // deduplicated by role and normalised words
  bool has_attack_or_death = false;  // a Conflict.Attack.* or Life.Die.* event
  int line = 0;
};

// gen-arg's WikiEvents JSON Lines ({"doc_id", "text", "sentences", "event_mentions":
// [{"event_type", "arguments": [{"role", "text"}]}]}). The text given to extraction is the
// sentences' texts joined by line breaks (else "text", else the tokens). Errors name the
// file and line.
Result<std::vector<WikiDoc>> parse_wikievents(std::string_view content, std::string_view filename);

// Records that count: status reported, attempted, foiled or background (WikiEvents marks
// past events too, not threats or denials) and violent: a muc4 or gtd view, or an ACLED
// event type of Battles, Explosions/Remote violence, Violence against civilians or Riots.
bool is_wikievents_incident(const nlohmann::json& record);

// The record fields that feed WikiEvents roles.
enum class WikiField { kAttacker, kTarget, kVictim, kWeapon, kLocation };

struct WikiPredItem {
  WikiField field;
  std::vector<std::string> forms;  // alternative wordings: text, canonical name, site
};

std::vector<WikiPredItem> wikievents_items(const std::vector<nlohmann::json>& records);

struct WikiCounts {
  int pred = 0, pred_right = 0, gold = 0, gold_found = 0;
  WikiCounts& operator+=(const WikiCounts& o) {
    pred += o.pred, pred_right += o.pred_right, gold += o.gold, gold_found += o.gold_found;
    return *this;
  }
};

struct WikiDocScore {
  WikiCounts overall;
  std::array<WikiCounts, kWikiRoles> roles;
  int attack_places = 0, attack_places_found = 0;  // the Place share
  bool has_incident = false;
  std::vector<std::string> missed, spurious;  // for --errors: "Role: words"
};

WikiDocScore score_wikievents_doc(const WikiDoc& gold, const std::vector<nlohmann::json>& records);

}  // namespace sitrep::eval
