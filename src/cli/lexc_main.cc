// sitrep-lexc: compiles data/ and the npm gazetteer packages into sitrep.lex (a build step).
#include <cstring>
#include <iostream>
#include <string>

#include "lexicon/compile.h"
#include "lexicon/lexicon.h"

int main(int argc, char** argv) {
  sitrep::CompileInputs in;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--data")
      in.data_dir = v;
    else if (k == "--npm")
      in.npm_dir = v;
    else if (k == "--dict")
      in.dict_path = v;
    else if (k == "--out")
      in.out_path = v;
    else {
      std::cerr << "sitrep-lexc: unknown option " << k << "\n";
      return 2;
    }
  }
  if (in.data_dir.empty() || in.npm_dir.empty() || in.out_path.empty()) {
    std::cerr << "usage: sitrep-lexc --data DIR --npm NODE_MODULES [--dict WORDS] --out FILE\n";
    return 2;
  }
  sitrep::CompileStats st;
  std::string error;
  if (!sitrep::compile_lexicon(in, &st, &error)) {
    std::cerr << "sitrep-lexc: " << error << "\n";
    return 1;
  }
  // The full checksum is verified once here, so start-up need only check the header.
  if (!sitrep::Lexicon::verify(in.out_path, &error)) {
    std::cerr << "sitrep-lexc: " << error << "\n";
    return 1;
  }
  std::cerr << "sitrep-lexc: " << in.out_path << ": " << st.phrases << " phrases, " << st.postings << " postings, "
            << st.places << " places, " << st.countries << " countries, " << st.admin1 << " provinces, " << st.admin2
            << " districts, " << st.bytes / 1048576.0 << " MB\n";
  return 0;
}
