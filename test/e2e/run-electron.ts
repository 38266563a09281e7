// `npm run test:vscode`: the same in-VS-Code suite as CI's code-server run, under
// @vscode/test-electron (downloads VS Code; needs the internet and a display or xvfb).
// @vscode/test-electron is not a dependency of the project: install it when you need it,
// `npm install --no-save @vscode/test-electron`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
  let runTests: (options: { extensionDevelopmentPath: string; extensionTestsPath: string; launchArgs: string[] }) => Promise<number>;
  try {
    ({ runTests } = require('@vscode/test-electron') as { runTests: typeof runTests });
  } catch {
    console.error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron');
    process.exit(2);
  }
  execFileSync(process.execPath, [join(root, 'scripts/e2e/build-suite.mjs')], { stdio: 'inherit' });
  const workspace = join(mkdtempSync(join(tmpdir(), 'gwlint-vscode-')), 'ws');
  cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/e2e/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
