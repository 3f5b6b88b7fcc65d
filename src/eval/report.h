// Shared pieces of the evaluator's reports: aligned text tables, number formats, guarded
// extraction calls and the per-format entry points that `run` dispatches to. Internal to
// src/eval/.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/eval.h"

namespace sitrep::eval {

// A plain-text table: the first column left-aligned, the others right-aligned.
class Table {
 public:
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out, const std::string& indent = "") const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::string percent(double share);                 // 0.5021 -> "50.21"
std::string share_of(int64_t part, int64_t whole);  // "12/34 (35.29%)"
std::string fixed(double value, int decimals);

// Runs the extractor on one document; an exception becomes an error line on `err`
// ({"doc", "error"}, as SPEC section 1 has for bad documents) and no records.
std::vector<nlohmann::json> extract_guarded(const Extractor& extract, const std::string& id, const std::string& text,
                                            const std::string& date, std::ostream& err, bool* failed);

// Prints at most a screenful of warnings as "sitrep eval: warning: ...".
void print_warnings(const std::vector<std::string>& warnings, std::ostream& err);

int run_gtt_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err);
int run_acled_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err);
int run_wikievents_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err);
int run_sitrep_eval(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err);

}  // namespace sitrep::eval
