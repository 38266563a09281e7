// The language server measured through a real LSP client over stdio (node out/server.js --stdio),
// debounce 0: first diagnostics after opening a draft (segmenter load included), latency from
// sending an edit to receiving the diagnostics of that version on a 20,000-character draft and a
// 300,000-character report, and the server's memory. Prints figures; asserts nothing.
// Run `node scripts/build.mjs` first (npm run bench does).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'out', 'server.js');
if (!existsSync(server)) throw new Error('out/server.js is missing: run node scripts/build.mjs');

const fixtures = join(root, 'test', 'fixtures');
const read = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
const corpus = [...read(join(fixtures, 'seed')), ...read(join(fixtures, 'eval', 'dev')), ...read(join(fixtures, 'real', 'clean'))].join('\n');
const cutAtLine = (text, n) => text.slice(0, text.lastIndexOf('\n', n) > 0 ? text.lastIndexOf('\n', n) : n);
const draft20k = cutAtLine(corpus, 20_000);
const report300k = cutAtLine(corpus.repeat(Math.ceil(300_000 / corpus.length)), 300_000);

function startServer() {
  // Started as the extension starts it (client/src/language-client.ts, SERVER_EXEC_ARGV).
  const child = spawn(process.execPath, ['--max-semi-space-size=4', server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    for (const w of [...waiters]) if (w.uri === p.uri && w.version === p.version) (waiters.splice(waiters.indexOf(w), 1), w.resolve({ at, count: p.diagnostics.length }));
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounce: 0 })));
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  return { child, connection, diagnosticsFor };
}

async function initialize(s) {
  await s.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await s.connection.sendNotification('initialized', {});
}

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function editLatency(s, name, text, runs) {
  const uri = pathToFileURL(join(root, `bench-${name}.gw`)).href;
  const t0 = performance.now();
  const first = s.diagnosticsFor(uri, 1);
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
  const opened = await first;
  const openMs = opened.at - t0;
  // Type a character in the middle of a paragraph, then delete it again: the text never drifts.
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const character = Math.min(4, lines[line].length);
  const samples = [];
  let version = 1;
  for (let i = 0; i < runs + 10; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
    const done = s.diagnosticsFor(uri, version);
    const sent = performance.now();
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? '要' : '' }] });
    const { at } = await done;
    if (i >= 10) samples.push(at - sent); // the first ten edits warm up
  }
  samples.sort((a, b) => a - b);
  // Typing: 20 keystrokes 50 ms apart without waiting; how long after the last one its diagnostics arrive.
  let burstSent = 0;
  for (let i = 0; i < 20; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
    burstSent = performance.now();
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? '要' : '' }] });
    if (i < 19) await new Promise((r) => setTimeout(r, 50));
  }
  const burst = (await s.diagnosticsFor(uri, version)).at - burstSent;
  return { burst, chars: text.length, findings: opened.count, openMs, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples[samples.length - 1] };
}

const s = startServer();
await initialize(s);
const small = await editLatency(s, '20k', draft20k, 200);
const memSmall = memory(s.child.pid);
const large = await editLatency(s, '300k', report300k, 40);
const mem = memory(s.child.pid);
await s.connection.sendRequest('shutdown');
await s.connection.sendNotification('exit');
s.connection.dispose();

const row = (name, r) =>
  `${name.padEnd(26)} ${String(r.chars).padStart(8)} ${String(r.findings).padStart(9)} ${r.openMs.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}`;
console.log('language server over stdio, debounce 0       chars  findings  open ms  edit p50  edit p95  edit max');
console.log(row('20,000-character draft', small));
console.log(row('300,000-character report', large));
console.log(`typing 20 keystrokes 50 ms apart, last keystroke to its diagnostics: ${small.burst.toFixed(0)} ms (20k), ${large.burst.toFixed(0)} ms (300k)`);
console.log(`first diagnostics after opening (fresh server, segmenter load included): ${small.openMs.toFixed(0)} ms`);
console.log(`server memory with the 20,000-character draft open: rss ${memSmall.rss.toFixed(0)} MB (peak ${memSmall.peak.toFixed(0)} MB)`);
console.log(`server memory with both open: rss ${mem.rss.toFixed(0)} MB (peak ${mem.peak.toFixed(0)} MB)`);
console.log('targets: edit p95 <= 16 ms (20k) and <= 100 ms (300k); first diagnostics <= 1500 ms; memory <= 150 MB');
