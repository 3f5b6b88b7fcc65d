#!/usr/bin/env bash
# Set-up command 1: install every dependency, build, and run the main job on bundled news
# (the Voice of America stories in data/corpus/voa, public domain).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
echo "== sitrep extract data/corpus/voa/voa_stories.jsonl (incident records, one JSON line each)" >&2
build/sitrep extract data/corpus/voa/voa_stories.jsonl
