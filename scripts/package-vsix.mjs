// Builds gwlint.vsix with @vscode/vsce from a staging folder that holds only what the extension
// loads at run time: the bundles (out/extension.js, out/server.js), jieba-wasm's .wasm, the
// grammar, the language configuration, the config schema, README and LICENSE. The npm package's
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
const REPOSITORY_URL = 'https://github.com/gwlint/gwlint';

const required = ['out/extension.js', 'out/server.js', 'out/jieba_rs_wasm_bg.wasm', 'syntaxes/gongwen.tmLanguage.json', 'language-configuration.json', 'README.md'];
const optional = ['schema/gwlintrc.schema.json', 'LICENSE', 'CHANGELOG.md', 'images'];
for (const file of required) {
  if (!existsSync(join(root, file))) throw new Error(`missing ${file} (run node scripts/build.mjs --production first)`);
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of [...required, ...optional]) {
  if (!existsSync(join(root, file))) {
    if (file.startsWith('schema/')) console.warn(`warning: ${file} is missing (npm run generate); .gwlintrc.json validation will not work`);
    continue;
  }
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  cpSync(join(root, file), join(stage, file), { recursive: true });
}

// The extension's manifest: no npm "files", scripts or dependencies (everything is bundled).
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const key of ['files', 'scripts', 'dependencies', 'devDependencies', 'optionalDependencies', 'bin', 'private']) delete manifest[key];
manifest.repository ??= { type: 'git', url: REPOSITORY_URL };
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(stage, '.vscodeignore'), '**/*.map\n.vscodeignore\n');

const vsce = join(root, 'node_modules', '.bin', 'vsce');
const args = ['package', '--no-dependencies', '--skip-license', '--baseContentUrl', `${REPOSITORY_URL}/blob/main`, '--baseImagesUrl', `${REPOSITORY_URL}/raw/main`, '-o', output];
execFileSync(vsce, args, { cwd: stage, stdio: 'inherit' });
