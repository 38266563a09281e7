// Links this package's own commands into node_modules/.bin, so that in a checkout
// `node_modules/.bin/gwlint` (the path scripts and scorers call) works like `npx gwlint`.
// npm links the bins of dependencies only, never those of the project being installed.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
if (existsSync(join(root, 'node_modules'))) {
  const { bin = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(binDir, { recursive: true });
  for (const [name, target] of Object.entries(bin)) {
    const link = join(binDir, name);
    try {
      lstatSync(link);
      unlinkSync(link);
    } catch {
      // no earlier link
    }
    symlinkSync(relative(binDir, join(root, target)), link);
    chmodSync(join(root, target), 0o755);
  }
}
