#!/usr/bin/env bash
# Every test on a fresh machine: install, build, type-check, unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run typecheck
npm test
