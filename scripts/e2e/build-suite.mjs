// Bundles the in-VS-Code test suite (test/e2e/suite) to out/e2e/: index.js (the
// extensionTestsPath entry) and the test files. `vscode` comes from the extension host and
// mocha from the repository's node_modules, so both stay external.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  absWorkingDir: root,
  entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/extension.test.ts', 'test/e2e/suite/editor-features.test.ts', 'test/e2e/suite/server-restart.test.ts'],
  outdir: 'out/e2e',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  // jsonc-parser's UMD "main" does not bundle; its ES build does (as in scripts/build.mjs).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
