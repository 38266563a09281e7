'use strict';
// Runs the extension tests (extensionTestsPath, mocha inside the real extension host) against a
// running code-server, the way @vscode/test-web does: the workbench URL carries
// ?payload=[["extensionDevelopmentPath",..],["extensionTestsPath",..]], which a built VS Code
// honours only when the server runs with --enable-smoke-test-driver; the workbench calls
// window.codeAutomationExit(code) when run() settles and forwards output to codeAutomationLog.
// usage: node run-ext-tests.cjs http://127.0.0.1:PORT /abs/workspace /abs/extensionDevPath /abs/testsEntry [logsDir]
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

const [base, folder, extDev, testsPath, logsDir] = process.argv.slice(2);
const timeoutMs = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);
const authority = new URL(base).host; // code-server's remote authority is host:port as the browser sees it
const remote = (p) => `vscode-remote://${authority}${p}`;

(async () => {
  const t0 = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  let finish;
  const done = new Promise((r) => (finish = r));
  const timer = setTimeout(() => { console.error(`[run-ext-tests] TIMEOUT after ${timeoutMs} ms`); finish(124); }, timeoutMs);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    (type === 'error' ? console.error : console.log)(util.format(...args));
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (logsDir && Array.isArray(logs)) {
      for (const { relativePath, contents } of logs) {
        const f = path.join(logsDir, relativePath);
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, contents);
      }
    }
    finish(code);
  });
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extDev)],
    ['extensionTestsPath', remote(testsPath)],
  ]);
  const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  console.log('[run-ext-tests] opening', url);
  await page.goto(url);
  const code = await done;
  clearTimeout(timer);
  if (code !== 0 && logsDir) await page.screenshot({ path: path.join(logsDir, 'ext-tests-failed.png') }).catch(() => {});
  console.log(`[run-ext-tests] extension host exited with code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await browser.close();
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(2); });
