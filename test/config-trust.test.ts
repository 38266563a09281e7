// Configuration is data read from named files (issue 13): `extends` that leaves its folder is
// named, a device is never read as configuration, and an untrusted workspace reads no
// configuration file outside its folders.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gwlint } from './support/cli';
import { codes, LspClient } from './support/lsp-client';

const ROOT = join(__dirname, '..');
const DRAFT = '某某同志：\n请于XX日前报送材料。\n';

describe('configuration files', function () {
  this.timeout(60_000);
  let dir: string;
  let workspace: string;
  before(() => execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwlint-trust-'));
    workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    writeFileSync(join(dir, 'outside.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    writeFileSync(join(workspace, 'draft.txt'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('CLI: names a file that `extends` reads outside its folder, and lists every file read in --print-config', () => {
    writeFileSync(join(workspace, '.gwlintrc.json'), JSON.stringify({ extends: '../outside.json' }));
    const run = gwlint([join(workspace, 'draft.txt')], { cwd: workspace });
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stderr, /继承了其所在文件夹之外的 .*outside\.json/);
    const printed = JSON.parse(gwlint(['--print-config', join(workspace, 'draft.txt')], { cwd: workspace }).stdout) as { configFiles: string[] };
    assert.deepEqual(printed.configFiles, [join(dir, 'outside.json'), join(workspace, '.gwlintrc.json')]);
  });

  it('CLI: a device named by `extends` is a configuration problem, not read', function () {
    if (!existsSync('/dev/zero')) this.skip();
    writeFileSync(join(workspace, '.gwlintrc.json'), JSON.stringify({ extends: '/dev/zero' }));
    const run = gwlint([join(workspace, 'draft.txt')], { cwd: workspace });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\/dev\/zero.*不是普通文件/);
  });

  describe('language server', () => {
    const lintIn = async (trusted: boolean, settings: Record<string, unknown>): Promise<{ codes: string[]; messages: string[] }> => {
      const client = new LspClient();
      client.settings = { debounce: 0, ...settings };
      await client.initialize(workspace, { trusted });
      const { diagnostics } = await client.open(pathToFileURL(join(workspace, 'draft.txt')).href, DRAFT, 'plaintext');
      // Configuration problems are shown as diagnostics of the configuration file, not as pop-ups.
      const draftUri = pathToFileURL(join(workspace, 'draft.txt')).href;
      const configDiagnostics = [...client.latest].filter(([uri]) => uri !== draftUri).flatMap(([, p]) => p.diagnostics);
      const messages = [...client.messages.map((m) => m.message), ...configDiagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value))];
      await client.shutdown();
      return { codes: codes(diagnostics), messages };
    };

    it('trusted: follows `extends` outside the workspace', async () => {
      writeFileSync(join(workspace, '.gwlintrc.json'), JSON.stringify({ extends: '../outside.json' }));
      assert.deepEqual((await lintIn(true, {})).codes, []);
    });

    it('untrusted: the workspace configuration may switch rules off, but `extends` may not leave the workspace', async () => {
      writeFileSync(join(workspace, '.gwlintrc.json'), JSON.stringify({ rules: { 'template-residue': 'off' } }));
      assert.ok((await lintIn(false, {})).codes.includes('placeholder'));
      writeFileSync(join(workspace, '.gwlintrc.json'), JSON.stringify({ extends: '../outside.json', rules: { placeholder: 'warning' } }));
      const escaped = await lintIn(false, {});
      assert.ok(escaped.codes.includes('placeholder'), escaped.codes.join());
      assert.ok(escaped.messages.some((m) => /工作区未受信任/.test(m)), escaped.messages.join('\n'));
    });

    it('untrusted: gwlint.configPath outside the workspace is not read', async () => {
      const untrusted = await lintIn(false, { configPath: join(dir, 'outside.json') });
      assert.ok(untrusted.codes.includes('placeholder'), untrusted.codes.join());
      assert.ok(untrusted.messages.some((m) => /工作区未受信任/.test(m)), untrusted.messages.join('\n'));
      assert.deepEqual((await lintIn(true, { configPath: join(dir, 'outside.json') })).codes, []);
    });
  });
});
