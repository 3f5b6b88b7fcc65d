// Table tests for lex::Table rows (src/lexicon/lexicon.h): the small TSV tables are parsed at
// start-up into one flat array of field views; a lookup outside a row, a column or the
// table is an empty view, whatever the row lengths around it.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lexicon/lexicon.h"

namespace sitrep {
namespace {

struct TableCase {
  const char* tsv;
  size_t rows;           // expected size()
  size_t row;            // the row looked up
  const char* column;    // by name
  const char* expected;  // the field, "" when absent
};

class TableRows : public ::testing::TestWithParam<TableCase> {};

TEST_P(TableRows, Get) {
  const TableCase& c = GetParam();
  Table t;
  t.parse(c.tsv);
  EXPECT_EQ(t.size(), c.rows) << c.tsv;
  EXPECT_EQ(t.get(c.row, c.column), std::string_view(c.expected)) << c.tsv << " row " << c.row << " " << c.column;
}

const TableCase kCases[] = {
    // A province table: code, name, country.
    {"code\tname\tcountry\nAF.10\tHelmand\tAF\nPK.02\tBalochistan\tPK\n", 2, 1, "name", "Balochistan"},
    {"code\tname\tcountry\nAF.10\tHelmand\tAF\nPK.02\tBalochistan\tPK\n", 2, 0, "country", "AF"},
    {"code\tname\tcountry\nAF.10\tHelmand\tAF\nPK.02\tBalochistan\tPK\n", 2, 1, "code", "PK.02"},
    // No final newline; Windows line ends lose their carriage return.
    {"form\tkind\r\nambushed\tattack\r\nshelled\tshelling", 2, 1, "kind", "shelling"},
    {"form\tkind\r\nambushed\tattack\r\nshelled\tshelling", 2, 0, "kind", "attack"},
    // A short row: its missing fields are empty, not the next row's.
    {"name\tcountry\tcapital\nPeru\tPE\tLima\nChad\nNiger\tNE\tNiamey\n", 3, 1, "country", ""},
    {"name\tcountry\tcapital\nPeru\tPE\tLima\nChad\nNiger\tNE\tNiamey\n", 3, 2, "name", "Niger"},
    {"name\tcountry\tcapital\nPeru\tPE\tLima\nChad\nNiger\tNE\tNiamey\n", 3, 2, "capital", "Niamey"},
    // A row longer than the header keeps its extra field out of the next row.
    {"a\tb\nx\ty\tz\nu\tv\n", 2, 1, "a", "u"},
    // Empty fields between tabs are kept in place.
    {"name\tadmin1\tadmin2\nSangin\t\tHelmand\n", 1, 0, "admin2", "Helmand"},
    {"name\tadmin1\tadmin2\nSangin\t\tHelmand\n", 1, 0, "admin1", ""},
    // Unknown column, row past the end, header only, nothing at all.
    {"code\tname\nSV.01\tAhuachapan\n", 1, 0, "population", ""},
    {"code\tname\nSV.01\tAhuachapan\n", 1, 1, "name", ""},
    {"code\tname\n", 0, 0, "code", ""},
    {"", 0, 0, "code", ""},
};

INSTANTIATE_TEST_SUITE_P(Lexicon, TableRows, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
