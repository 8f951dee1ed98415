#!/usr/bin/env bash
# Installs everything and opens the sample bulletin in VS Code with this extension loaded from source:
#   - in desktop VS Code when `code` is on PATH;
#   - otherwise in code-server (a real VS Code in the browser), installed into .vscode-test/: it prints
#     a localhost URL to open and keeps running until Ctrl-C.
# Environment: PORT (code-server's port, default: a free one), BULLETIN_SAMPLES_DIR (default ../shared/samples).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh
npm run --silent build

if command -v code >/dev/null 2>&1 && [ -z "${BULLETIN_FORCE_CODE_SERVER:-}" ]; then
  samples="${BULLETIN_SAMPLES_DIR:-../shared/samples}"
  echo "Opening $samples/gaoxin-bulletin.txt in VS Code with the extension from $PWD"
  exec code --extensionDevelopmentPath="$PWD" "$samples" "$samples/gaoxin-bulletin.txt"
fi

bash scripts/vscode-test/install.sh
exec node scripts/vscode-test/openSample.mjs
