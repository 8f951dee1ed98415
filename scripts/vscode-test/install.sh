#!/usr/bin/env bash
# Installs what running the extension inside a real VS Code needs on a machine without a display
# and without access to Microsoft's download servers (see ../../README.md, "Testing in VS Code"):
#   - Debian packages: chromium (driven by playwright-core), fonts-noto-cjk (Chinese in screenshots),
#     libkrb5-dev (headers for a native module of code-server), ripgrep (rg for code-server's search);
#   - code-server (a real VS Code: server + web workbench) from the npm registry into .vscode-test/.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
# @vscode/ripgrep (a dependency of VS Code inside code-server) downloads rg from GitHub unless it
# finds this archive in its cache; the versions are those pinned by code-server 4.100.3.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
PREFIX=".vscode-test/code-server"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"

log() { echo "[vscode-test/install] $*"; }

missing_debs() {
  local pkg
  for pkg in chromium fonts-noto-cjk libkrb5-dev ripgrep; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

install_debs() {
  local missing
  missing="$(missing_debs | tr '\n' ' ')"
  if [ -z "${missing// /}" ]; then log "Debian packages present"; return; fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

installed_code_server_version() {
  node -p "require('./$PREFIX/node_modules/code-server/package.json').version" 2>/dev/null || true
}

seed_ripgrep_cache() {
  local tmp="${TMPDIR:-/tmp}"
  local cache="$tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  [ -s "$cache/$RIPGREP_ASSET" ] && return
  mkdir -p "$cache"
  local staging
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$cache/$RIPGREP_ASSET" -C "$staging" rg
  rm -rf "$staging"
}

install_code_server() {
  if [ -f "$ENTRY" ] && [ "$(installed_code_server_version)" = "$CODE_SERVER_VERSION" ]; then
    log "code-server $CODE_SERVER_VERSION present"; return
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" != "20" ]; then
    echo "code-server $CODE_SERVER_VERSION needs Node 20 (its postinstall refuses Node $major)" >&2
    exit 1
  fi
  seed_ripgrep_cache
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (a few minutes)"
  mkdir -p "$PREFIX"
  # Its own folder keeps it out of the extension's dependencies and package-lock.json.
  [ -f "$PREFIX/package.json" ] || echo '{ "private": true }' > "$PREFIX/package.json"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
  [ -f "$ENTRY" ] || { echo "code-server did not install: $ENTRY missing" >&2; exit 1; }
}

start=$(date +%s)
install_debs
install_code_server
log "ready in $(( $(date +%s) - start )) s: node $ENTRY, $(command -v chromium)"
