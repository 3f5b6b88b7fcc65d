#include "incident/record.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

namespace sitrep {
namespace {

// Bytes [0, n) of s are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing past U+10FFFF), the same set nlohmann's decoder accepts.
bool valid_utf8(const unsigned char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else return false;
    if (n - i < len || s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k < len; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return false;
    i += len;
  }
  return true;
}

// What a byte needs in a JSON string: 0 copied as is, 1 escaped, 2 the start (or part)
// of a multi-byte sequence, checked once per string.
constexpr std::array<uint8_t, 256> kStringByte = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[size_t(c)] = c < 0x20 || c == '"' || c == '\\' ? 1 : c >= 0x80 ? 2 : 0;
  return t;
}();

// None of the 8 bytes of w needs a look of its own: no control character, quote,
// backslash or non-ASCII byte (exact as a whole: each test is exact once the high bits
// are clear).
inline bool plain_ascii8(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHigh;
  return !((w & kHigh) | below_space | has_zero(w ^ ('"' * kOnes)) | has_zero(w ^ ('\\' * kOnes)));
}

// Where a writer puts its bytes before they go to the output string at once: a buffer of
// the thread's, grown to the largest record seen and reused, so writing is a bounds check
// and a copy per piece, and the output string is allocated once at its final size.
class Out {
 public:
  explicit Out(std::string* s) : s_(s) {
    thread_local std::string scratch;
    thread_local bool busy = false;
    if (!busy) {
      buf_ = &scratch;
      busy_ = &busy;
      busy = true;
    } else {
      buf_ = &own_;  // a writer inside a writer (none today): a buffer of its own
    }
    if (buf_->size() < 4096) buf_->resize(4096);  // a record is some 2 KB
    data_ = buf_->data();
    cap_ = buf_->size();
  }
  ~Out() {
    s_->append(buf_->data(), n_);
    // A pathological record (hundreds of long quotes) does not pin its memory to the thread.
    if (buf_->size() > kKeepBytes) std::string().swap(*buf_);
    if (busy_) *busy_ = false;
  }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  // Room for k more bytes at the cursor; advance() by what was written there.
  // Inline, from the buffer's address and size kept here: a record asks for room some
  // 200 times, and the buffer grows only for a record longer than any before it.
  char* room(size_t k) {
    if (cap_ - n_ < k) [[unlikely]]
      grow(k);
    return data_ + n_;
  }
  void advance(size_t k) { n_ += k; }
  void put(char c) {
    *room(1) = c;
    ++n_;
  }
  void put(std::string_view d) {
    if (d.empty()) return;
    std::memcpy(room(d.size()), d.data(), d.size());
    n_ += d.size();
  }
  size_t size() const { return n_; }
  void cut(size_t n) { n_ = n; }

 private:
  [[gnu::noinline]] void grow(size_t k) {
    buf_->resize(std::max(buf_->size() * 2, n_ + k));
    data_ = buf_->data();
    cap_ = buf_->size();
  }

  static constexpr size_t kKeepBytes = 1 << 20;
  std::string* s_;
  std::string* buf_;
  char* data_ = nullptr;  // buf_'s bytes and size, as of the last resize
  size_t cap_ = 0;
  std::string own_;
  bool* busy_ = nullptr;
  size_t n_ = 0;
};

void write_string(Out& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  // Most of a record's words are plain ASCII: found 8 bytes at a time, copied at once.
  size_t i = 0;
  for (uint64_t w; i + 8 <= n; i += 8) {
    std::memcpy(&w, p + i, 8);
    if (!plain_ascii8(w)) break;
  }
  // The last 1-7 bytes of a string of 8 or more, when all before them are plain: the 8
  // bytes ending the string, read at once (some already read), not a byte loop whose exit
  // is mispredicted.
  if (i < n && i + 8 > n && n >= 8) {
    uint64_t w;
    std::memcpy(&w, p + n - 8, 8);
    if (plain_ascii8(w)) i = n;
  }
  while (i < n && kStringByte[p[i]] == 0) ++i;
  if (i == n) {
    char* d = out.room(n + 2);
    d[0] = '"';
    if (n) std::memcpy(d + 1, p, n);
    d[n + 1] = '"';
    out.advance(n + 2);
    return;
  }
  const size_t start = out.size();
  out.put('"');
  size_t run = 0;  // start of the bytes not yet copied
  bool checked = false;
  for (; i < n; ++i) {
    for (uint64_t w; i + 8 <= n; i += 8) {
      std::memcpy(&w, p + i, 8);
      if (!plain_ascii8(w)) break;
    }
    if (i >= n) break;
    const uint8_t k = kStringByte[p[i]];
    if (k == 0) continue;
    if (k == 2) {
      if (!checked && !valid_utf8(p + i, n - i)) {
        // Rare: nlohmann's replacement of invalid bytes, exactly as the records always had it.
        out.cut(start);
        out.put(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
      }
      checked = true;
      continue;
    }
    out.put(s.substr(run, i - run));
    run = i + 1;
    switch (p[i]) {
      case '"': out.put("\\\""); break;
      case '\\': out.put("\\\\"); break;
      case '\b': out.put("\\b"); break;
      case '\f': out.put("\\f"); break;
      case '\n': out.put("\\n"); break;
      case '\r': out.put("\\r"); break;
      case '\t': out.put("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(p[i]));
        out.put(buf);
      }
    }
  }
  out.put(s.substr(run));
  out.put('"');
}

void write_int(Out& out, int64_t v) {
  char* d = out.room(24);
  out.advance(size_t(std::to_chars(d, d + 24, v).ptr - d));
}

void write_number(Out& out, double v) {
  if (!std::isfinite(v)) {
    out.put("null");
    return;
  }
  // nlohmann's own Grisu2 formatting ("0.55", "1.0", "1e+300"), so records keep the bytes
  // they had when they were nlohmann values.
  char* d = out.room(64);
  out.advance(size_t(nlohmann::detail::to_chars(d, d + 64, v) - d));
}

// One JSON object being written: keys are the writer's own ASCII names, never escaped.
class Obj {
 public:
  explicit Obj(Out& out) : out_(out) { out_.put('{'); }
  ~Obj() { out_.put('}'); }
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;

  // Writes `,"k":` (no comma before the first key). Always inline, as are the writers
  // below that take a key: the keys are literals, so their lengths are constants and the
  // copy a few stores (a record has a hundred keys).
  [[gnu::always_inline]] Out& key(std::string_view k) {
    char* d = out_.room(k.size() + 4);
    size_t n = 0;
    if (!first_) d[n++] = ',';
    first_ = false;
    d[n++] = '"';
    std::memcpy(d + n, k.data(), k.size());
    n += k.size();
    d[n++] = '"';
    d[n++] = ':';
    out_.advance(n);
    return out_;
  }
  [[gnu::always_inline]] void null(std::string_view k) { key(k).put("null"); }
  [[gnu::always_inline]] void str(std::string_view k, std::string_view v) { write_string(key(k), v); }
  [[gnu::always_inline]] void str(std::string_view k, const std::string& v) { write_string(key(k), v); }
  [[gnu::always_inline]] void str(std::string_view k, const std::optional<std::string>& v) {
    if (v) str(k, *v);
    else null(k);
  }
  // Left out when empty.
  [[gnu::always_inline]] void str_if(std::string_view k, const std::string& v) {
    if (!v.empty()) str(k, v);
  }
  [[gnu::always_inline]] void boolean(std::string_view k, bool v) { key(k).put(v ? "true" : "false"); }
  [[gnu::always_inline]] void integer(std::string_view k, int64_t v) { write_int(key(k), v); }
  template <typename T>
  [[gnu::always_inline]] void integer(std::string_view k, const std::optional<T>& v) {
    if (v) integer(k, int64_t(*v));
    else null(k);
  }
  [[gnu::always_inline]] void number(std::string_view k, double v) { write_number(key(k), v); }
  [[gnu::always_inline]] void number(std::string_view k, const std::optional<double>& v) {
    if (v) number(k, *v);
    else null(k);
  }
  // "text", "span".
  void words(const TextSpan& s) {
    str("text", s.text);
    span(s);
  }
  void span(const TextSpan& s) {
    Out& o = key("span");
    char* d = o.room(24);  // "[4294967295,4294967295]": a uint32 has at most 10 digits
    char* p = d;
    *p++ = '[';
    p = std::to_chars(p, p + 10, s.begin).ptr;
    *p++ = ',';
    p = std::to_chars(p, p + 10, s.end).ptr;
    *p++ = ']';
    o.advance(size_t(p - d));
  }

 private:
  Out& out_;
  bool first_ = true;
};

// A list of values written by `item`, [] when empty.
template <typename T, typename F>
void list(Out& out, const std::vector<T>& v, F item) {
  out.put('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.put(',');
    item(v[i]);
  }
  out.put(']');
}

// Null when absent, else the object written by `fill`.
template <typename T, typename F>
void object_or_null(Out& out, const std::optional<T>& v, F fill) {
  if (!v) {
    out.put("null");
    return;
  }
  Obj o(out);
  fill(o, *v);
}

void write_count(Out& out, const std::optional<CasualtyCount>& c) {
  object_or_null(out, c, [&](Obj& o, const CasualtyCount& x) {
    o.integer("value", x.value);
    if (x.vague) o.boolean("vague", *x.vague);
    o.words(x.words);
    list(o.key("evidence"), x.evidence, [&](const TextSpan& s) {
      Obj e(out);
      e.words(s);
    });
  });
}

}  // namespace

void append_json_string(std::string_view s, std::string* out) {
  Out o(out);
  write_string(o, s);
}

void append_json_number(double v, std::string* out) {
  Out o(out);
  write_number(o, v);
}

void append_record_json(const Record& r, std::string* s) {
  Out out(s);
  Obj o(out);
  o.str("id", r.id);
  o.str("doc", r.doc);
  o.str_if("source", r.source);
  o.str_if("url", r.url);
  o.str_if("title", r.title);
  o.integer("incident", r.incident);
  o.str("status", r.status);
  o.str("kind", r.kind);
  {
    Obj t(o.key("trigger"));
    t.words(r.trigger);
  }
  object_or_null(o.key("date"), r.date, [](Obj& d, const RecordDate& x) {
    d.str("value", x.value);
    d.str("precision", x.precision);
    d.str("weekday", x.weekday);
    d.words(x.words);
  });
  object_or_null(o.key("location"), r.location, [](Obj& l, const RecordLocation& x) {
    l.str("name", x.name);
    l.integer("geonames_id", x.geonames_id);
    l.str("country", x.country);
    l.str("admin1", x.admin1);
    l.str("admin2", x.admin2);
    l.number("lat", x.lat);
    l.number("lon", x.lon);
    l.integer("precision", x.precision);
    l.str("site", x.site);
    l.words(x.words);
  });
  object_or_null(o.key("time"), r.time, [](Obj& t, const RecordTime& x) {
    t.str("local", x.local);
    t.str("utc", x.utc);
    t.str("tz", x.tz);
    t.words(x.words);
  });
  list(o.key("perpetrators"), r.perpetrators, [&](const Perpetrator& x) {
    Obj p(out);
    p.words(x.words);
    p.str("name", x.name);
    p.str("kind", x.kind);
    p.integer("inter", x.inter);
    p.str("lexicon_id", x.lexicon_id);
    p.str_if("country", x.country);
    p.str("status", x.status);
    if (x.confidence) p.number("confidence", *x.confidence);
  });
  list(o.key("attackers"), r.attackers, [&](const Attacker& x) {
    Obj p(out);
    p.words(x.words);
    p.str_if("member_of", x.member_of);
    if (x.count) p.integer("count", *x.count);
  });
  list(o.key("targets"), r.targets, [&](const Target& x) {
    Obj t(out);
    t.words(x.words);
    t.str("kind", x.kind);
    t.str_if("nationality", x.nationality);
    t.str_if("gtd_target_type", x.gtd_target_type);
    if (x.people) t.boolean("people", true);
  });
  list(o.key("victims"), r.victims, [&](const Victim& x) {
    Obj v(out);
    v.words(x.words);
    v.str_if("name", x.name);
    if (x.count) v.integer("count", *x.count);
    v.str("effect", x.effect);
    v.str_if("nationality", x.nationality);
  });
  write_count(o.key("killed"), r.killed);
  write_count(o.key("attackers_killed"), r.attackers_killed);
  write_count(o.key("injured"), r.injured);
  list(o.key("weapons"), r.weapons, [&](const Weapon& x) {
    Obj w(out);
    w.words(x.words);
    w.str("gtd_weapon_type", x.gtd_weapon_type);
    w.str("gtd_weapon_subtype", x.gtd_weapon_subtype);
  });
  list(o.key("claims"), r.claims, [&](const Claim& x) {
    Obj c(out);
    c.words(x.words);
    c.str("by", x.by);
    c.str("channel", x.channel);
  });
  list(o.key("sources"), r.sources, [&](const Source& x) {
    Obj s(out);
    s.str("speaker", x.speaker);
    s.str("role", x.role);
    s.str("org", x.org);
    s.str("channel", x.channel);
    s.str("outlet", x.outlet);
    s.str("quote", x.quote);
    s.span(x.words);
    s.str("text", x.words.text);
  });
  o.number("confidence", r.confidence);
  object_or_null(o.key("acled"), r.acled, [](Obj& v, const AcledView& x) {
    v.str("event_type", x.event_type);
    v.str("sub_event_type", x.sub_event_type);
    v.str("actor1", x.actor1);
    v.str("assoc_actor_1", x.assoc_actor_1);
    v.integer("inter1", x.inter1);
    v.str("actor2", x.actor2);
    v.str("assoc_actor_2", x.assoc_actor_2);
    v.integer("inter2", x.inter2);
    v.integer("interaction", x.interaction);
    v.str("civilian_targeting", x.civilian_targeting);
    v.integer("fatalities", x.fatalities);
    v.integer("geo_precision", x.geo_precision);
    v.integer("time_precision", x.time_precision);
  });
  object_or_null(o.key("gtd"), r.gtd, [](Obj& v, const GtdView& x) {
    v.str("attack_type", x.attack_type);
    v.str("weapon_type", x.weapon_type);
    v.str("weapon_subtype", x.weapon_subtype);
    v.str("target_type", x.target_type);
    v.boolean("suicide", x.suicide);
    v.boolean("success", x.success);
    v.str("gname", x.gname);
    v.boolean("claimed", x.claimed);
    v.str("claimmode", x.claimmode);
    v.integer("nkill", x.nkill);
    v.integer("nkillter", x.nkillter);
    v.integer("nwound", x.nwound);
  });
  o.str("cameo", r.cameo);
  object_or_null(o.key("plover"), r.plover, [](Obj& v, const PloverView& x) {
    v.str("event_type", x.event_type);
    v.str("mode", x.mode);
  });
  object_or_null(o.key("muc4"), r.muc4, [](Obj& v, const Muc4View& x) {
    v.str("type", x.type);
    v.str("stage", x.stage);
  });
}

std::string record_json(const Record& r) {
  std::string out;
  append_record_json(r, &out);
  return out;
}

}  // namespace sitrep
