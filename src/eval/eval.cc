// `sitrep eval` entry point: checks the arguments and hands over to the format's runner.
#include "eval/eval.h"

#include <exception>

#include "eval/report.h"

namespace sitrep::eval {

int run(const Args& args, const Extractor& extract, std::ostream& out, std::ostream& err) {
  auto usage = [&](const std::string& why) {
    err << "sitrep eval: " << why << "\n"
        << "usage: sitrep eval --format muc4|gtt|acled|wikievents|sitrep --gold FILE [--text FILE] "
           "[--pred FILE] [--json] [--errors N]\n";
    return 2;
  };
  const std::string& f = args.format;
  if (f.empty()) return usage("--format is required");
  if (f != "muc4" && f != "gtt" && f != "acled" && f != "wikievents" && f != "sitrep")
    return usage("unknown --format \"" + f + "\"");
  if (args.gold.empty()) return usage("--gold FILE is required");
  if (f == "muc4" && args.text.empty()) return usage("--format muc4 needs --text MESSAGEFILE (e.g. tst2-muc4)");
  if (f != "muc4" && !args.text.empty()) return usage("--text is for --format muc4 only");
  if (!args.pred.empty() && f != "muc4" && f != "gtt") return usage("--pred is for --format gtt and muc4 only");
  if (args.errors < 0) return usage("--errors takes a number >= 0");
  if (args.pred.empty() && !extract) return usage("no extractor to run (and no --pred file)");
  try {
    if (f == "muc4" || f == "gtt") return run_gtt_eval(args, extract, out, err);
    if (f == "acled") return run_acled_eval(args, extract, out, err);
    if (f == "wikievents") return run_wikievents_eval(args, extract, out, err);
    return run_sitrep_eval(args, extract, out, err);
  } catch (const std::exception& e) {  // the edge: nothing escapes `run`
    err << "sitrep eval: " << e.what() << '\n';
  } catch (...) {
    err << "sitrep eval: unexpected error\n";
  }
  return 1;
}

}  // namespace sitrep::eval
