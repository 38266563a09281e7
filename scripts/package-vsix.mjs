// Builds gwlint.vsix with @vscode/vsce from a staging folder that holds only what the extension
// loads at run time: the bundles (out/extension.js, out/server.js), jieba's dictionary, jieba-wasm's .wasm, the
// grammar, the language configuration, the config schema, the rule pages (shown offline), the
// icon, the writer-facing README (client/README.md), CHANGELOG and LICENSE. The npm package's
// "files" list and the .vsix's contents differ, and vsce refuses both a .vscodeignore and
// "files", hence the staging folder. Run `node scripts/build.mjs --production` first.
// usage: node scripts/package-vsix.mjs [output.vsix]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? join(root, 'gwlint.vsix'));
const stage = join(root, '.e2e', 'vsix-stage');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const REPOSITORY_URL = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

const required = [
  'out/extension.js', 'out/server.js', 'out/jieba_rs_wasm_bg.wasm', 'out/jieba-dictionary.txt', 'syntaxes/gongwen.tmLanguage.json',
  'language-configuration.json', 'schema/gwlintrc.schema.json', 'docs/rules', 'client/README.md', 'CHANGELOG.md', 'LICENSE', pkg.icon,
];
for (const file of required) {
  if (!existsSync(join(root, file))) throw new Error(`missing ${file} (run node scripts/build.mjs --production first)`);
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of required) {
  const to = file === 'client/README.md' ? 'README.md' : file;
  mkdirSync(dirname(join(stage, to)), { recursive: true });
  cpSync(join(root, file), join(stage, to), { recursive: true });
}

// The extension's manifest: no npm "files", scripts or dependencies (everything is bundled).
const manifest = { ...pkg };
for (const key of ['files', 'scripts', 'dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin']) delete manifest[key];
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(stage, '.vscodeignore'), '**/*.map\n.vscodeignore\n');

const vsce = join(root, 'node_modules', '.bin', 'vsce');
const args = ['package', '--no-dependencies', '--skip-license', '--baseContentUrl', `${REPOSITORY_URL}/blob/main`, '--baseImagesUrl', `${REPOSITORY_URL}/raw/main`, '-o', output];
execFileSync(vsce, args, { cwd: stage, stdio: 'inherit' });
