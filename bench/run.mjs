// npm run bench: runs every benchmark in turn and prints their figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
const benches = [
  ['engine', [tsx, join(here, 'engine.ts')]],
  ['scaling', [tsx, join(here, 'scaling.ts')]],
  ['language server latency', [tsx, join(here, 'lsp-latency.ts')]],
  ['segmenters', [tsx, join(here, 'segmenters.ts')]],
  ['language server', [process.execPath, join(here, 'lsp.mjs')]],
  ['CLI (and AutoCorrect)', [tsx, join(here, 'cli.ts')]],
];
let failed = false;
for (const [name, [cmd, script]] of benches) {
  if (!existsSync(script)) continue;
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(cmd, [script], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
