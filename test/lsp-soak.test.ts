// A scripted soak of the language server through a real LSP client over stdio (issue 13):
// thousands of random edits, configuration changes, symbol / code action / hover requests,
// documents opened and closed. No crash, every request answered, and the final diagnostics
// equal those of a fresh server. Once idle, the server gives back what the edits made it take:
// its memory is within 20% of what it was after opening (both figures are printed).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lsp-client';
import { DRAFTS } from './support/properties';

const ROOT = join(__dirname, '..');
const EDITS = 3000;
/** Long enough for the server to settle (it collects twice: 2 s, then 6 s more, after the last lint). */
const IDLE_MS = 10_000;
/** How much more memory than after opening the server may keep once idle. */
const RSS_GROWTH_ALLOWED = 0.2;
const PIECES = ['的', '的的', '，', '。', '\n', '一是', '二是', '三、', '（一）', 'XX', '**', '某某', '讲三点意见：', '……(快文网省略1111字)……', '𠮷', '\u200b', '１２'];

/** A small seeded generator (mulberry32), so that the soak is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Resident memory of a process, in MB (Linux). */
function rssOf(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'));
  return kb ? Number(kb[1]) / 1024 : undefined;
}

const comparable = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((d) => `${d.code}|${d.severity}|${JSON.stringify(d.range)}|${d.message}`).sort();

describe('language server soak', function () {
  this.timeout(200_000);
  let workDir: string;

  before(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
    workDir = mkdtempSync(join(tmpdir(), 'gwlint-soak-'));
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it(`survives ${EDITS} random edits with requests, settings changes and reopening, ending as a fresh server would`, async () => {
    const next = random(13);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize(workDir);
    const texts = new Map<string, string>();
    const sources = DRAFTS.filter((d) => d.format === 'text').slice(0, 3);
    await Promise.all(
      sources.map((d, k) => {
        const uri = pathToFileURL(join(workDir, `soak-${k}.gw`)).href;
        const text = d.text.replace(/\r\n?/g, '\n');
        texts.set(uri, text);
        return client.open(uri, text);
      }),
    );
    const rssAfterOpen = rssOf(client.process.pid!);

    const requests: Promise<unknown>[] = [];
    let answered = 0;
    const track = (p: Promise<unknown>): void => {
      requests.push(p.then(() => answered++));
    };
    const settingsChoices = [{ debounce: 0 }, { debounce: 0, rules: { placeholder: 'off' } }, { debounce: 0, rules: { 'doubled-word': 'error', 'overused-phrase': 'warning' } }];
    for (let step = 0; step < EDITS; step++) {
      const uri = pick([...texts.keys()]);
      const text = texts.get(uri)!;
      const roll = next();
      if (roll < 0.002) {
        await client.configure(pick(settingsChoices));
      } else if (roll < 0.004) {
        await client.close(uri);
        await client.open(uri, text);
      } else if (roll < 0.05) {
        const at = positionOf(text, Math.floor(next() * text.length));
        const range = { start: at, end: at };
        track(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
        track(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at }));
        track(
          client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri },
            range,
            context: { diagnostics: client.latest.get(uri)?.diagnostics.slice(0, 3) ?? [] },
          }),
        );
      } else {
        // Insert, delete or replace a little text at a random place.
        const start = Math.floor(next() * text.length);
        const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 12)));
        // Never split a surrogate pair: an editor does not.
        const safe = (o: number): number => (o > 0 && /[\udc00-\udfff]/.test(text[o] ?? '') ? o - 1 : o);
        const [s, e] = [safe(start), safe(end)];
        const inserted = next() < 0.7 ? pick(PIECES) : '';
        client.change(uri, [{ range: { start: positionOf(text, s), end: positionOf(text, e) }, text: inserted }]);
        texts.set(uri, text.slice(0, s) + inserted + text.slice(e));
      }
      if (step % 100 === 99) await sleep(1);
    }
    await client.configure({ debounce: 0 });
    await Promise.all(requests);
    assert.equal(answered, requests.length, 'every request is answered');
    // The newest version of every document gets its diagnostics.
    const finals = await Promise.all([...texts.keys()].map((uri) => client.waitFor(uri, (p) => p.version === client.version(uri), 60_000)));
    const rssAfterEdits = rssOf(client.process.pid!);
    await sleep(IDLE_MS);
    const rssAfterIdle = rssOf(client.process.pid!);
    assert.equal(client.process.exitCode, null, `the server is alive; stderr: ${client.stderr.slice(-500)}`);

    const fresh = new LspClient();
    fresh.settings = { debounce: 0 };
    await fresh.initialize(workDir);
    const expected = await Promise.all([...texts].map(([uri, text]) => fresh.open(uri, text)));
    await fresh.shutdown();
    await client.shutdown();
    finals.forEach((p, k) => assert.deepEqual(comparable(p.diagnostics), comparable(expected[k].diagnostics), p.uri));
    if (rssAfterOpen !== undefined && rssAfterIdle !== undefined) {
      const mb = (n: number | undefined): string => (n === undefined ? '?' : n.toFixed(0));
      console.log(`      server RSS: ${mb(rssAfterOpen)} MB after opening, ${mb(rssAfterEdits)} MB after ${EDITS} edits, ${mb(rssAfterIdle)} MB after idling (${requests.length} requests answered)`);
      assert.ok(
        rssAfterIdle <= rssAfterOpen * (1 + RSS_GROWTH_ALLOWED),
        `idle, the server keeps ${mb(rssAfterIdle)} MB, more than ${RSS_GROWTH_ALLOWED * 100}% over the ${mb(rssAfterOpen)} MB it had after opening`,
      );
    }
  });
});
