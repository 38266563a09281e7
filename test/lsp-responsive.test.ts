// A slow lint never blocks requests (issue 13): while the language server lints a draft of one
// 600,000-character line, it keeps answering. Word segmentation of that one paragraph is the
// longest single piece of work; the server cuts it piece by piece and answers in between.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest, HoverRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { RULES } from '../server/src/core/rules';
import { LspClient } from './support/lsp-client';

const EVAL = join(__dirname, 'fixtures', 'eval', 'dev');
const LENGTH = 600_000;
/**
 * Requests answered one after another during the lint, at least. A server that cuts the line in
 * one go answers two or three (one after the cut, one after the rule); one that yields between
 * pieces answers one every slice or two: here some thirty, more on a slower machine.
 */
const ANSWERED_DURING_LINT = 6;

/** The eval drafts run together on one line, repeated to `LENGTH` characters. */
function hugeLine(): string {
  const drafts = readdirSync(EVAL)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(EVAL, f), 'utf8').replace(/\s+/g, ''))
    .join('');
  return drafts.repeat(Math.ceil(LENGTH / drafts.length)).slice(0, LENGTH);
}

describe('language server responsiveness', function () {
  this.timeout(120_000);
  let workDir: string;
  let client: LspClient;

  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'gwlint-responsive-'));
  });
  after(async () => {
    await client?.shutdown();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('answers requests while it segments a 600,000-character line', async () => {
    client = new LspClient();
    // Only the rule that needs words, so that segmenting is nearly all the lint does.
    client.settings = { debounce: 0, rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'doubled-word' ? 'warning' : 'off'])) };
    await client.initialize(workDir, { lintStatus: true });
    // A small draft, linted first (the segmenter loads then), is the one asked about meanwhile.
    const small = pathToFileURL(join(workDir, 'small.gw')).href;
    const smallText = '一、总体要求\n同志们，今天召开会议。\n二、工作安排\n要抓好落实。\n';
    await client.open(small, smallText);

    const huge = pathToFileURL(join(workDir, 'huge.gw')).href;
    let diagnostics: PublishDiagnosticsParams | undefined;
    const linted = client.open(huge, hugeLine()).then((p) => (diagnostics = p));
    // The server says it lints the draft just before it starts.
    while (!client.statuses.some((s) => s.uri === huge && s.state === 'linted')) await sleep(1);

    // One request at a time, each sent once the one before is answered, until the lint is done.
    let answered = 0;
    let symbols = 0;
    while (!diagnostics) {
      if (answered % 2 === 0) {
        const result = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } });
        symbols = result?.length ?? 0;
      } else {
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 1, character: 2 } });
      }
      answered++;
    }
    await linted;
    console.log(`      ${answered} requests answered during the lint`);
    assert.equal(symbols, 2, 'the outline of the small draft, its two headings');
    assert.ok(answered >= ANSWERED_DURING_LINT, `only ${answered} requests were answered while the long line was linted`);
    assert.equal(diagnostics.version, 1);
  });
});
