#!/usr/bin/env bash
# Every test on a fresh machine (what .ci/run runs): installs what is missing (npm dependencies,
# Debian packages, code-server), then type-checks, runs the unit tests, the integration suite inside
# a real VS Code (code-server), the web suite with the extension in code-server's browser extension
# host, the UI check (screenshots in test-results/screenshots/), and packages the .vsix and installs
# it into code-server. Every step runs even when an earlier one failed; the
# script fails when any did. Installing must succeed before anything else runs.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
bash scripts/install.sh
bash scripts/vscode-test/install.sh
echo "[test-all] installed in $(( $(date +%s) - started )) s"

failed=()
summary=()
step() {
  local name="$1"; shift
  local t0=$(date +%s) status=0
  echo; echo "[test-all] ===== $name ====="
  "$@" || status=$?
  local took=$(( $(date +%s) - t0 ))
  if [ "$status" -eq 0 ]; then summary+=("ok     $name (${took} s)"); else summary+=("FAILED $name (${took} s, exit $status)"); failed+=("$name"); fi
}

step "typecheck" npm run typecheck
step "unit tests" npm test
step "integration tests in code-server" npm run test:integration
step "web suite in code-server's browser extension host" npm run test:integration:web
step "UI check" npm run test:ui
step "package .vsix and install it" npm run test:vsix

echo; echo "[test-all] summary ($(( $(date +%s) - started )) s in all):"
printf '  %s\n' "${summary[@]}"
[ "${#failed[@]}" -eq 0 ]
