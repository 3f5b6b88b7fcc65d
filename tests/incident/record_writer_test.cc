// The record writer (incident/assemble: append_json) against nlohmann's dump: every row
// must come out byte for byte as dump(-1, ' ', false, replace) writes it, invalid UTF-8,
// control characters and floating-point numbers included; and whole records from the
// pipeline are one line of valid JSON whose dump round-trips to the same bytes.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "incident/assemble.h"
#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

std::string written(const Json& v) {
  std::string out;
  append_json(v, &out);
  return out;
}

std::string dumped(const Json& v) { return v.dump(-1, ' ', false, Json::error_handler_t::replace); }

TEST(RecordWriter, StringsAsDump) {
  const std::vector<std::string> cases = {
      "",
      "Gunmen killed three police officers in Mosul on Tuesday.",
      "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN",
      "he said: \"we will strike again\" \\ back",
      "line one\nline two\ttabbed\r\n",
      "bell \x07 backspace \b form feed \f unit sep \x1f del \x7f",
      std::string("nul \0 inside", 12),
      "Monday\xE2\x80\x99s attack in K\xC4\x81" "bul",                 // curly apostrophe, a macron
      "\xE2\x80\x9C" "detonated" "\xE2\x80\x9D",                      // curly quotes
      "Gaza \xF0\x9F\x87\xB5\xF0\x9F\x87\xB8 flag",                   // four-byte sequences
      "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",                     // Arabic script
      "truncated \xE2\x80",                                           // invalid: cut sequence
      "lone continuation \x80 byte",                                  // invalid
      "overlong \xC0\xAF slash",                                      // invalid: overlong form
      "overlong \xE0\x80\xAF three",                                  // invalid: overlong form
      "surrogate \xED\xA0\x80 half",                                  // invalid: UTF-16 surrogate
      "past U+10FFFF \xF4\x90\x80\x80",                               // invalid
      "Latin-1 caf\xE9 in old wire copy",                             // invalid: ISO-8859-1 byte
      "\xFF\xFE",                                                     // invalid
      "last byte \xF0\x9F\x98",                                       // invalid: cut at the end
  };
  for (const std::string& s : cases) EXPECT_EQ(written(Json(s)), dumped(Json(s))) << s;
}

TEST(RecordWriter, ScalarsAndNestingAsDump) {
  const std::vector<Json> cases = {
      Json(nullptr),
      Json(true),
      Json(false),
      Json(0),
      Json(-17),
      Json(int64_t(std::numeric_limits<int64_t>::min())),
      Json(uint64_t(std::numeric_limits<uint64_t>::max())),
      Json(0.55),
      Json(0.1),
      Json(33.42056),
      Json(-122.41942),
      Json(1.0),
      Json(1e300),
      Json(-0.0),
      Json(std::nan("")),
      Json(std::numeric_limits<double>::infinity()),
      Json::array(),
      Json::object(),
      Json::array({1, "two", nullptr, Json::array({3.5}), Json::object({{"k", "v"}})}),
      Json::object({{"text", "Kirkuk"}, {"span", {120, 126}}, {"lat", 35.46806}, {"site", nullptr}}),
      Json::object({{"quote\"key", "v"}, {"tab\tkey", {{"nested", {{"deeper", Json::array()}}}}}}),
      Json::object({{"caf\xE9", "bad key bytes"}}),
  };
  for (const Json& v : cases) EXPECT_EQ(written(v), dumped(v)) << dumped(v);
}

TEST(RecordWriter, ObjectKeepsInsertionOrder) {
  Json r = Json::object();
  r["id"] = "a1";
  r["doc"] = "d";
  r["incident"] = 0;
  r["confidence"] = 0.65;
  r["acled"] = Json::object({{"event_type", "Battles"}, {"fatalities", 4}});
  EXPECT_EQ(written(r), R"({"id":"a1","doc":"d","incident":0,"confidence":0.65,"acled":{"event_type":"Battles","fatalities":4}})");
}

// Whole records: one line each, and re-serialising the parsed record gives the same bytes.
TEST(RecordWriter, PipelineRecordsRoundTrip) {
  const std::vector<std::string> texts = {
      "KABUL, March 3 (Reuters) - A suicide bomber killed 12 people and wounded 30 at a "
      "market in Kandahar on Tuesday, police said. \"It was a massacre,\" a witness told reporters.",
      "LIMA, 12 MAY 89 (EFE) -- [TEXT] SHINING PATH GUERRILLAS DYNAMITED A POWER PYLON IN "
      "HUANCAYO LAST NIGHT, THE POLICE REPORTED. NO CASUALTIES WERE REPORTED.",
      "Gunmen on motorbikes shot dead two aid workers near Maiduguri, Nigeria\xE2\x80\x99s army "
      "said on Friday.\tThe attackers fled.",
  };
  for (const std::string& t : texts) {
    DocumentInput in;
    in.id = "doc\"1";
    in.text = t;
    in.date = "2023-05-12";
    ExtractOptions opt;
    opt.status = StatusFilter::kAll;
    ExtractResult r = test::pipeline().extract(in, opt);
    ASSERT_FALSE(r.records.empty()) << t;
    for (const std::string& line : r.records) {
      EXPECT_EQ(line.find('\n'), std::string::npos);
      Json parsed = Json::parse(line);
      EXPECT_EQ(dumped(parsed), line);
    }
  }
}

}  // namespace
}  // namespace sitrep
