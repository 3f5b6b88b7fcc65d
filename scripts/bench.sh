#!/usr/bin/env bash
# The benchmarks: Google Benchmark per stage (pinned to core 0), then the end-to-end run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
taskset -c 0 build/sitrep_bench --benchmark_min_time=0.5 "$@"
python3 bench/e2e.py --callgrind
