// Table tests for lex::Table rows (src/lexicon/lexicon.h): the small TSV tables are laid out
// by the compiler (Table::layout) into one flat array of field views that start-up maps; a
// lookup outside a row, a column or the table is an empty view, whatever the row lengths
// around it.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "lexicon/format.h"
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

namespace sitrep {
namespace {

// The mapped table layout is checked at start-up: a field pointing outside its table's text
// (a damaged or truncated file) is a load error naming the table, never a read past it.
std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Rewrites the first field of the first table in the compiled lexicon with `field`.
std::string damaged_copy(const lex::TableField& field, const std::string& name) {
  std::string bytes = read_all(SITREP_LEXICON);
  lex::FileHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  for (uint32_t i = 0; i < h.section_count; ++i) {
    lex::SectionEntry s;
    std::memcpy(&s, bytes.data() + sizeof h + i * sizeof s, sizeof s);
    if (s.id != lex::kTables) continue;
    lex::TableBlobHeader th;
    std::memcpy(&th, bytes.data() + s.offset, sizeof th);
    const auto pad8 = [](uint64_t n) { return (n + 7) & ~uint64_t(7); };
    const uint64_t fields_at = s.offset + sizeof th + pad8(th.text_bytes) + pad8(uint64_t(th.rows + 1ull) * 4);
    std::memcpy(bytes.data() + fields_at, &field, sizeof field);
  }
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(LexiconLayout, DamagedFieldIsALoadError) {
  std::string error;
  ASSERT_NE(Lexicon::load(SITREP_LEXICON, &error), nullptr) << error;
  for (lex::TableField f : {lex::TableField{0xFFFFFF00u, 4}, lex::TableField{0, 0xFFFFFFF0u}}) {
    error.clear();
    EXPECT_EQ(Lexicon::load(damaged_copy(f, "damaged.lex"), &error), nullptr);
    EXPECT_NE(error.find("is damaged"), std::string::npos) << error;
  }
  // The same bytes with a field inside the text load.
  error.clear();
  EXPECT_NE(Lexicon::load(damaged_copy(lex::TableField{0, 1}, "intact.lex"), &error), nullptr) << error;
}

}  // namespace
}  // namespace sitrep
