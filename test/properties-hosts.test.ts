// The same drafts, mutated at random with a fixed seed, give the same findings in the engine,
// the spawned CLI and the language server over stdio (issue 13).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Draft } from '../server/src/core/document/draft';
import { gwlintJson } from './support/cli';
import { LspClient } from './support/lsp-client';
import { lintOf, mutatedDraft } from './support/properties';

const CASES = 12;
// What a file can hold as UTF-8 text that the CLI reads: no lone surrogates, no control characters.
const readable = (text: string): boolean =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text) && !/[\u0000-\u0008\u000e-\u001f\ufeff]/.test(text);

describe('properties across hosts (fixed seed)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'gwlint-hosts-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CASES} mutated drafts: the CLI, the language server and the engine agree`, async () => {
    const drafts = fc.sample(mutatedDraft.filter((d) => readable(d.text)), { seed: 4242, numRuns: CASES });
    const files = drafts.map((d, k) => {
      const path = join(dir, `case-${String(k).padStart(2, '0')}.${d.format === 'markdown' ? 'md' : 'txt'}`);
      writeFileSync(path, d.text);
      return { ...d, path };
    });
    // The engine, in 1-based line:column as the CLI reports.
    const expected = files.map(({ text, format }) => {
      const draft = new Draft(text, format);
      return lintOf(text, format)
        .map((f) => {
          const start = draft.positionAt(f.span[0]);
          const end = draft.positionAt(f.span[1]);
          return `${f.ruleId} ${start.line + 1}:${start.column + 1}-${end.line + 1}:${end.column + 1}`;
        })
        .sort();
    });
    assert.ok(expected.flat().length > CASES, 'the drafts have findings to compare');
    const { results } = gwlintJson(files.map((f) => f.path), { cwd: dir });
    const byPath = new Map(results.map((r) => [r.filePath, r]));
    files.forEach((f, k) => {
      const cli = byPath.get(f.path)!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`).sort();
      assert.deepEqual(cli, expected[k], `CLI on ${f.path}`);
    });
    const client = new LspClient();
    client.settings = { debounce: 0, languages: ['plaintext', 'markdown'], hanThreshold: 0 };
    await client.initialize(dir);
    try {
      for (const [k, f] of files.entries()) {
        const { diagnostics } = await client.open(pathToFileURL(f.path).href, f.text, 'gongwen');
        const lsp = diagnostics
          .map((d) => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`)
          .sort();
        assert.deepEqual(lsp, expected[k], `language server on ${f.path}`);
      }
    } finally {
      await client.shutdown();
    }
  });
});
