// Report formatting and the guarded extraction call.
#include "eval/report.h"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace sitrep::eval {

void Table::print(std::ostream& out, const std::string& indent) const {
  std::vector<size_t> width;
  for (const auto& row : rows_)
    for (size_t c = 0; c < row.size(); ++c) {
      if (width.size() <= c) width.push_back(0);
      width[c] = std::max(width[c], row[c].size());
    }
  for (const auto& row : rows_) {
    std::string line = indent;
    for (size_t c = 0; c < row.size(); ++c) {
      std::string pad(width[c] - row[c].size(), ' ');
      if (c == 0) {
        line += row[c] + pad;
      } else {
        line += "  " + pad + row[c];
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string percent(double share) { return fixed(share * 100.0, 2); }

std::string share_of(int64_t part, int64_t whole) {
  std::string out = std::to_string(part) + "/" + std::to_string(whole);
  if (whole > 0) out += " (" + percent(static_cast<double>(part) / static_cast<double>(whole)) + "%)";
  return out;
}

std::vector<nlohmann::json> extract_guarded(const Extractor& extract, const std::string& id, const std::string& text,
                                            const std::string& date, std::ostream& err, bool* failed) {
  try {
    return extract(id, text, date);
  } catch (const std::exception& e) {
    err << nlohmann::json{{"doc", id}, {"error", std::string("extraction failed: ") + e.what()}}.dump(
               -1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
  } catch (...) {
    err << nlohmann::json{{"doc", id}, {"error", "extraction failed"}}.dump(-1, ' ', false,
                                                                         nlohmann::json::error_handler_t::replace)
        << '\n';
  }
  *failed = true;
  return {};
}

void print_warnings(const std::vector<std::string>& warnings, std::ostream& err) {
  constexpr size_t kMaxShown = 20;  // a screenful; the rest are counted
  for (size_t i = 0; i < warnings.size() && i < kMaxShown; ++i) err << "sitrep eval: warning: " << warnings[i] << '\n';
  if (warnings.size() > kMaxShown)
    err << "sitrep eval: warning: ... and " << warnings.size() - kMaxShown << " more\n";
}

}  // namespace sitrep::eval
