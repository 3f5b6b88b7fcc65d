// Per-stage benchmarks (Google Benchmark) over the bundled VOA stories: each stage runs
// on documents already prepared by the stages before it, so a figure is that stage's own.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/actors.h"
#include "extract/casualties.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/match.h"
#include "extract/numbers.h"
#include "extract/places.h"
#include "extract/sources.h"
#include "incident/assemble.h"
#include "pipeline/pipeline.h"
#include "sitrep/sitrep.h"
#include "text/tokenize.h"

namespace sitrep {
namespace {

struct Corpus {
  std::vector<DocumentInput> docs;
  size_t bytes = 0;
  std::unique_ptr<Pipeline> pipeline;
};

Corpus& corpus() {
  static Corpus c = [] {
    Corpus c;
    std::ifstream f(SITREP_SOURCE_DIR "/data/corpus/voa/voa_stories.jsonl");
    std::string line;
    while (std::getline(f, line)) {
      auto j = nlohmann::json::parse(line);
      DocumentInput d;
      d.id = j["id"].get<std::string>();
      d.text = j["text"].get<std::string>();
      d.date = j.value("published", "").substr(0, 10);
      c.bytes += d.text.size();
      c.docs.push_back(std::move(d));
    }
    std::string error;
    c.pipeline = Pipeline::open(SITREP_LEXICON, &error);
    if (!c.pipeline) throw std::runtime_error(error);
    return c;
  }();
  return c;
}

// Runs `prepare` (untimed) and `stage` (timed) over every document.
template <typename Prepare, typename Stage>
void run_stage(benchmark::State& state, Prepare prepare, Stage stage) {
  Corpus& c = corpus();
  const Lexicon& lex = c.pipeline->lexicon();
  for (auto _ : state) {
    for (const DocumentInput& in : c.docs) {
      state.PauseTiming();
      auto doc = std::make_unique<Document>(in);
      auto a = std::make_unique<Analysis>(*doc, lex);
      a->anchor_date = in.date;
      prepare(doc.get(), a.get());
      state.ResumeTiming();
      stage(doc.get(), a.get());
      benchmark::DoNotOptimize(a.get());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(c.bytes));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(c.docs.size()));
}

const Lexicon& lex() { return corpus().pipeline->lexicon(); }
void none(Document*, Analysis*) {}
void text(Document* d, Analysis*) { analyse_text(d, lex()); }
void matched(Document* d, Analysis* a) { text(d, a); match_phrases(a); }
void dated(Document* d, Analysis* a) { matched(d, a); find_dates(a); }
void numbered(Document* d, Analysis* a) { dated(d, a); find_numbers(a); }
void actored(Document* d, Analysis* a) { numbered(d, a); find_actors(a); }
void placed(Document* d, Analysis* a) { actored(d, a); find_places(a); }
void evented(Document* d, Analysis* a) { placed(d, a); find_events(a); }
void all_layers(Document* d, Analysis* a) { text(d, a); run_extract_stages(a); }

void BM_Tokenize(benchmark::State& s) { run_stage(s, none, [](Document* d, Analysis*) { tokenize(d); }); }
void BM_TextLayers(benchmark::State& s) { run_stage(s, none, text); }
void BM_LexiconMatch(benchmark::State& s) { run_stage(s, text, [](Document*, Analysis* a) { match_phrases(a); }); }
void BM_Dates(benchmark::State& s) { run_stage(s, matched, [](Document*, Analysis* a) { find_dates(a); }); }
void BM_Numbers(benchmark::State& s) { run_stage(s, dated, [](Document*, Analysis* a) { find_numbers(a); }); }
void BM_Actors(benchmark::State& s) { run_stage(s, numbered, [](Document*, Analysis* a) { find_actors(a); }); }
void BM_Places(benchmark::State& s) { run_stage(s, actored, [](Document*, Analysis* a) { find_places(a); }); }
void BM_Events(benchmark::State& s) { run_stage(s, placed, [](Document*, Analysis* a) { find_events(a); }); }
void BM_Casualties(benchmark::State& s) { run_stage(s, evented, [](Document*, Analysis* a) { find_casualties(a); }); }
void BM_Sources(benchmark::State& s) {
  run_stage(s, [](Document* d, Analysis* a) { evented(d, a); find_casualties(a); },
            [](Document*, Analysis* a) { find_sources(a); });
}
void BM_AssembleAndWrite(benchmark::State& s) {
  run_stage(s, all_layers, [](Document*, Analysis* a) {
    ExtractOptions o;
    std::string json;
    for (const Record& r : assemble_incidents(*a, o)) append_record_json(r, &json);
    benchmark::DoNotOptimize(json);
  });
}
void BM_EndToEnd(benchmark::State& s) {
  Corpus& c = corpus();
  for (auto _ : s)
    for (const DocumentInput& in : c.docs) benchmark::DoNotOptimize(c.pipeline->extract(in, ExtractOptions{}));
  s.SetBytesProcessed(int64_t(s.iterations()) * int64_t(c.bytes));
  s.SetItemsProcessed(int64_t(s.iterations()) * int64_t(c.docs.size()));
}

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextLayers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconMatch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Actors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Places)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Events)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Casualties)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sources)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AssembleAndWrite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep
