// The extension-test entry point (extensionTestsPath): VS Code's extension host loads this file
// and awaits run(). Mocha is loaded from the repository's node_modules (mocha 12 is ESM: the
// bundle requires it, which needs the extension host's Node to be >= 22.12); the test files are
// bundled next to this file by scripts/e2e/build-suite.mjs and required after mocha has set up
// its globals, so that `require('vscode')` inside them goes through the extension host.
import * as path from 'node:path';

/** The bundled test files, in the order they run (see scripts/e2e/build-suite.mjs). */
const SUITES = ['extension.test.js', 'editor-features.test.js', 'server-restart.test.js'];

export async function run(): Promise<void> {
  const { default: Mocha } = (await import('mocha')) as unknown as { default: typeof import('mocha') };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  for (const file of SUITES) {
    mocha.suite.emit('pre-require', globalThis, path.join(__dirname, file), mocha);
    require(path.join(__dirname, file));
  }
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
