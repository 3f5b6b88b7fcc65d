// Column lookup by name (Table::column, src/lexicon/lexicon.h): a slot per key of the name
// instead of a scan over the header. Names that share a key, repeated names and absent
// names must give what the scan gave: the first column of that name, else -1.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

struct ColumnCase {
  const char* tsv;
  const char* name;
  int expected;  // column index, -1 when absent
};

class TableColumns : public ::testing::TestWithParam<ColumnCase> {};

TEST_P(TableColumns, Column) {
  const ColumnCase& c = GetParam();
  Table t;
  t.parse(c.tsv);
  EXPECT_EQ(t.column(c.name), c.expected) << c.tsv << " " << c.name;
  // Through a runtime string too (not a literal the compiler may fold).
  const std::string name(c.name);
  EXPECT_EQ(t.column(std::string_view(name)), c.expected) << c.tsv << " " << c.name;
}

// kinds.tsv's ACLED columns share a key (same length, first, middle and last bytes).
constexpr const char* kKinds =
    "kind\tfamily\tacled_armed_event_type\tacled_state_event_type\tacled_crowd_event_type\tdefault_status\n"
    "bombing\tattack\tExplosions\t\t\treported\n";

const ColumnCase kCases[] = {
    {kKinds, "kind", 0},
    {kKinds, "family", 1},
    {kKinds, "acled_armed_event_type", 2},
    {kKinds, "acled_state_event_type", 3},
    {kKinds, "acled_crowd_event_type", 4},
    {kKinds, "default_status", 5},
    // Absent: a name of another key, and names of a key some column has.
    {kKinds, "acled_other_event_type", -1},
    {kKinds, "kinds", -1},
    {kKinds, "kine", -1},
    {kKinds, "", -1},
    // A repeated name is its first column.
    {"name\tcode\tname\n", "name", 0},
    {"name\tcode\tname\n", "code", 1},
    // An empty header field is a column named "".
    {"code\t\tname\n", "", 1},
    {"code\t\tname\n", "name", 2},
    // No header.
    {"", "name", -1},
};

INSTANTIATE_TEST_SUITE_P(Lexicon, TableColumns, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
