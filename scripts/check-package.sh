#!/usr/bin/env bash
# Proves the npm package installs and runs as a user would get it: npm pack, then npm install -g
# of the tarball into a temporary prefix (offline apart from the npm registry: the package has
# no runtime dependencies), then gwlint on a draft and gwlint-lsp --stdio answering initialize,
# both run from that prefix. Also lists what the tarball ships. Exit code 0 when all holds.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== npm pack"
TARBALL=$(npm pack --silent --pack-destination "$WORK" | tail -1)
tar -tzf "$WORK/$TARBALL" | sort > "$WORK/contents.txt"
cat "$WORK/contents.txt"
bad=$(grep -E '^package/(test|client|server|scripts|bench|samples|\.ci|\.e2e)/|\.map$|out/extension\.js$' "$WORK/contents.txt" || true)
[ -z "$bad" ] || { echo "the tarball ships files the CLI and server do not load: $bad" >&2; exit 1; }
for f in package/out/cli.js package/out/server.js package/out/jieba_rs_wasm_bg.wasm package/out/jieba-dictionary.txt package/schema/gwlintrc.schema.json package/docs/rules/placeholder.md package/README.md package/LICENSE; do
  grep -qx "$f" "$WORK/contents.txt" || { echo "the tarball lacks $f" >&2; exit 1; }
done

echo "== npm install -g $TARBALL (prefix $WORK/prefix)"
npm install -g --prefix "$WORK/prefix" --no-audit --no-fund "$WORK/$TARBALL"
BIN=$WORK/prefix/bin
VERSION=$(node -p "require('./package.json').version")
[ "$("$BIN/gwlint" --version)" = "$VERSION" ] || { echo "gwlint --version is not $VERSION" >&2; exit 1; }

echo "== gwlint from the prefix"
# A doubled word too: its finding needs jieba's dictionary, shipped beside the bundle.
printf '关于做好**工作的通知\n一、总体要求\n请于XX日前报送，进一步进一步压实责任。\n' > "$WORK/通知.txt"
set +e
"$BIN/gwlint" --format json "$WORK/通知.txt" > "$WORK/out.json"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "gwlint exited $rc, expected 1 (errors found)" >&2; exit 1; }
node -e "const r=require(process.argv[1]); const ids=r[0].messages.map(m=>m.ruleId); if (ids.filter(i=>i==='placeholder').length!==2 || !ids.includes('doubled-word')) { console.error('unexpected findings', ids); process.exit(1); } console.log('findings:', ids.join(', '))" "$WORK/out.json"

echo "== gwlint-lsp --stdio from the prefix"
node -e '
const { spawn } = require("node:child_process");
const server = spawn(process.argv[1], ["--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const send = (msg) => { const body = JSON.stringify(msg); server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`); };
let buffer = "";
const timer = setTimeout(() => { console.error("no answer to initialize"); process.exit(1); }, 20000);
server.stdout.on("data", (d) => {
  buffer += d.toString("latin1");
  for (;;) {
    const header = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer);
    if (!header || buffer.length < header[0].length + Number(header[1])) return;
    const message = JSON.parse(Buffer.from(buffer.slice(header[0].length, header[0].length + Number(header[1])), "latin1").toString("utf8"));
    buffer = buffer.slice(header[0].length + Number(header[1]));
    if (message.id !== 1) continue;
    clearTimeout(timer);
    console.log("initialize:", JSON.stringify(message.result.serverInfo));
    if (message.result.serverInfo.name !== "gwlint-lsp" || message.result.serverInfo.version !== process.argv[2]) process.exit(1);
    send({ jsonrpc: "2.0", id: 2, method: "shutdown" });
    send({ jsonrpc: "2.0", method: "exit" });
    server.on("exit", (code) => process.exit(code ?? 0));
  }
});
send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: process.pid, rootUri: null, capabilities: {} } });
' "$BIN/gwlint-lsp" "$VERSION"
echo "== the package installs and runs"
