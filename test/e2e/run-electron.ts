// `npm run test:vscode`: the same in-VS-Code suite as CI's code-server run, under
// @vscode/test-electron (downloads VS Code, so it needs to reach Microsoft's update service,
// and a display or xvfb). CI runs the suite in code-server instead (.ci/e2e).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
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
