// package.json as a manifest for npm and for VS Code: what it promises must hold.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_URL, ruleDocsUrl, VERSION } from '../server/src/package-info';
import { gwlint } from './support/cli';

const ROOT = join(__dirname, '..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const pkg = read('package.json');

/** The lowest version a range like `^1.91.0`, `>=20.19` or `>= 20` allows, as [major, minor]. */
function lowest(range: string): [number, number] {
  const m = /(\d+)(?:\.(\d+))?/.exec(range);
  assert.ok(m, range);
  return [Number(m[1]), Number(m[2] ?? 0)];
}
const atLeast = (a: [number, number], b: [number, number]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);

describe('package.json', () => {
  it('is publishable: not private, no runtime dependencies (esbuild bundles them), only what is loaded in files', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.optionalDependencies, undefined);
    assert.deepEqual(pkg.peerDependenciesMeta, { nodejieba: { optional: true } });
    assert.ok(!pkg.files.some((f: string) => /extension\.js|test|samples|syntaxes/.test(f)), pkg.files.join());
    for (const needed of ['out/cli.js', 'out/server.js', 'out/jieba_rs_wasm_bg.wasm', 'schema/', 'docs/rules/', 'bin/']) assert.ok(pkg.files.includes(needed), needed);
  });

  it('says where the project lives once, and the rule links follow', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\/.+\.git$/);
    assert.equal(REPOSITORY_URL, pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    assert.ok(pkg.homepage.startsWith(REPOSITORY_URL) && pkg.bugs.url.startsWith(REPOSITORY_URL));
    assert.equal(ruleDocsUrl('placeholder'), `${REPOSITORY_URL}/blob/main/docs/rules/placeholder.md`);
    assert.equal(VERSION, pkg.version);
  });

  it('has engines that the packages it bundles and builds with accept', () => {
    const client = read('node_modules/vscode-languageclient/package.json');
    assert.ok(atLeast(lowest(pkg.engines.vscode), lowest(client.engines.vscode)), `${pkg.engines.vscode} vs ${client.engines.vscode}`);
    assert.ok(atLeast(lowest(pkg.engines.vscode), lowest(pkg.devDependencies['@types/vscode'])), '@types/vscode not newer than engines.vscode');
    for (const tool of ['@vscode/vsce', '@vscode/test-electron', 'mocha']) {
      const engines = read(`node_modules/${tool}/package.json`).engines?.node ?? '>=0';
      assert.ok(atLeast(lowest(pkg.engines.node), lowest(engines)), `${tool} wants node ${engines}, the project says ${pkg.engines.node}`);
    }
  });

  it('declares Workspace Trust and virtual workspace support, restricting only real settings', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    const settings = Object.keys(pkg.contributes.configuration.properties);
    for (const s of untrustedWorkspaces.restrictedConfigurations) assert.ok(settings.includes(s), s);
    assert.equal(virtualWorkspaces.supported, 'limited');
    assert.ok(virtualWorkspaces.description && untrustedWorkspaces.description);
  });

  it('shows every command in the palette only when it applies', () => {
    const when = new Map(pkg.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const { command } of pkg.contributes.commands) assert.ok(when.get(command), `${command} has a when clause`);
  });

  it('reads the CLI’s unix format with the $gwlint problem matcher', () => {
    const [matcher] = pkg.contributes.problemMatchers;
    assert.equal(matcher.name, 'gwlint');
    const { regexp, file, line, column, severity, message, code } = matcher.pattern;
    const m = new RegExp(regexp).exec('文稿/2024 讲话.txt:12:7: warning 序号“三、”之前缺少“二、” [heading-sequence]');
    assert.ok(m);
    assert.deepEqual([m[file], m[line], m[column], m[severity], m[message], m[code]], ['文稿/2024 讲话.txt', '12', '7', 'warning', '序号“三、”之前缺少“二、”', 'heading-sequence']);
    assert.equal(new RegExp(regexp).exec('C:/稿件/a.txt:1:2: error 占位符“XX” [placeholder]')?.[file], 'C:/稿件/a.txt');
  });

  it('reads every line the CLI prints with --format unix', () => {
    const run = gwlint(['--format', 'unix', join(ROOT, 'test/e2e/workspace/draft.gw')]);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.length >= 4, run.stdout + run.stderr);
    const { regexp, severity, code } = pkg.contributes.problemMatchers[0].pattern;
    for (const line of lines) {
      const m = new RegExp(regexp).exec(line);
      assert.ok(m, line);
      assert.match(m[severity], /^(error|warning|info)$/);
      assert.match(m[code], /^[a-z-]+$/);
    }
  });
});
