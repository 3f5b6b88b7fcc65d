// Incident records as values (incident/record.h): assemble_incidents hands out Records whose
// fields can be read and compared without parsing JSON, and whose written line is exactly
// what the pipeline prints. Rows: {text, publication date, the first record's kind, killed,
// injured, location name ("" for none), number of perpetrators}.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../support/analyse.h"
#include "extract/actors.h"
#include "extract/casualties.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "extract/places.h"
#include "extract/sources.h"
#include "incident/assemble.h"
#include "incident/record.h"

namespace sitrep {
namespace {

struct Row {
  std::string text, date;
  std::string kind;
  std::optional<int64_t> killed, injured;
  std::string location;
  size_t perpetrators;
};

std::vector<Record> assembled(const std::string& text, const std::string& date) {
  test::Analysed a(text, date);
  find_dates(a.get());
  find_numbers(a.get());
  find_actors(a.get());
  find_places(a.get());
  find_events(a.get());
  find_casualties(a.get());
  find_sources(a.get());
  ExtractOptions o;
  o.status = StatusFilter::kAll;
  return assemble_incidents(*a, o);
}

std::optional<int64_t> value(const std::optional<CasualtyCount>& c) { return c ? c->value : std::nullopt; }

TEST(Records, AssembledValuesAreThePrintedLines) {
  const std::vector<Row> rows = {
      {"MOGADISHU, Somalia (AP) - A car bomb exploded at a busy market in Mogadishu on Saturday, killing 12 "
       "people and wounding 30 others, police said. Al-Shabaab claimed responsibility for the attack.",
       "2023-05-13", "car_bombing", 12, 30, "Mogadishu", 1},
      {"SAN SALVADOR, 12 NOV 89 (RADIO VENCEREMOS) -- [TEXT] FMLN URBAN COMMANDOS ATTACKED THE NATIONAL "
       "GUARD HEADQUARTERS IN SAN SALVADOR LAST NIGHT. FIVE SOLDIERS WERE KILLED.",
       "1989-11-12", "attack", 5, std::nullopt, "San Salvador", 1},
      {"Gunmen on motorbikes shot dead two aid workers near Maiduguri, Nigeria\xE2\x80\x99s army said on Friday.",
       "2021-03-05", "shooting", 2, std::nullopt, "Maiduguri", 0},
      {"The minister said the economy grew by two percent last year.", "2019-01-10", "", std::nullopt,
       std::nullopt, "", 0},
  };
  for (const Row& row : rows) {
    std::vector<Record> records = assembled(row.text, row.date);
    DocumentInput in;
    in.id = "test";  // the id test::Analysed gives its document: the records' ids hash it
    in.text = row.text;
    in.date = row.date;
    ExtractOptions o;
    o.status = StatusFilter::kAll;
    ExtractResult printed = test::pipeline().extract(in, o);
    ASSERT_EQ(records.size(), printed.records.size()) << row.text;
    for (size_t i = 0; i < records.size(); ++i) EXPECT_EQ(record_json(records[i]), printed.records[i]) << row.text;
    if (row.location.empty() && !row.killed) {
      EXPECT_TRUE(records.empty()) << row.text;
      continue;
    }
    ASSERT_FALSE(records.empty()) << row.text;
    const Record& r = records.front();
    EXPECT_EQ(r.kind, row.kind) << row.text;
    EXPECT_EQ(value(r.killed), row.killed) << row.text;
    EXPECT_EQ(value(r.injured), row.injured) << row.text;
    EXPECT_EQ(r.location ? r.location->name : "", row.location) << row.text;
    EXPECT_EQ(r.perpetrators.size(), row.perpetrators) << row.text;
  }
}

}  // namespace
}  // namespace sitrep
