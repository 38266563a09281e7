#!/usr/bin/env bash
# The extension inside a real VS Code, headless and offline (apt + npm registry only):
#  1. installs chromium, Node 24, code-server and playwright-core if missing (setup.sh);
#  2. runs the mocha suite test/e2e/suite in code-server's extension host from the source folder;
#  3. packages gwlint.vsix (checks it holds the rule pages and no test data), installs it in a
#     fresh profile and runs the UI smoke test in Restricted Mode (an untrusted folder), saving
#     screenshots of the squiggles, quick fixes, the Problems panel, the Outline, a rule page.
# env: E2E_ROOT (default <repo>/.e2e), PORT (18093), SKIP_APT=1, SKIP_TESTS=1, SKIP_UI=1.
# Exit code: 0 when both the suite and the UI smoke run pass.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/env.sh"
PORT=${PORT:-18093}
SHOTS=${SHOTS:-$E2E_ROOT/shots}
mkdir -p "$LOG" "$E2E_ROOT/tmp"
: > "$LOG/timings.txt"
t() { local name=$1; shift; local s=$SECONDS rc=0; echo "== $name"; "$@" || rc=$?;
      printf '== %-24s %4d s (rc=%d)\n' "$name" $((SECONDS - s)) $rc | tee -a "$LOG/timings.txt"; return $rc; }

t setup bash "$HERE/setup.sh"
export TMPDIR=$E2E_ROOT/tmp   # code-server IPC sockets, chromium profiles
export NODE_PATH=$E2E_ROOT/tools/node_modules
cd "$REPO"
t build bash -c 'node scripts/build.mjs && node scripts/e2e/build-suite.mjs'

CS_PID=
start_cs() { # start_cs PROFILE_DIR WORKSPACE trusted|untrusted [extra code-server args]
  local profile=$1 ws=$2 trust=$3; shift 3
  local trust_args=(--disable-workspace-trust) trust_enabled=false
  # Untrusted: Workspace Trust on, never asked, so the folder opens in Restricted Mode.
  if [ "$trust" = untrusted ]; then trust_args=(); trust_enabled=true; fi
  mkdir -p "$profile/user/User" "$profile/extensions"
  cat > "$profile/user/User/settings.json" <<JSON
{ "workbench.startupEditor": "none", "chat.disableAIFeatures": true, "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "update.mode": "none",
  "security.workspace.trust.enabled": $trust_enabled, "security.workspace.trust.startupPrompt": "never",
  "git.enabled": false, "editor.minimap.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "workbench.tips.enabled": false }
JSON
  setsid code-server --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check \
    "${trust_args[@]}" --disable-getting-started-override \
    --user-data-dir "$profile/user" --extensions-dir "$profile/extensions" "$@" "$ws" >> "$LOG/code-server.log" 2>&1 &
  CS_PID=$!
  for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && return 0; sleep 0.1; done
  echo "code-server did not start"; tail -50 "$LOG/code-server.log"; return 1
}
stop_cs() { [ -n "$CS_PID" ] || return 0; kill -TERM -- -"$CS_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- -"$CS_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- -"$CS_PID" 2>/dev/null || true; CS_PID=; }
trap stop_cs EXIT
fresh_ws() { rm -rf "$1"; mkdir -p "$(dirname "$1")"; cp -r "$REPO/test/e2e/workspace" "$1"; }

# 2. the mocha suite in the real extension host, extension loaded from the source folder
TEST_RC=0
if [ -z "${SKIP_TESTS:-}" ]; then
  rm -rf "$E2E_ROOT/run"; fresh_ws "$E2E_ROOT/run/ws"
  t start-code-server start_cs "$E2E_ROOT/run" "$E2E_ROOT/run/ws" trusted --vscode-option enable-smoke-test-driver
  set +e
  t extension-tests node "$HERE/run-ext-tests.cjs" "http://127.0.0.1:$PORT" "$E2E_ROOT/run/ws" "$REPO" "$REPO/out/e2e/index.js" "$LOG/ext-host"
  TEST_RC=$?
  set -e
  stop_cs
fi

# 3. UI smoke run with the packaged .vsix
UI_RC=0
if [ -z "${SKIP_UI:-}" ]; then
  VSIX=$E2E_ROOT/gwlint.vsix
  t package bash -c "node scripts/build.mjs --production && node scripts/package-vsix.mjs '$VSIX' > '$LOG/vsce.log' 2>&1"
  t vsix-contents bash "$HERE/check-vsix.sh" "$VSIX"
  rm -rf "$E2E_ROOT/ui" "$SHOTS"; fresh_ws "$E2E_ROOT/ui/ws"
  t install-vsix code-server --user-data-dir "$E2E_ROOT/ui/user" --extensions-dir "$E2E_ROOT/ui/extensions" --install-extension "$VSIX"
  # The UI run is in Restricted Mode (an untrusted folder): gwlint must still lint there.
  t start-code-server-ui start_cs "$E2E_ROOT/ui" "$E2E_ROOT/ui/ws" untrusted
  set +e
  t ui-smoke node "$HERE/ui-smoke.cjs" "http://127.0.0.1:$PORT" "$E2E_ROOT/ui/ws" draft.gw "$SHOTS"
  UI_RC=$?
  set -e
  stop_cs
  node scripts/build.mjs   # back to the development build (source maps)
fi
echo "extension tests rc=$TEST_RC, UI smoke rc=$UI_RC, screenshots in $SHOTS"
cat "$LOG/timings.txt"
[ "$TEST_RC" -eq 0 ] && [ "$UI_RC" -eq 0 ]
