#!/usr/bin/env bash
# Installs the project's npm dependencies (nodejieba builds from source: no download needed).
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true
if [ ! -d node_modules/nodejieba/build/Release ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
