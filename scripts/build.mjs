// Bundles the three entry points with esbuild: the CLI, the language server and the VS Code
// client. Each is one CommonJS file under out/ so that the npm package and the .vsix carry no
// node_modules of their own; jieba-wasm's .wasm is copied beside the bundle that loads it.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `npm pack` and `npm publish` run `prepare` too: what they ship is the production build.
const production = process.argv.includes('--production') || ['pack', 'publish'].includes(process.env.npm_command ?? '');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'out/cli.js', banner: '#!/usr/bin/env node' },
  // The CLI's worker pool: the task handler, and tinypool's worker loop, which tinypool starts
  // from entry/worker.js beside the bundle that loads it.
  { in: 'server/src/cli/lint-worker.ts', out: 'out/lint-worker.js' },
  { in: 'node_modules/tinypool/dist/entry/worker.js', out: 'out/entry/worker.js' },
  // jieba-wasm on a thread of its own, shared by the pool's workers.
  { in: 'server/src/host/segmenters/jieba-worker.ts', out: 'out/jieba-worker.js' },
  // The rules that need words, on a thread of their own beside a run on the main thread.
  { in: 'server/src/cli/words-worker.ts', out: 'out/words-worker.js' },
  { in: 'server/src/server.ts', out: 'out/server.js' },
  { in: 'client/src/extension.ts', out: 'out/extension.js' },
].filter((e) => existsSync(join(root, e.in)));

await Promise.all(
  entries.map((e) =>
    build({
      absWorkingDir: root,
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: !production,
      minify: production,
      // vscode is provided by the editor; nodejieba is an optional native module loaded on demand.
      external: ['vscode', 'nodejieba'],
      // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow; its ES build bundles.
      mainFields: ['module', 'main'],
      // Bundled ES modules (tinyglobby's fdir) read import.meta.url, which CommonJS lacks.
      define: { 'import.meta.url': 'import_meta_url' },
      banner: { js: [e.banner, "const import_meta_url = require('node:url').pathToFileURL(__filename).href;"].filter(Boolean).join('\n') },
      logLevel: 'warning',
    }),
  ),
);

// jieba-wasm's Node loader reads jieba_rs_wasm_bg.wasm from its own __dirname, which is out/ once bundled.
const wasm = join(root, 'node_modules/jieba-wasm/pkg/nodejs/jieba_rs_wasm_bg.wasm');
if (existsSync(wasm)) {
  mkdirSync(join(root, 'out'), { recursive: true });
  copyFileSync(wasm, join(root, 'out/jieba_rs_wasm_bg.wasm'));
}
